import Testing
@testable import HotlineExtract

// "... after the call, which he had requested" (`initiatedBy`: "which he had requested",
// "qu'il avait sollicité", "que él había solicitado"): the party named last before the relative
// clause, here the speaker the sentence names by title, placed the call. (The bundled knowledge base.)

@Test(arguments: [
    """
    Hungary's top diplomat, Péter Szijjártó, phoned Nasser Bourita's office and the two spoke on Tuesday, Budapest said.

    The minister praised the talks on irrigation after the call, which he had requested.
    """,
    """
    Péter Szijjártó, chef de la diplomatie hongroise, a eu mardi Nasser Bourita au téléphone.

    Le ministre s'est dit satisfait de cet échange, qu'il avait sollicité.
    """,
    """
    Péter Szijjártó, jefe de la diplomacia húngara, conversó el martes por teléfono con Nasser Bourita.

    El ministro se mostró satisfecho con la llamada, que él había solicitado.
    """,
])
func theSubjectOfACallHeHadRequestedPlacedIt(text: String) {
    let events = Fixtures.extractBundled(text, published: "2024-11-20")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Péter Szijjártó", "Nasser Bourita"])
    #expect(Fixtures.caller(events.first) == "Péter Szijjártó")
}
