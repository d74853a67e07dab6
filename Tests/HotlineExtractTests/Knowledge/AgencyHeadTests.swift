import Testing
@testable import HotlineExtract

private func parties(_ text: String, published: String) -> [String] {
    Fixtures.extractBundled(text, published: published).flatMap { $0.participants.map { "\($0.name ?? "?") (\($0.country ?? "?"))" } }
}

// Heads of UN agencies: their titles ("executive director", "director-general", "high
// commissioner") and the agencies' names, which stand for the UN.
@Test func aKnownAgencyHeadIsTheUNs() {
    let found = parties("Foreign Minister Espen Barth Eide held a video call on Tuesday with Cindy McCain, executive director of the World Food Programme.",
                        published: "2024-12-12")
    #expect(found == ["Espen Barth Eide (NO)", "Cindy McCain (UN)"])
}

@Test func anUnknownAgencyHeadTakesTheAgencysCode() {
    let found = parties("Foreign Minister Espen Barth Eide spoke by phone on Tuesday with Jane Roe, executive director of UNICEF.",
                        published: "2024-12-12")
    #expect(found == ["Espen Barth Eide (NO)", "Jane Roe (UN)"])
}

@Test func greenlandIsItsOwnParty() {
    let found = parties("Le premier ministre Mark Carney s'est entretenu mercredi par téléphone avec le premier ministre du Groenland, Jens-Frederik Nielsen.",
                        published: "2025-05-30")
    #expect(found == ["Mark Carney (CA)", "Jens-Frederik Nielsen (GL)"])
}

// Vietnamese leaders go by their last name in the country's English press ("PM Chinh"), and a
// "Government leader" is a leader of the nationality before it.
@Test func aVietnameseLeaderByTheLastWordOfHisName() {
    let events = Fixtures.extractBundled("PM Chinh holds phone talks with Cambodian Prime Minister Hun Manet", published: "2025-07-26")
    #expect(events.first.map(Fixtures.names) == ["Phạm Minh Chính", "Hun Manet"])
}

@Test func aGovernmentLeaderOfANationality() {
    let events = Fixtures.extractBundled("""
        Prime Minister Hun Manet spoke by phone on July 25 with the Vietnamese Government leader.
        """, published: "2025-07-26")
    #expect(events.first?.participants.map(\.country) == ["KH", "VN"])
}
