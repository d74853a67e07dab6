import Testing
@testable import HotlineExtract

// "The call was arranged at the [C's nationality] side's request" right after the sentence that
// reported an earlier A–C call makes C the caller of that call, not of the later three-way call
// C was also on (which has no caller). (The bundled knowledge base.)

@Test func theInitiativeGoesToTheCallTheSentenceBeforeReported() {
    let events = Fixtures.extractBundled("""
        South Korean Foreign Minister Cho Tae-yul, Japanese Foreign Minister Yoko Kamikawa and US Secretary of State Antony \
        Blinken held a three-way video call Tuesday. Cho had held separate phone talks with Kamikawa on Monday. The call was \
        arranged at the Japanese side's request.
        """, published: "2024-05-09")
    #expect(events.count == 2)
    let threeWay = events.first { $0.participants.count == 3 }
    #expect(threeWay.map(Fixtures.names) == ["Cho Tae-yul", "Yoko Kamikawa", "Antony Blinken"])
    #expect(threeWay?.initiator == nil)
    #expect(threeWay?.date == Fixtures.day("2024-05-07"))
    let bilateral = events.first { $0.participants.count == 2 }
    #expect(bilateral.map(Fixtures.names) == ["Cho Tae-yul", "Yoko Kamikawa"])
    #expect(Fixtures.caller(bilateral) == "Yoko Kamikawa")
    #expect(bilateral?.date == Fixtures.day("2024-05-06"))
}

@Test func theArrangingSideIsTheCallerOfTheBilateralCallJustReported() {
    let events = Fixtures.extractBundled("""
        Saudi Foreign Minister Faisal bin Farhan, Egyptian Foreign Minister Badr Abdelatty and Jordanian Foreign Minister \
        Ayman Safadi held a three-way video call on Wednesday. Safadi had held separate phone talks with Abdelatty on \
        Tuesday. The call was arranged at the Egyptian side's request.
        """, published: "2024-10-10")
    #expect(events.count == 2)
    #expect(events.first { $0.participants.count == 3 }?.initiator == nil)
    let bilateral = events.first { $0.participants.count == 2 }
    #expect(bilateral.map(Fixtures.names) == ["Ayman Safadi", "Badr Abdelatty"])
    #expect(Fixtures.caller(bilateral) == "Badr Abdelatty")
    #expect(bilateral?.date == Fixtures.day("2024-10-08"))
}
