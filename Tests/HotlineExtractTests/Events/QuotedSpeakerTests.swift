import Testing
@testable import HotlineExtract

// A call told in the first person in a quote that closes in the next sentence is its speaker's:
// the party named right after the closing quote, next to a reporting verb.

@Test(arguments: [
    "\"I spoke this morning with Foreign Minister Nasser Bourita and asked for calm on the border. Talks remain the only way ahead,\" Antony Blinken posted.",
    "\"Hablé por teléfono esta mañana con el ministro Nasser Bourita sobre la frontera. El diálogo es el único camino,\" escribió Antony Blinken.",
])
func aFirstPersonQuoteClosingInTheNextSentenceIsItsSpeakers(text: String) {
    let events = Fixtures.extract(text, published: "2023-03-08")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Antony Blinken", "Nasser Bourita"])
    #expect(events.first?.date == Fixtures.day("2023-03-08"))
}

@Test func aQuoteWithoutTheFirstPersonTakesNoSpeaker() {
    // (the spokesman tells of his minister's call: he is not on it)
    let events = Fixtures.extract("""
        "The minister spoke this morning with Nasser Bourita about the border. Talks remain the only way ahead," Ned Price told reporters.
        """, published: "2023-03-08")
    #expect(!events.contains { Fixtures.names($0).contains("Ned Price") })
}
