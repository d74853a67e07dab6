import Testing
@testable import HotlineExtract

// A call someone intends to make ("I intend to call President X") or one that is being arranged
// ("a phone call between A and B is being scheduled", "is being set up", "est en cours
// d'organisation", "se está organizando") is no call. A call reported in the same story ("A called
// B on Monday") is still found. (The bundled knowledge base.)

@Test(arguments: [
    """
    "Once the review is over, I intend to call President Cyril Ramaphosa," Australian Prime Minister Anthony Albanese told reporters on Monday.
    """,
    """
    Australian Prime Minister Anthony Albanese said on Monday: "Once the review is over, I intend to call President Cyril Ramaphosa."
    """,
])
func aCallSomeoneIntendsToMakeIsNoCall(text: String) {
    #expect(Fixtures.extractBundled(text, published: "2024-05-08").isEmpty)
}

@Test(arguments: ["is being scheduled", "is being set up", "is being arranged"])
func aCallBeingScheduledOrSetUpIsNoCall(phrase: String) {
    let text = """
        A phone call between German Chancellor Olaf Scholz and Chinese President Xi Jinping \(phrase), a government spokesman said on Wednesday.
        """
    #expect(Fixtures.extractBundled(text, published: "2024-05-08").isEmpty, "\(phrase)")
}

@Test(arguments: [
    """
    Un entretien téléphonique entre le président français Emmanuel Macron et le président chinois Xi Jinping est en cours \
    d'organisation, a indiqué l'Élysée mercredi.
    """,
    """
    Una llamada telefónica entre el presidente Pedro Sánchez y el presidente chino Xi Jinping se está organizando, indicaron \
    fuentes de Moncloa el miércoles.
    """,
])
func aCallBeingOrganisedIsNoCallInFrenchAndSpanish(text: String) {
    #expect(Fixtures.extractBundled(text, published: "2024-05-08").isEmpty)
}

@Test func aReportedCallIsKeptBesideACallBeingScheduled() {
    let events = Fixtures.extractBundled("""
        German Chancellor Olaf Scholz called French President Emmanuel Macron on Monday. A phone call between Scholz and \
        Chinese President Xi Jinping is being scheduled, a government spokesman said.
        """, published: "2024-05-08")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Olaf Scholz", "Emmanuel Macron"])
    #expect(Fixtures.caller(events.first) == "Olaf Scholz")
    #expect(events.first?.date == Fixtures.day("2024-05-06"))
}

@Test func aReportedCallIsKeptBesideACallSomeoneIntendsToMake() {
    let events = Fixtures.extractBundled("""
        Australian Prime Minister Anthony Albanese called New Zealand Prime Minister Christopher Luxon on Monday. "Once the \
        review is over, I intend to call President Cyril Ramaphosa," Albanese told reporters.
        """, published: "2024-05-08")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Anthony Albanese", "Christopher Luxon"])
    #expect(Fixtures.caller(events.first) == "Anthony Albanese")
    #expect(!events.flatMap(\.participants).contains { $0.name == "Cyril Ramaphosa" })
}
