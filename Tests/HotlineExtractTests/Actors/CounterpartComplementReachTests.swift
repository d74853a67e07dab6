import Testing
@testable import HotlineExtract

// A counterpart's title may carry a complement of up to 10 words before the comma of the name in
// apposition ("son homologue saoudien des Mines et des Ressources minérales du Royaume, X"): X is the
// counterpart, one party, with no extra nameless party of that country. (The bundled knowledge
// base.)

@Test(arguments: [
    "Ryad Mezzour a eu mardi un échange téléphonique avec son homologue saoudien des Mines et des Ressources minérales du Royaume, Bandar Alkhorayef.",
    "Ryad Mezzour a eu mardi un échange téléphonique avec son homologue saoudien pour les Mines et les Ressources minérales du Royaume, Bandar Alkhorayef.",
])
func aCounterpartWithALongComplementIsTheNameAfterIt(text: String) {
    let events = Fixtures.extractBundled(text, published: "2023-05-10")
    #expect(events.count == 1)
    #expect(events.first?.participants.count == 2)
    #expect(events.first?.participants.map(\.name) == ["Ryad Mezzour", "Bandar Alkhorayef"])
    let saudi = events.first?.participants.filter { $0.country == "SA" }
    #expect(saudi?.count == 1)
    #expect(saudi?.first?.name == "Bandar Alkhorayef")
    #expect(saudi?.first?.role == "Minister of Industry and Mineral Resources")
    #expect(events.first?.date == Fixtures.day("2023-05-09"))
}

@Test func anUnknownCounterpartAfterALongComplementIsNamed() {
    let events = Fixtures.extractBundled("""
        Ryad Mezzour a eu mardi un échange téléphonique avec son homologue saoudien des Mines et des Ressources \
        minérales du Royaume, Faisal Alqahtani.
        """, published: "2023-05-10")
    #expect(events.count == 1)
    #expect(events.first?.participants.count == 2)
    #expect(events.first.map(Fixtures.names) == ["Ryad Mezzour", "Faisal Alqahtani"])
    #expect(events.first?.participants.first { $0.name == "Faisal Alqahtani" }?.country == "SA")
    #expect(!(events.first?.participants.contains { $0.name == nil } ?? true))
}

// (guard: a short complement already reached the name)
@Test func aCounterpartWithAShortComplementIsTheNameAfterIt() {
    let events = Fixtures.extractBundled("""
        Le ministre espagnol de l'Agriculture, Luis Planas, s'est entretenu mardi par téléphone avec son homologue marocain \
        de l'Agriculture et de la Pêche maritime, Mohamed Sadiki.
        """, published: "2023-05-10")
    #expect(events.count == 1)
    #expect(events.first?.participants.map(\.name) == ["Luis Planas", "Mohamed Sadiki"])
}
