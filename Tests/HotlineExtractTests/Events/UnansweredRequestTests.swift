import Testing
@testable import HotlineExtract

/// `unrealizedAfter`: requests for a call that "had gone unanswered", "were left unanswered",
/// "sont restées sans réponse", "quedaron sin respuesta" report no call.
@Suite struct UnansweredRequestTests {
    @Test(arguments: [
        "Nasser Bourita said his requests for a phone call with Ayman Safadi had gone unanswered.",
        "Nasser Bourita said his requests for a phone call with Ayman Safadi were left unanswered.",
        "Nasser Bourita a indiqué que ses demandes d'entretien téléphonique avec Ayman Safadi sont restées sans réponse.",
        "Nasser Bourita afirmó que sus peticiones de una conversación telefónica con Ayman Safadi quedaron sin respuesta.",
    ])
    func anUnansweredRequestIsNoCall(text: String) {
        #expect(Fixtures.extract(text, published: "2024-05-15").isEmpty)
    }

    // (guard: a granted request that led to a call still reports it)
    @Test func aGrantedRequestIsACall() {
        let events = Fixtures.extract("Nasser Bourita said his request for a phone call with Ayman Safadi had been granted, and the two spoke on Monday.",
                                      published: "2024-05-15")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Ayman Safadi"])
        #expect(events.first?.date == Fixtures.day("2024-05-13"))
    }
}
