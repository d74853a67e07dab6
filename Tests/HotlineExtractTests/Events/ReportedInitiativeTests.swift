import Testing
@testable import HotlineExtract

// The initiative told in a reported clause after the call ("Un conseiller a indiqué que
// l'échange avait eu lieu à l'initiative de Y", "An aide said that ...", "Un asesor afirmó que
// ..."): Y placed the call just reported. (The bundled knowledge base.)

private let haitianCall = [
    "fr": "Le Premier ministre haïtien Alix Didier Fils-Aimé a eu mercredi un entretien téléphonique avec Luis Abinader, président de la République dominicaine.",
    "en": "Haitian Prime Minister Alix Didier Fils-Aimé spoke by phone on Wednesday with Dominican President Luis Abinader.",
    "es": "El primer ministro haitiano Alix Didier Fils-Aimé conversó el miércoles por teléfono con el presidente dominicano Luis Abinader.",
]

@Test(arguments: [
    ("fr", "Un collaborateur de la Primature a précisé que la conversation s'était tenue à l'initiative du chef du gouvernement haïtien.", "Alix Didier Fils-Aimé"),
    ("fr", "Un diplomate a précisé que la conversation s'était tenue à l'initiative du président dominicain.", "Luis Abinader"),
    ("en", "An adviser to the prime minister said that the exchange had taken place at the initiative of the head of the Haitian government.", "Alix Didier Fils-Aimé"),
])
func aReportedClauseTellsWhoPlacedTheCall(language: String, report: String, caller: String) {
    let events = Fixtures.extractBundled(haitianCall[language]! + " " + report, published: "2025-02-13")
    #expect(events.map(Fixtures.names) == [["Alix Didier Fils-Aimé", "Luis Abinader"]])
    #expect(Fixtures.caller(events.first) == caller)
    #expect(events.first?.date == Fixtures.day("2025-02-12"))
}

// (guard: a reported "at the request of", and the Spanish "a iniciativa de", were read already)
@Test(arguments: [
    ("en", "An aide said that the call was held at the request of the Haitian prime minister.", "Alix Didier Fils-Aimé"),
    ("en", "An aide said that the call was held at the request of the Dominican president.", "Luis Abinader"),
    ("es", "Un asesor del primer ministro afirmó que la llamada se realizó a iniciativa del jefe del gobierno haitiano.", "Alix Didier Fils-Aimé"),
])
func aReportedRequestTellsWhoPlacedTheCall(language: String, report: String, caller: String) {
    let events = Fixtures.extractBundled(haitianCall[language]! + " " + report, published: "2025-02-13")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == caller)
}
