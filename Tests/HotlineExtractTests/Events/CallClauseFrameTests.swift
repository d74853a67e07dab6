import Testing
@testable import HotlineExtract

// What frames a call's clause: its length after the verb, a negated framing clause before it, a
// conditional or a call being arranged, a past subjunctive after "después de que".

@Test func aCallsLengthAfterTheTalkingVerbLeavesItsDayToIt() {
    let events = Fixtures.extract("""
        Antony Blinken and Nasser Bourita held a phone call, the State Department said.

        A spokesperson told reporters that the two ministers spoke for about 40 minutes on Monday evening.
        """, published: "2023-03-08")
    #expect(events.count == 1)
    #expect(events.first?.date == Fixtures.day("2023-03-06"))
}

@Test(arguments: [
    ("It is no secret that Antony Blinken spoke by phone with Nasser Bourita on Monday.", "2023-03-08", "2023-03-06"),
    ("No es casualidad que José Manuel Albares hablara por teléfono con Nasser Bourita el lunes.", "2023-03-08", "2023-03-06"),
])
func aNegatedFramingClauseDeniesNoCall(text: String, published: String, day: String) {
    let events = Fixtures.extract(text, published: published)
    #expect(events.count == 1)
    #expect(events.first?.date == Fixtures.day(day))
}

@Test func aPlainNegationStillDeniesTheCall() {
    #expect(Fixtures.extract("Antony Blinken did not speak by phone with Nasser Bourita on Monday.", published: "2023-03-08").isEmpty)
}

@Test(arguments: [
    "Nasser Bourita a indiqué qu'il répondrait volontiers à un appel téléphonique d'Emmanuel Macron.",
    "Antony Blinken spoke with reporters in Rabat, and his office said a call with Ayman Safadi is being arranged.",
    "Un portavoz indicó que se está preparando una llamada entre José Manuel Albares y Nasser Bourita.",
])
func aConditionalOrArrangedCallIsNone(text: String) {
    #expect(Fixtures.extract(text, published: "2023-03-08").isEmpty)
}

@Test func aPastSubjunctiveAfterDespuesDeQueTellsACallThatTookPlace() {
    let events = Fixtures.extract("""
        La visita quedó fijada después de que José Manuel Albares y Nasser Bourita hablaran por teléfono el pasado 18 de enero.
        """, published: "2023-02-12")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["José Manuel Albares", "Nasser Bourita"])
    #expect(events.first?.date == Fixtures.day("2023-01-18"))
}

@Test(arguments: [
    "Albares recibe a Safadi en Madrid y promete una llamada a Bourita",
    "Emmanuel Macron reçoit Ayman Safadi et promet un appel au roi Mohammed VI",
    "Antony Blinken hosts Ayman Safadi and promised a call to Nasser Bourita",
])
func aPromisedCallIsNone(text: String) {
    #expect(Fixtures.extract(text, published: "2023-03-08").isEmpty)
}

@Test func aPromiseAfterTheCallLeavesTheCall() {
    let events = Fixtures.extract("José Manuel Albares y Nasser Bourita hablaron por teléfono el lunes y Albares le prometió el apoyo de España.",
                                  published: "2023-03-08")
    #expect(events.count == 1)
}

@Test(arguments: [
    "Antony Blinken and Nasser Bourita made their own call, publicly and loudly, demanding a ceasefire.",
    "José Manuel Albares y Nasser Bourita hicieron un llamado conjunto exigiendo el fin de los combates.",
])
func aCallNounFollowedByDemandingIsAnAppeal(text: String) {
    #expect(Fixtures.extract(text, published: "2023-03-08").isEmpty)
}

@Test func aCallToAPartyThenUrgingIsACall() {
    let events = Fixtures.extract("Antony Blinken made a call to Nasser Bourita on Monday, urging restraint.", published: "2023-03-08")
    #expect(events.count == 1)
}
