import Testing
@testable import HotlineExtract

// "received a phone call from the head of the diplomacy of <country>, X": the caller of a received
// call may carry a title of more than eight words before its name; a with-word between the
// call and the next party still leaves that party no caller.

@Test func aReceivedCallsCallerMayCarryALongTitle() {
    let text = "Rabat - The Minister of Foreign Affairs, Nasser Bourita, on Tuesday received a phone call from the head of the diplomacy of the Hashemite Kingdom of Jordan, Ayman Safadi, to discuss Gaza."
    let events = Fixtures.extract(text, published: "2025-03-12")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "Ayman Safadi")
}

@Test func aWithWordAfterTheReceivedCallNamesNoCaller() {
    let text = "Nasser Bourita on Tuesday received a telephone call that he described as cordial and held talks with the Jordanian minister Ayman Safadi."
    let events = Fixtures.extract(text, published: "2025-03-12")
    #expect(events.allSatisfy { Fixtures.caller($0) == nil })
}
