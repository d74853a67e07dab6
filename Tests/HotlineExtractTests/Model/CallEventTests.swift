import Testing
@testable import HotlineExtract

// An event lists each party once; the initiator follows its party when a repeat is dropped.

@Test func aRepeatedPartyIsListedOnceAndTheInitiatorFollowsItsParty() {
    let bourita = Participant(name: "Nasser Bourita", country: "MA", role: nil, officialID: "nasser-bourita")
    let rubio = Participant(name: "Marco Rubio", country: "US", role: nil, officialID: "marco-rubio")
    var e = CallEvent(date: nil, participants: [bourita, bourita, rubio], initiator: 2, topics: [],
                      evidence: ["x"], context: "x", confidence: 0.9)
    e.dropRepeatedParticipants()
    #expect(e.participants.map(\.name) == ["Nasser Bourita", "Marco Rubio"])
    #expect(e.initiator == 1)
}

@Test func anEventWithoutRepeatsIsUnchanged() {
    let a = Participant(name: "Nasser Bourita", country: "MA", role: nil)
    let b = Participant(name: "Ayman Safadi", country: "JO", role: nil)
    var e = CallEvent(date: nil, participants: [a, b], initiator: 0, topics: [], evidence: ["x"], context: "x", confidence: 0.9)
    e.dropRepeatedParticipants()
    #expect(e.participants.count == 2 && e.initiator == 0)
}
