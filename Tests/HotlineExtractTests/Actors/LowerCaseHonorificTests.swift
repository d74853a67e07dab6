import Testing
@testable import HotlineExtract

/// `lowerCaseHonorifics` ("don", "dona"): an honorific only when written in lower case. A
/// capitalised "Don" is a given name ("Trade Minister Don Farrell" keeps "Don Farrell"), while
/// "don Pedro Sánchez" still skips the honorific. (The bundled knowledge base.)
@Suite struct LowerCaseHonorificTests {
    @Test(arguments: [
        "Trade Minister Don Harwood held a video call on Tuesday with Moroccan Foreign Minister Nasser Bourita.",
        "Le ministre du Commerce Don Harwood a eu mardi un entretien téléphonique avec Nasser Bourita.",
    ])
    func aCapitalisedDonIsAGivenName(text: String) {
        let events = Fixtures.extractBundled(text, published: "2024-05-15")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Don Harwood", "Nasser Bourita"])
        #expect(events.first?.date == Fixtures.day("2024-05-14"))
    }

    @Test func donFarrellIsTheAustralianTradeMinister() {
        let events = Fixtures.extractBundled("Trade Minister Don Farrell held a phone call on Tuesday with Moroccan Foreign Minister Nasser Bourita.",
                                             published: "2024-05-15")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Don Farrell", "Nasser Bourita"])
        let farrell = events.first?.participants.first { $0.name == "Don Farrell" }
        #expect(farrell?.country == "AU")
        #expect(farrell?.role == "Minister for Trade and Tourism")
    }

    // (guard: the lower-case honorific is still skipped before a name)
    @Test(arguments: [
        ("El rey Mohammed VI mantuvo el martes una conversación telefónica con el presidente del Gobierno español, don Pedro Sánchez.",
         ["Mohammed VI", "Pedro Sánchez"]),
        ("El ministro de Comercio, don Rafael Quintero, habló el martes por teléfono con Nasser Bourita.",
         ["Rafael Quintero", "Nasser Bourita"]),
    ])
    func aLowerCaseDonIsStillSkipped(text: String, names: [String]) {
        let events = Fixtures.extractBundled(text, published: "2024-05-15")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == Set(names))
    }
}
