import Testing
@testable import HotlineExtract

// "They first spoke in January" / "Ils s'étaient parlé pour la première fois en janvier", after a
// call of the pair: the earlier call, on its own month. "X first spoke to A" in a sequence of
// calls is no earlier call.
@Test func theirFirstConversationInAMonthIsAnEarlierCall() {
    let events = Fixtures.extractBundled("""
        Eli Cohen telephoned Nasser Bourita on Tuesday to discuss the Negev Forum.

        This was the pair's second conversation by phone in 2023. They first spoke in January, shortly after Cohen became foreign minister.
        """, published: "2023-07-19")
    #expect(events.count == 2)
    #expect(events.map(\.date).contains(EventDate(year: 2023, month: 1)))
    #expect(events.allSatisfy { Fixtures.names($0) == ["Eli Cohen", "Nasser Bourita"] })
}

@Test func aFrenchFirstTimeIsAnEarlierCall() {
    let events = Fixtures.extractBundled("""
        Eli Cohen a téléphoné mardi à Nasser Bourita.

        Les deux ministres s'étaient parlé pour la première fois en janvier, peu après l'entrée en fonctions de Cohen.
        """, published: "2023-07-19")
    #expect(events.count == 2)
    #expect(events.map(\.date).contains(EventDate(year: 2023, month: 1)))
}

// (guard: "first spoke" alone, in a sequence of calls, must not read as a recall)
@Test func whomACallerFirstSpokeToIsNoEarlierCall() {
    let events = Fixtures.extractBundled("""
        Kenya's William Ruto phoned Abiy Ahmed of Ethiopia and Hassan Sheikh Mohamud of Somalia on Sunday.

        State House spokesman Hussein Mohamed said the President first spoke to Dr Abiy, about the accord signed on January 1.
        """, published: "2024-01-08")
    #expect(events.count == 2)
    #expect(!events.contains { Fixtures.names($0).contains("Hussein Mohamed") })
    #expect(events.allSatisfy { $0.date == Fixtures.day("2024-01-07") })
}
