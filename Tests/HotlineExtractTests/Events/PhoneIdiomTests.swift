import Testing
@testable import HotlineExtract

// Idioms of taking up the phone to talk with someone ("tomó el teléfono para conversar con",
// "picked up the phone to", "a pris son téléphone pour") report a call the subject placed; a
// word of ceremonies inside a party's title ("Spain's newly inaugurated minister") does not
// make the call a ceremony.

@Test(arguments: [
    ("Nasser Bourita tomó ayer el teléfono para hablar con el ministro José Manuel Albares.", "es"),
    ("Nasser Bourita picked up the phone to speak with José Manuel Albares yesterday about the crossing.", "en"),
    ("Nasser Bourita picked up the phone to congratulate José Manuel Albares yesterday.", "en"),
    ("Nasser Bourita a pris son téléphone pour féliciter hier José Manuel Albares.", "fr"),
])
func takingUpThePhoneToTalkIsACallTheSubjectPlaced(text: String, language: String) {
    let events = Fixtures.extract(text, published: "2025-02-21")
    #expect(events.map(Fixtures.names) == [["Nasser Bourita", "José Manuel Albares"]], "\(language)")
    #expect(events.first?.date?.iso == "2025-02-20", "\(language)")
    #expect(Fixtures.caller(events.first) == "Nasser Bourita", "\(language)")
}

// (guard: a plan to take up the phone is no call)
@Test func aPlanToTakeUpThePhoneIsNoCall() {
    #expect(Fixtures.extract("Nasser Bourita said: \"I will pick up the phone to call Albares next week.\"", published: "2025-02-21").isEmpty)
}

@Test func aCeremonyWordInATitleLeavesTheCall() {
    let events = Fixtures.extract(
        "Nasser Bourita and Spain's newly inaugurated Foreign Minister José Manuel Albares had a phone conversation about energy.",
        published: "2021-07-14")
    #expect(events.map(Fixtures.names) == [["Nasser Bourita", "José Manuel Albares"]])
}

// (guard: two parties who inaugurate something by video link hold no call)
@Test func aCeremonyByVideoLinkIsStillNoCall() {
    #expect(Fixtures.extract(
        "Nasser Bourita and José Manuel Albares inaugurated a new ferry terminal by videoconference on Tuesday.",
        published: "2025-02-21").isEmpty)
}
