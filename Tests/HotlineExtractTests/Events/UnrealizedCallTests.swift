import Testing
@testable import HotlineExtract

// Calls that did not take place: cancelled, postponed, requested, attempted.

@Test(arguments: [
    "The phone call between Emmanuel Macron and Nasser Bourita was cancelled at the last minute.",
    "Emmanuel Macron requested a phone call with Nasser Bourita, officials said.",
    "Emmanuel Macron tried to call Nasser Bourita on Monday but could not reach him.",
    "L'entretien téléphonique entre Emmanuel Macron et Nasser Bourita a été reporté.",
    "Emmanuel Macron a sollicité un entretien téléphonique avec Nasser Bourita.",
    "La llamada entre José Manuel Albares y Nasser Bourita fue cancelada.",
    "José Manuel Albares solicitó una llamada con Nasser Bourita.",
    // (an adverb or another tense between the request and its object)
    "José Manuel Albares solicitó oficialmente una conversación telefónica con Nasser Bourita el lunes.",
    "Los asesores de José Manuel Albares ya solicitaron una llamada con Nasser Bourita.",
    "Les services d'Emmanuel Macron ont demandé un entretien téléphonique avec Nasser Bourita.",
    "وتم تأجيل الاتصال الهاتفي بين أيمن الصفدي وناصر بوريطة.",
])
func aCallThatDidNotTakePlaceIsNotACall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-03-07").isEmpty)
}

@Test(arguments: [
    "Emmanuel Macron spoke by phone with Nasser Bourita on Monday after the Rabat summit was postponed.",
    "Emmanuel Macron spoke by phone with Nasser Bourita, who had requested the call.",
])
func anotherEventsCancellationKeepsTheCall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-03-07").map(Fixtures.names) == [["Emmanuel Macron", "Nasser Bourita"]])
}

@Test func aPostponedEventNamedAfterTheCallKeepsIt() {
    let events = Fixtures.extract("Emmanuel Macron held a phone call with Nasser Bourita about the postponed summit.", published: "2024-03-07")
    #expect(events.map(Fixtures.names) == [["Emmanuel Macron", "Nasser Bourita"]])
}

// The predicate of a call noun runs past a relative clause between commas, also after a
// possessive name: "X's phone call with Y, which ..., never took place".
@Test(arguments: [
    "Antony Blinken's phone call with Nasser Bourita, which Madrid had welcomed, never took place.",
    "L'entretien téléphonique entre Antony Blinken et Nasser Bourita, que Madrid avait salué, n'a jamais eu lieu.",
])
func aCallThatNeverTookPlaceAfterARelativeClauseIsNoCall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-06-12").isEmpty)
}
