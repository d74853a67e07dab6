import Testing
@testable import HotlineExtract

// A sentence opening with a pronoun whose parties are all named after the call's words: the
// pronoun (the sentence before's subject) is a party of each call.

@Test func aPronounCallerSpeaksSeparatelyWithEachNamedParty() {
    let events = Fixtures.extract("""
        Over the weekend, Secretary of State Antony Blinken was in contact with the region's foreign ministers. On Sunday, he spoke by phone with Foreign Minister Nasser Bourita of Morocco and, separately, with Foreign Minister Ayman Safadi of Jordan.
        """, published: "2023-03-06")
    #expect(events.count == 2)
    #expect(Set(events.map(Fixtures.names)) == [["Antony Blinken", "Nasser Bourita"], ["Antony Blinken", "Ayman Safadi"]])
    #expect(events.allSatisfy { $0.date == Fixtures.day("2023-03-05") })
}

@Test func aPronounThatSaysWhoTalkedIsNoParty() {
    // (a party named before the call's words: the pronoun only reports it)
    let events = Fixtures.extract("""
        Antony Blinken briefed reporters in Washington. He said Nasser Bourita spoke by phone with Ayman Safadi on Sunday.
        """, published: "2023-03-06")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Ayman Safadi"])
}
