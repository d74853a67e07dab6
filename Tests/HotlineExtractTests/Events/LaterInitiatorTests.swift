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

// A party in a relative clause that "had called to" do something placed the call: "X spoke with
// Y, who had called to press ...".
@Test(arguments: [
    "Nasser Bourita spoke last night with Antony Blinken, who had called to press for a ceasefire.",
    "Nasser Bourita s'est entretenu hier soir avec Antony Blinken, qui avait appelé pour plaider en faveur d'un cessez-le-feu.",
])
func aRelativeClausesCallerPlacedTheCall(text: String) {
    let events = Fixtures.extract(text, published: "2024-05-14")
    #expect(events.map(Fixtures.names) == [["Nasser Bourita", "Antony Blinken"]])
    #expect(Fixtures.caller(events.first) == "Antony Blinken")
}

// "prendre l'attache de" (to contact) makes its subject the caller, a date between.
@Test func takingUpContactPlacesTheCall() {
    let text = "Ayman Safadi a pris l'attache, le jeudi 6 mars 2025, de Nasser Bourita au cours d'une conversation téléphonique."
    let events = Fixtures.extract(text, published: "2025-03-07")
    #expect(events.map(Fixtures.names) == [["Ayman Safadi", "Nasser Bourita"]])
    #expect(Fixtures.caller(events.first) == "Ayman Safadi")
}

// A remote meeting noun is the call a later sentence says someone convened.
@Test func aRemoteMeetingOrganisedAtSomeonesInitiative() {
    let text = """
    Nasser Bourita a rejoint hier soir une visioconférence avec Ayman Safadi et José Manuel Albares.

    Cette réunion à distance, convoquée à l'initiative d'Ayman Safadi, portait sur la trêve à Gaza.
    """
    let events = Fixtures.extract(text, published: "2025-03-12")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "Ayman Safadi")
}

// "The call was initiated by X" marks the call X is named on, a talk among them, before a
// later-dated call that only has a party of X's country.
@Test func aLaterInitiatorMarksTheCallTheyAreNamedOn() {
    let text = """
    Live updates - Saturday, March 15, 2025

    01:12 - Blinken speaks with Safadi
    Antony Blinken held a call with Ayman Safadi on Lebanon, his office said.

    FRIDAY, MARCH 14

    23:35 - Bourita, Rubio discuss Gaza
    Nasser Bourita said he spoke with Marco Rubio about the Gaza ceasefire. The call was initiated by Rubio, Bourita's office said later.
    """
    let events = Fixtures.extract(text, published: "2025-03-15")
    let bourita = events.first { Fixtures.names($0).contains("Nasser Bourita") }
    #expect(Fixtures.caller(bourita) == "Marco Rubio")
    #expect(Fixtures.caller(events.first { Fixtures.names($0).contains("Ayman Safadi") }) == nil)
}

// "el llamado" (Latin American Spanish for the call) refers back to the call: its requester
// placed it. "el llamado a la calma" is an appeal.
@Test func elLlamadoRefersBackToTheCall() {
    let text = "José Manuel Albares conversó el martes por teléfono con Nasser Bourita. Según fuentes diplomáticas, el llamado se hizo a pedido de Rabat."
    let events = Fixtures.extract(text, published: "2024-06-13")
    #expect(events.map(Fixtures.names) == [["José Manuel Albares", "Nasser Bourita"]])
    #expect(Fixtures.caller(events.first) == "Nasser Bourita")
}
