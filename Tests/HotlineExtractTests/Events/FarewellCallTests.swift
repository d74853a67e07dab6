import Testing
@testable import HotlineExtract

// A farewell call or a courtesy call ("came to the palace for a farewell call on the President",
// "paid a courtesy call on") is a visit in person, not a phone call. (The bundled knowledge base.)

@Test(arguments: [
    "On Tuesday the outgoing Japanese envoy came to Malacañang for a farewell call on President Ferdinand Marcos Jr.",
    "Foreign Secretary Enrique Manalo received the outgoing Japanese ambassador, who paid a farewell call on him on Tuesday.",
])
func aFarewellCallIsNoCall(text: String) {
    #expect(Fixtures.extractBundled(text, published: "2024-05-09").isEmpty, "\(text)")
}

@Test func aCourtesyCallIsNoCall() {
    let events = Fixtures.extractBundled("""
        Indian External Affairs Minister Subrahmanyam Jaishankar paid a courtesy call on Singapore Prime Minister Lawrence Wong on Tuesday.
        """, published: "2024-05-29")
    #expect(events.isEmpty)
}

@Test func aPhoneCallIsKeptBesideAFarewellCall() {
    let events = Fixtures.extractBundled("""
        President Ferdinand Marcos Jr. spoke by phone with US President Joe Biden on Monday. On Tuesday, the President \
        received the Japanese ambassador for a farewell call.
        """, published: "2024-05-09")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Ferdinand Marcos Jr.", "Joe Biden"])
    #expect(!events.flatMap(\.participants).contains { $0.role == "Ambassador" })
}

@Test func aPhoneCallIsKeptBesideACourtesyCall() {
    let events = Fixtures.extractBundled("""
        Singapore Prime Minister Lawrence Wong spoke by phone with Malaysian Prime Minister Anwar Ibrahim on Monday. On \
        Tuesday, Indian External Affairs Minister Subrahmanyam Jaishankar paid a courtesy call on Wong.
        """, published: "2024-05-29")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Lawrence Wong", "Anwar Ibrahim"])
    #expect(events.first?.date == Fixtures.day("2024-05-27"))
}
