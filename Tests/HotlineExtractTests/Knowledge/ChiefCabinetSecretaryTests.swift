import Testing
@testable import HotlineExtract

// Japan's Chief Cabinet Secretary is a minister, so a call party (no longer a spokesperson, whose
// calls the extractor leaves out): Yoshimasa Hayashi from 2023-12-14. (The bundled knowledge base.)

@Test func theChiefCabinetSecretaryIsACallParty() {
    let events = Fixtures.extractBundled(
        "Chief Cabinet Secretary Yoshimasa Hayashi held phone talks on Wednesday with Battsetseg Batmunkh, Mongolia's foreign minister.",
        published: "2024-05-10")
    #expect(events.count == 1)
    let hayashi = events.first?.participants.first { $0.name == "Yoshimasa Hayashi" }
    #expect(hayashi?.role == "Chief Cabinet Secretary")
    #expect(hayashi?.country == "JP")
    #expect(events.first?.participants.contains { $0.country == "MN" } == true)
    #expect(events.first?.date == Fixtures.day("2024-05-08"))
}

@Test func theChiefCabinetSecretarysCallWithAKnownMinister() {
    let events = Fixtures.extractBundled(
        "Chief Cabinet Secretary Yoshimasa Hayashi spoke by phone on Wednesday with Chinese Foreign Minister Wang Yi.",
        published: "2024-05-10")
    #expect(events.map(Fixtures.names) == [["Yoshimasa Hayashi", "Wang Yi"]])
}
