import Testing
@testable import HotlineExtract

// A story counts several calls of one pair, then dates them one by one: "The first took place
// on Monday." names no one and has no call word, and its day dates the call the next sentence
// reports without a date of its own.

@Test(arguments: [
    """
    Antony Blinken and Nasser Bourita spoke twice by phone this week.

    The first took place on Monday. Blinken phoned Bourita to discuss the customs posts.

    On Thursday it was Bourita who called Blinken.
    """,
    """
    Esta semana hubo dos llamadas entre el jefe de la diplomacia española, José Manuel Albares, y Nasser Bourita.

    La primera tuvo lugar el lunes. Albares telefoneó a Bourita para abordar las aduanas.

    El jueves fue Albares quien recibió una llamada de Bourita.
    """,
])
func theFirstOfTheCallsCountedTakesTheDayGivenForIt(text: String) {
    // published on Saturday 2024-12-14: Monday is 2024-12-09, Thursday 2024-12-12
    let events = Fixtures.extract(text, published: "2024-12-14")
    #expect(events.map { $0.date?.iso ?? "-" }.sorted() == ["2024-12-09", "2024-12-12"])
}

@Test func aDayInASentenceNamingNoOneWithoutAnOrdinalDatesNoCall() {
    // (a date-only sentence about something else does not date the next call)
    let text = """
    The customs posts reopened on Monday. Antony Blinken phoned Nasser Bourita to discuss them.
    """
    let events = Fixtures.extract(text, published: "2024-12-14")
    #expect(events.map(Fixtures.names) == [["Antony Blinken", "Nasser Bourita"]])
    #expect(events.first?.date == nil)
}
