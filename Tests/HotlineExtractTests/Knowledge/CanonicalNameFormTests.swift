import Testing
@testable import HotlineExtract

// Canonical names changed in the bundled knowledge base, read through extraction: the form the
// organisation and most reports use is the party's name ("Jasem Mohamed Albudaiwi", "Mohammed bin
// Abdulaziz Al-Khulaifi", "Dilan Yeşilgöz") and the former canonical form is an alias that still
// finds the official; the French spelling "Mourat Nourtleou" is Murat Nurtleu, and the Arabic
// "كاراموكو جان ماري تراوري" is Karamoko Jean-Marie Traoré.

private func party(_ events: [CallEvent], _ name: String) -> Participant? {
    events.first?.participants.first { $0.name == name }
}

@Test func theFormerCanonicalFormsNameTheNewCanonicalNames() {
    let events = Fixtures.extractBundled("Jasem Albudaiwi held a phone call on Monday with Mohammed Al-Khulaifi.", published: "2023-10-10")
    #expect(events.count == 1)
    #expect(events.first?.participants.map(\.name) == ["Jasem Mohamed Albudaiwi", "Mohammed bin Abdulaziz Al-Khulaifi"])
    #expect(party(events, "Jasem Mohamed Albudaiwi")?.country == "GCC")
    #expect(party(events, "Jasem Mohamed Albudaiwi")?.aliases.contains("Jasem Albudaiwi") == true)
    #expect(party(events, "Mohammed bin Abdulaziz Al-Khulaifi")?.country == "QA")
    #expect(party(events, "Mohammed bin Abdulaziz Al-Khulaifi")?.aliases.contains("Mohammed Al-Khulaifi") == true)
    #expect(events.first?.date == Fixtures.day("2023-10-09"))
}

@Test(arguments: ["Dilan Yeşilgöz-Zegerius", "Dilan Yeşilgöz"])
func theDoubleSurnameIsAnAliasOfDilanYesilgoz(written: String) {
    let events = Fixtures.extractBundled("Abdelouafi Laftit held a phone call on Monday with \(written).", published: "2023-10-10")
    #expect(events.count == 1)
    #expect(events.first?.participants.map(\.name) == ["Abdelouafi Laftit", "Dilan Yeşilgöz"])
    #expect(party(events, "Dilan Yeşilgöz")?.country == "NL")
    #expect(party(events, "Dilan Yeşilgöz")?.role == "Minister of Justice and Security")
}

@Test func theFrenchSpellingOfNurtleuIsKazakhstansForeignMinister() {
    let events = Fixtures.extractBundled("Nasser Bourita a eu lundi un échange téléphonique avec son homologue kazakh Mourat Nourtleou.",
                                         published: "2023-10-10")
    #expect(events.count == 1)
    #expect(events.first?.participants.map(\.name) == ["Nasser Bourita", "Murat Nurtleu"])
    #expect(party(events, "Murat Nurtleu")?.country == "KZ")
    #expect(party(events, "Murat Nurtleu")?.role == "Minister of Foreign Affairs")
    #expect(events.first?.date == Fixtures.day("2023-10-09"))
}

@Test func theArabicSpellingOfTraoreIsBurkinaFasosForeignMinister() {
    let events = Fixtures.extractBundled("أجرى وزير الخارجية المغربي ناصر بوريطة يوم الاثنين اتصالا هاتفيا مع وزير خارجية بوركينا فاسو كاراموكو جان ماري تراوري.",
                                         published: "2023-10-10")
    #expect(events.count == 1)
    #expect(events.first?.participants.map(\.name) == ["Nasser Bourita", "Karamoko Jean-Marie Traoré"])
    #expect(party(events, "Karamoko Jean-Marie Traoré")?.country == "BF")
    // (one Burkinabe party, no nameless foreign minister beside him)
    #expect(events.first?.participants.filter { $0.country == "BF" }.count == 1)
}
