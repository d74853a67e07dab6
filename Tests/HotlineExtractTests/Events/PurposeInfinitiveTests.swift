import Testing
@testable import HotlineExtract

// A purpose infinitive after two named parties ("..., para presentarles el plan anunciado por
// el presidente D", "..., pour présenter le plan annoncé par le président D") ends the call's
// list of parties: D, named in what the call was for, is no party. Only in the languages with
// infinitive endings: English "to" keeps the party after it ("Special Envoy to Yemen").

@Test(arguments: [
    "José Manuel Albares habló el martes por teléfono con sus homólogos Nasser Bourita y Ayman Safadi, para presentarles el plan anunciado por el presidente Emmanuel Macron.",
    "José Manuel Albares s'est entretenu mardi par téléphone avec ses homologues Nasser Bourita et Ayman Safadi, pour présenter le plan annoncé par le président Emmanuel Macron.",
    // (an object clitic may stand before the infinitive)
    "José Manuel Albares s'est entretenu mardi par téléphone avec ses homologues Nasser Bourita et Ayman Safadi, pour leur présenter le plan annoncé par le président Emmanuel Macron.",
])
func aPurposeInfinitiveEndsThePartyList(text: String) {
    let events = Fixtures.extractBundled(text, published: "2024-05-17")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["José Manuel Albares", "Nasser Bourita", "Ayman Safadi"])
    #expect(events.first?.date == Fixtures.day("2024-05-14"))
    #expect(!events.contains { Fixtures.names($0).contains("Emmanuel Macron") })
}

// (guard: English "to" after the named parties does not end the list: the envoy is a party)
@Test(arguments: [
    ("Antony Blinken spoke by phone on Friday with Nasser Bourita and the UN Special Envoy to Yemen, Hans Grundberg, about shipping in the Red Sea.",
     ["Antony Blinken", "Nasser Bourita", "Hans Grundberg"]),
    ("Antony Blinken spoke by phone on Friday with Nasser Bourita, Ayman Safadi and the UN Special Envoy to Yemen, Hans Grundberg, about shipping in the Red Sea.",
     ["Antony Blinken", "Nasser Bourita", "Ayman Safadi", "Hans Grundberg"]),
])
func englishToKeepsTheEnvoy(text: String, parties: [String]) {
    let events = Fixtures.extractBundled(text, published: "2024-05-17")
    #expect(events.map(Fixtures.names) == [Set(parties)])
    #expect(events.first?.date == Fixtures.day("2024-05-17"))
}
