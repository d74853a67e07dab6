import Testing
@testable import HotlineExtract

// Who placed a call, told after the sentence that reports it: "a pedido de" (Latin American
// Spanish for "at the request of"); a party that "called to" do something, no one named after
// the verb; "the call had been placed by X"; an initiative phrase after a fronted source
// ("D'après la note de Rabat, cet échange ...").

@Test(arguments: [
    "Nasser Bourita conversó este sábado por teléfono con José Manuel Albares. La llamada se produjo a pedido del Gobierno español, informó el ministerio.",
    "Nasser Bourita conversó este sábado por teléfono con José Manuel Albares, a pedido de este último.",
])
func aPedidoDeNamesTheCaller(text: String) {
    let events = Fixtures.extract(text, published: "2025-07-20")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "José Manuel Albares")
}

@Test func aPartyThatCalledToDoSomethingPlacedTheCall() {
    let events = Fixtures.extract("""
        Emmanuel Macron had a telephone exchange with Nasser Bourita, the Moroccan minister. According to the \
        Élysée, the minister called to offer sympathy over the floods.
        """, published: "2025-06-04")
    #expect(Fixtures.caller(events.first) == "Nasser Bourita")
}

// (guard: calling on someone to act is no call, and names no caller)
@Test func callingOnSomeoneToActNamesNoCaller() {
    let events = Fixtures.extract("""
        Emmanuel Macron had a telephone exchange with Nasser Bourita, the Moroccan minister. Later, the \
        minister called on the parties to show restraint.
        """, published: "2025-06-04")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == nil)
}

@Test func aCallPlacedByAPartyNamesItsCaller() {
    let events = Fixtures.extract("""
        Nasser Bourita and Ayman Safadi talked by phone last night about the crossings. A spokesperson said \
        the call had been placed by the Jordanian minister, who wanted to thank Morocco.
        """, published: "2024-10-03")
    #expect(Fixtures.caller(events.first) == "Ayman Safadi")
}

@Test func anInitiativeAfterAFrontedSourceIsTheCallers() {
    let events = Fixtures.extract("""
        Nasser Bourita s'est entretenu dimanche par téléphone avec José Manuel Albares, chef de la diplomatie \
        espagnole. D'après la note diffusée par Rabat, cet échange s'est tenu à la demande de la partie espagnole.
        """, published: "2025-09-22")
    #expect(events.first?.date?.iso == "2025-09-21")
    #expect(Fixtures.caller(events.first) == "José Manuel Albares")
}

@Test(arguments: [
    "Nasser Bourita et José Manuel Albares se sont parlé jeudi au téléphone. L'appel avait été initié par le ministre espagnol, selon Rabat.",
    "Nasser Bourita habló el jueves por teléfono con José Manuel Albares. La llamada fue iniciada por el ministro español, según Rabat.",
])
func aCallInitiatedByAPartyNamesItsCaller(text: String) {
    let events = Fixtures.extract(text, published: "2024-11-29")
    #expect(events.first?.date?.iso == "2024-11-28")
    #expect(Fixtures.caller(events.first) == "José Manuel Albares")
}

// (guard: a rapprochement initiated by a party says nothing of who placed the call)
@Test func aRapprochementInitiatedByAPartyNamesNoCaller() {
    let events = Fixtures.extract(
        "La cumbre forma parte del acercamiento iniciado por Nasser Bourita y José Manuel Albares, quienes conversaron por teléfono el 12 de febrero.",
        published: "2025-02-20")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == nil)
}
