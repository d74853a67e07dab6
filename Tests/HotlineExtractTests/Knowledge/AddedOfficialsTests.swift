import Testing
@testable import HotlineExtract

// Officials added to or renamed in the bundled knowledge base: John Magufuli and Thabit al-Abbasi
// as canonical names (the older spellings are aliases), Matshidiso Moeti (WHO), Abderrahmane
// Benbouzid, François Legault (Premier of Quebec), Katsunobu Kato and Hirokazu Matsuno (Chief
// Cabinet Secretaries), the Gulf ministers of state, and "Mukhtar Tileuberdi" as a spelling of
// Mukhtar Tleuberdi.

private func party(_ events: [CallEvent], _ name: String) -> Participant? {
    events.first?.participants.first { $0.name == name }
}

@Test func renamedOfficialsAreNamedByTheirCanonicalName() {
    let tanzania = Fixtures.extractBundled("President John Pombe Magufuli spoke by phone on Tuesday with Egyptian President Abdel Fattah el-Sisi about the Nile dam.",
                                           published: "2021-02-10")
    #expect(tanzania.map(Fixtures.names) == [["John Magufuli", "Abdel Fattah el-Sisi"]])
    #expect(party(tanzania, "John Magufuli")?.aliases.contains("John Pombe Magufuli") == true)
    let iraq = Fixtures.extractBundled("Iraqi Defence Minister Thabet al-Abbasi held a phone call on Saturday with his Turkish counterpart Yasar Guler.",
                                       published: "2024-03-10")
    #expect(party(iraq, "Thabit al-Abbasi")?.country == "IQ")
    #expect(iraq.first.map(Fixtures.names)?.count == 2)
}

@Test func theWHORegionalDirectorAndAlgeriasHealthMinister() {
    let events = Fixtures.extractBundled("Abderrahmane Benbouzid held a video call on Friday with Matshidiso Moeti.", published: "2021-07-10")
    #expect(events.map(Fixtures.names) == [["Abderrahmane Benbouzid", "Matshidiso Moeti"]])
    #expect(party(events, "Abderrahmane Benbouzid")?.country == "DZ")
    #expect(party(events, "Abderrahmane Benbouzid")?.role == "Minister of Health")
    #expect(party(events, "Matshidiso Moeti")?.country == "WHO")
    #expect(events.first?.date == Fixtures.day("2021-07-09"))
}

@Test func legaultIsQuebecsPremierOfCanada() {
    let events = Fixtures.extractBundled("François Legault spoke by phone on Monday with Emmanuel Macron.", published: "2023-05-10")
    #expect(events.map(Fixtures.names) == [["François Legault", "Emmanuel Macron"]])
    #expect(party(events, "François Legault")?.country == "CA")
    #expect(party(events, "François Legault")?.role == "Premier of Quebec")
}

@Test(arguments: [
    ("Chief Cabinet Secretary Katsunobu Kato spoke by phone on Friday with Kazakh Foreign Minister Mukhtar Tileuberdi.", "2021-04-10",
     "Katsunobu Kato", "Mukhtar Tleuberdi", "KZ"),
    ("Chief Cabinet Secretary Hirokazu Matsuno spoke by phone on Friday with Lolwah Al-Khater.", "2022-04-10",
     "Hirokazu Matsuno", "Lolwah Al-Khater", "QA"),
])
func japansChiefCabinetSecretariesAreCallParties(text: String, published: String, secretary: String, other: String, country: String) {
    let events = Fixtures.extractBundled(text, published: published)
    #expect(events.map(Fixtures.names) == [[secretary, other]])
    #expect(party(events, secretary)?.role == "Chief Cabinet Secretary")
    #expect(party(events, secretary)?.country == "JP")
    #expect(party(events, other)?.country == country)
}

@Test(arguments: ["Khalifa Shaheen Almarar", "Reem Al Hashimy"])
func emiratiMinistersOfStateAreCallParties(name: String) {
    let events = Fixtures.extractBundled("\(name) held a phone call on Friday with Lolwah Al-Khater.", published: "2023-04-10")
    #expect(events.map(Fixtures.names) == [[name, "Lolwah Al-Khater"]])
    #expect(party(events, name)?.country == "AE")
    #expect(party(events, "Lolwah Al-Khater")?.role == "Minister of State for International Cooperation")
}
