import Testing
@testable import HotlineExtract

// A negation after the call's words counts up to a coordinator: "llamó a X y prometió «no
// descansar»" reports a call, while "no llamó a X" and "did not call X, and ..." deny it.

@Test(arguments: [
    "Rehenes: el canciller español llamó a Bourita y juró «no parar» hasta traer de vuelta a los secuestrados\n\nJosé Manuel Albares llamó el domingo a Nasser Bourita para hablar de los rehenes.",
    "Antony Blinken called Nasser Bourita on Sunday and said he would not rest until the hostages came home.",
])
func aNegationPastACoordinatorIsAnotherClauses(text: String) {
    let events = Fixtures.extract(text, published: "2025-01-28")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2025-01-26")
}

@Test(arguments: [
    "José Manuel Albares no llamó el domingo a Nasser Bourita y prefirió esperar.",
    "Antony Blinken did not call Nasser Bourita on Sunday, and officials declined to say why.",
])
func aNegationBeforeTheCallDeniesIt(text: String) {
    // (guard: the coordinator bounds only a negation after the call's words)
    #expect(Fixtures.extract(text, published: "2025-01-28").isEmpty)
}
