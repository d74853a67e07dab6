import Testing
@testable import HotlineExtract

// French cleft initiatives after a call ("C'est le ministre marocain qui avait pris l'initiative
// de l'échange", "C'est X qui avait pris l'initiative"): the party the cleft
// names placed the call; the call's date and parties stay as the report gave them.
// (The bundled knowledge base.)

private let call = "Nasser Bourita s'est entretenu mardi par téléphone avec son homologue espagnol José Manuel Albares. "

@Test(arguments: [
    ("Selon Rabat, c'est le chef de la diplomatie du Royaume qui avait pris l'initiative de cet appel.", "Nasser Bourita"),
    ("C'est le ministre espagnol qui avait pris l'initiative de cette conversation.", "José Manuel Albares"),
    ("C'est Albares qui avait pris l'initiative.", "José Manuel Albares"),
    ("C'est Bourita qui avait pris l'initiative de la conversation.", "Nasser Bourita"),
])
func aCleftInitiativeNamesTheCaller(cleft: String, caller: String) {
    let events = Fixtures.extractBundled(call + cleft, published: "2023-05-10")
    #expect(events.count == 1)
    #expect(events.first?.participants.map(\.name) == ["Nasser Bourita", "José Manuel Albares"])
    #expect(events.first?.participants.count == 2)
    #expect(Fixtures.caller(events.first) == caller)
    #expect(events.first?.date == Fixtures.day("2023-05-09"))
}

// (guard: the present-perfect cleft of the video conference was read before)
@Test func aPresentPerfectCleftInitiativeNamesTheCaller() {
    let events = Fixtures.extractBundled(call + "C'est le ministre espagnol qui a pris l'initiative de la visioconférence.", published: "2023-05-10")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "José Manuel Albares")
}

// (guard: without a cleft the call has no initiator)
@Test func withoutACleftTheCallHasNoInitiator() {
    let events = Fixtures.extractBundled(call + "Les deux ministres ont évoqué la coopération migratoire.", published: "2023-05-10")
    #expect(events.count == 1)
    #expect(events.first?.initiator == nil)
}
