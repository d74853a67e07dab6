import Testing
@testable import HotlineExtract

// A possessive initiative in the sentence after a call ("The talks were held at X's initiative",
// "The exchange took place at X's initiative", "It was held at X's initiative") makes X the
// call's initiator, as "at the initiative of X" does. (The bundled knowledge base.)

private let call = "Nasser Bourita held a phone call on Monday with Ayman Safadi. "

@Test(arguments: [
    "The talks were held at Safadi's initiative.",
    "The exchange took place at Safadi's initiative.",
    "It was held at Safadi's initiative.",
    "The discussion was held at Safadi's initiative.",
])
func aPossessiveInitiativeAfterTheCallGivesItsInitiator(followUp: String) {
    let events = Fixtures.extractBundled(call + followUp, published: "2023-05-10")
    #expect(events.count == 1)
    #expect(events.first?.participants.map(\.name) == ["Nasser Bourita", "Ayman Safadi"])
    #expect(Fixtures.caller(events.first) == "Ayman Safadi")
    #expect(events.first?.date == Fixtures.day("2023-05-08"))
}

// (guard: with a call noun in the sentence, or the possessive in the call's own sentence, the
// initiator was already read)
@Test(arguments: [
    call + "The call was held at Safadi's initiative.",
    call + "The conversation was convened at Safadi's initiative.",
    "Nasser Bourita held a phone call on Monday with Ayman Safadi, at Safadi's initiative.",
])
func aPossessiveInitiativeWithACallNounGivesItsInitiator(text: String) {
    let events = Fixtures.extractBundled(text, published: "2023-05-10")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "Ayman Safadi")
}

// (guard: a possessive that is no initiative cue gives no initiator)
@Test func aPossessiveOfAnotherInitiativeGivesNoInitiator() {
    let events = Fixtures.extractBundled(call + "Safadi's initiative on Gaza was discussed.", published: "2023-05-10")
    #expect(events.count == 1)
    #expect(events.first?.participants.map(\.name) == ["Nasser Bourita", "Ayman Safadi"])
    #expect(events.first?.initiator == nil)
}
