import Testing
@testable import HotlineExtract

// Who asked for the call placed it: "Sollicité par X, qui avait demandé cet échange, Y a eu avec
// lui une conversation téléphonique", "se hizo a propuesta de Madrid", "Fue el propio X quien
// telefoneó".

@Test(arguments: [
    ("Sollicité par le ministre jordanien, M. Ayman Safadi, M. Bourita s'est entretenu lundi avec lui au téléphone.", "fr", "Ayman Safadi"),
    ("Nasser Bourita a eu lundi une conversation téléphonique avec Ayman Safadi, qui avait demandé cet échange.", "fr", "Ayman Safadi"),
    ("La conversación telefónica del lunes entre Albares y Bourita tuvo lugar a propuesta de Madrid, indicó el ministerio.", "es", "José Manuel Albares"),
    ("Nasser Bourita habló el lunes por teléfono con Ayman Safadi. Según Amán, fue Safadi quien telefoneó.", "es", "Ayman Safadi"),
])
func theRequestingPartyPlacedTheCall(text: String, language: String, caller: String) {
    let events = Fixtures.extract(text, published: "2024-07-02", language: language)
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == caller)
}

// (guard: a proposal about something else names no caller)
@Test func aProposalOfAnotherMatterNamesNoCaller() {
    let events = Fixtures.extract(
        "Albares y Bourita hablaron por teléfono el lunes acerca del plan elaborado a propuesta de la Comisión.",
        published: "2024-07-02", language: "es")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == nil)
}

// "Fue el propio X quien telefoneó a ambos dirigentes": X placed each of the calls the report
// before told of.
@Test(arguments: [
    "El miércoles Nasser Bourita tuvo sendas llamadas con José Manuel Albares y con Ayman Safadi. Según Rabat, fue Bourita quien telefoneó a ambos dirigentes.",
    "El miércoles Nasser Bourita tuvo sendas llamadas con José Manuel Albares y con Ayman Safadi. Según Rabat, fue Bourita quien hizo ambas llamadas.",
])
func theCallerOfBothPlacedEachCall(text: String) {
    let events = Fixtures.extract(text, published: "2025-05-01", language: "es")
    #expect(events.count == 2)
    #expect(events.map(Fixtures.caller) == ["Nasser Bourita", "Nasser Bourita"])
}
