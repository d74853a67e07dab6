import Testing
@testable import HotlineExtract

/// A call noun's predicate runs past two short phrases between commas ("A call between A and B, C, planned ..., was postponed").
@Suite struct TwoAsidesPredicateTests {
    @Test(arguments: [
        "A call between Nasser Bourita and Spain's defence minister, Margarita Robles, initially planned for Thursday, 10 October, was postponed.",
        "A call between Lloyd Austin and Spain's defence minister, Margarita Robles, planned for 5 May, was postponed, the Pentagon said.",
    ])
    func aPostponedCallPastTwoAsidesIsNoCall(text: String) {
        #expect(Fixtures.extractBundled(text, published: "2024-10-09").isEmpty)
    }

    // (guard: a call noun whose predicate runs past asides still reports the call)
    @Test(arguments: [
        "Nasser Bourita and José Manuel Albares spoke by phone on Tuesday. The call, the first since March, covered trade.",
        "The call between Nasser Bourita and José Manuel Albares on Tuesday, the first since March, covered trade, fisheries, and the next summit.",
    ])
    func aCallWithAsidesIsStillACall(text: String) {
        let events = Fixtures.extractBundled(text, published: "2024-10-09")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "José Manuel Albares"])
        #expect(events.first?.date == Fixtures.day("2024-10-08"))
    }
}
