import Testing
@testable import HotlineExtract

// A Latin-script name given with a title is the office holder of the day when it is another
// transliteration of the holder's name: one word equal and the other at most one letter apart
// once French "ou" is read "u" ("Badr Albousaïdi" for "Badr Albusaidi", "Dmytro Kouleba" for
// "Dmytro Kuleba"). A name that is no such spelling stays as written. (The bundled knowledge base.)

@Test func theFrenchSpellingOfOmansForeignMinisterIsTheHolder() {
    let events = Fixtures.extractBundled("""
        Mardi, Badr Albousaïdi, ministre omanais des Affaires étrangères, a eu au téléphone son homologue iranien Abbas Araghchi.
        """, published: "2024-10-10")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Badr Albusaidi", "Abbas Araghchi"])
    #expect(events.first?.participants.first { $0.name == "Badr Albusaidi" }?.country == "OM")
}

@Test(arguments: [
    ("Le ministre ukrainien des Affaires étrangères, Dmytro Kouleba, s'est entretenu mardi par téléphone avec son homologue français Stéphane Séjourné.",
     "Dmytro Kuleba", "UA"),
    ("Le ministre kényan des Affaires étrangères, Musalia Moudavadi, s'est entretenu mardi par téléphone avec son homologue français Stéphane Séjourné.",
     "Musalia Mudavadi", "KE"),
])
func aFrenchSpellingNotInTheKnowledgeBaseIsTheHolder(text: String, holder: String, country: String) {
    let events = Fixtures.extractBundled(text, published: "2024-02-08")
    #expect(events.count == 1, "\(text)")
    #expect(events.first.map(Fixtures.names) == [holder, "Stéphane Séjourné"], "\(text)")
    #expect(events.first?.participants.first { $0.name == holder }?.country == country, "\(text)")
    #expect(events.first?.date == Fixtures.day("2024-02-06"), "\(text)")
}

// (guard: an unknown name with the holder's title stays as written)
@Test func anUnknownNameWithTheHoldersTitleStaysAsWritten() {
    let events = Fixtures.extractBundled("""
        Le ministre omanais des Affaires étrangères, Karim Saadeh, s'est entretenu mardi par téléphone avec son homologue iranien Abbas Araghchi.
        """, published: "2024-10-10")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Karim Saadeh", "Abbas Araghchi"])
    #expect(events.first?.participants.first { $0.name == "Karim Saadeh" }?.country == "OM")
}

// (guard: one word equal is not enough when the other is more than one letter apart)
@Test func aNameSharingOnlyItsFirstWordWithTheHolderStaysAsWritten() {
    let events = Fixtures.extractBundled("""
        Le ministre omanais des Affaires étrangères, Badr Alhinaï, s'est entretenu mardi par téléphone avec son homologue iranien Abbas Araghchi.
        """, published: "2024-10-10")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Badr Alhinaï", "Abbas Araghchi"])
}
