import Testing
@testable import HotlineExtract

// A calling verb with a first-person object ("Me llamó X", "X m'a appelé", "X called me", "اتصل
// بي X"): the speaker was called, so the party named with the verb placed the call.

@Test(arguments: [
    "Nasser Bourita dijo: \"Me llamó ayer el ministro Ayman Safadi, en la tarde\".",
    "\"Ayman Safadi called me yesterday afternoon,\" Nasser Bourita told reporters.",
    "« Le ministre Ayman Safadi m'a appelé hier », a déclaré Nasser Bourita.",
])
func theCallerOfASpeakerCalledIsTheOtherParty(text: String) {
    let events = Fixtures.extract(text, published: "2025-01-28")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Ayman Safadi"])
    #expect(Fixtures.caller(events.first) == "Ayman Safadi")
    #expect(events.first?.date?.iso == "2025-01-27")
}

@Test func aSpeakerWhoCalledIsTheCaller() {
    let events = Fixtures.extract("\"I called Ayman Safadi yesterday,\" Nasser Bourita told reporters.", published: "2025-01-28")
    #expect(Fixtures.caller(events.first) == "Nasser Bourita")
}

// ("Ayer me llamó el ministro X": the caller named with an article and a title right after the verb)
@Test func aTitledCallerAfterTheVerbCalledTheSpeaker() {
    let events = Fixtures.extract("Nasser Bourita dijo: \"Ayer me llamó el ministro Ayman Safadi\".", published: "2025-01-28")
    #expect(events.map(Fixtures.names) == [["Nasser Bourita", "Ayman Safadi"]])
    #expect(Fixtures.caller(events.first) == "Ayman Safadi")
}

// (guard: "me llamó la atención" is an idiom of attention, no call)
@Test func anAttentionIdiomIsNoCall() {
    #expect(Fixtures.extract("Nasser Bourita dijo: \"Me llamó la atención que el ministro Ayman Safadi no viniera\".", published: "2025-01-28").isEmpty)
}
