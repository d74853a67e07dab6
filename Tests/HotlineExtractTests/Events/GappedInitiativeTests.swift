import Testing
@testable import HotlineExtract

/// `gappedInitiatedBy`: in a sentence with a call word, a verb such as "had requested", "avait
/// sollicité" or "había solicitado" closing a relative clause (only a comma or a full stop after
/// it, the relative pronoun at most 8 words before) says the party named between the pronoun and
/// the verb placed the call ("The call, which aides said Macron had requested, lasted an hour").
@Suite struct GappedInitiativeTests {
    @Test(arguments: [
        """
        King Mohammed VI held a phone call with French President Emmanuel Macron on Tuesday. The call, which aides said \
        Macron had requested, lasted an hour.
        """,
        """
        Mardi, Mohammed VI et Emmanuel Macron se sont parlé au téléphone. L'entretien, \
        que l'Élysée dit que Macron avait sollicité, a duré une heure.
        """,
        """
        El rey Mohammed VI mantuvo el martes una conversación telefónica con el presidente francés Emmanuel Macron. La \
        llamada, que según fuentes diplomáticas Macron había solicitado, duró una hora.
        """,
    ])
    func thePartyInsideTheRelativeClausePlacedTheCall(text: String) {
        let events = Fixtures.extract(text, published: "2024-07-10")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Mohammed VI", "Emmanuel Macron"])
        #expect(events.first?.date == Fixtures.day("2024-07-09"))
        #expect(Fixtures.caller(events.first) == "Emmanuel Macron")
    }

    // (guard: a party named before the relative pronoun is not the one who asked)
    @Test func aPartyBeforeThePronounIsNotTaken() {
        let events = Fixtures.extract("""
            King Mohammed VI held a phone call with French President Emmanuel Macron on Tuesday. The call with Macron, \
            which aides had requested, lasted an hour.
            """, published: "2024-07-10")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Mohammed VI", "Emmanuel Macron"])
        #expect(Fixtures.caller(events.first) == nil)
    }

    // (guard: without a call word the clause speaks of something else)
    @Test func withoutACallWordNothingIsPlaced() {
        let events = Fixtures.extract("""
            King Mohammed VI held a phone call with French President Emmanuel Macron on Tuesday. The summit, which aides \
            said Macron had requested, will open in Rabat in October.
            """, published: "2024-07-10")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Mohammed VI", "Emmanuel Macron"])
        #expect(Fixtures.caller(events.first) == nil)
    }
}
