import Testing
@testable import HotlineExtract

// A date in a relative clause set off by commas before the call (", que debían entrar en vigor
// este martes,") dates what that clause tells of; the call takes the main clause's day. A
// relative clause on a person may go on to the call ("Albares, quien abordó en julio, en una
// conversación telefónica con X, ...").

@Test(arguments: [
    "Nasser Bourita y Ayman Safadi acordaron ayer aplazar las tarifas, que iban a aplicarse este martes, luego de una conversación telefónica.",
    "Nasser Bourita and Ayman Safadi agreed yesterday to delay the tariffs, which were to take effect on Tuesday, after a phone conversation.",
])
func aDateInAParentheticalClauseIsNotTheCalls(text: String) {
    let events = Fixtures.extract(text, published: "2025-03-04")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2025-03-03")
}

@Test func aRelativeClauseOnAPersonDatesTheCallItGoesOnTo() {
    let events = Fixtures.extract(
        "La gira fue preparada por José Manuel Albares, quien ya trató en julio, por teléfono y con Nasser Bourita, la cooperación policial.",
        published: "2025-09-10")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2025-07")
}

// A relative clause on a person closed by a comma ends there: the day after it dates the call
// ("de X, que encabeza el Gobierno jordano, el miércoles 22 de enero"); a clause on a thing
// still keeps its day ("about the summit that was held in Cairo on Tuesday").
@Test func aDayAfterAClosedClauseOnAPersonDatesTheCall() {
    let text = "Nasser Bourita recibió una llamada telefónica de Ayman Safadi, que dirige la diplomacia jordana, el miércoles 22 de enero, según un comunicado difundido este viernes."
    let events = Fixtures.extract(text, published: "2025-01-24")
    #expect(events.first?.date?.iso == "2025-01-22")
    #expect(Fixtures.caller(events.first) == "Ayman Safadi")
}

// (guard)
@Test func aDayInAClauseOnAThingIsNotTheCalls() {
    let text = "Nasser Bourita spoke by phone with Ayman Safadi about the summit that was held in Cairo on Tuesday."
    let events = Fixtures.extract(text, published: "2025-01-24")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso != "2025-01-21")
}
