import Testing
@testable import HotlineExtract

// The day a story was filed, from a short line of place, date and agency; a publication line
// (with a time of day) is not one.

private func dateline(_ text: String, published: String?) -> EventDate? {
    let story = Story(paragraphs: text.components(separatedBy: "\n\n"), language: nil)
    return DateFinder(indexes: Fixtures.resources.indexes).dateline(of: story, publishedAt: published.map(Fixtures.day))?.date
}

@Test(arguments: [
    ("Rabat, May 3 (MAP). Nasser Bourita received a phone call from Ayman Safadi.", "2023-05-04", "2023-05-03"),
    ("الرباط 12 شعبان 1444 هـ الموافق 4 مارس 2023 م\n\nتلقى ناصر بوريطة اتصالا هاتفيا من أيمن الصفدي.", nil as String?, "2023-03-04"),
])
func aPlaceAndDateLineIsTheDateline(text: String, published: String?, iso: String) {
    #expect(dateline(text, published: published) == Fixtures.day(iso))
}

@Test func aPublicationLineWithATimeIsNoDateline() {
    #expect(dateline("News | Wednesday, 3 May 2023 | 11:42 AM\n\nNasser Bourita received a phone call from Ayman Safadi.", published: nil) == nil)
}

@Test func aDatelineDatesAnUndatedCall() {
    let events = Fixtures.extract("Rabat, May 3 (MAP). Nasser Bourita received a phone call from Ayman Safadi.", published: "2023-05-04")
    #expect(events.first?.date == Fixtures.day("2023-05-03"))
}

@Test(arguments: [
    "Emmanuel Macron s'est entretenu hier mercredi 1er mars par téléphone avec le roi Mohammed VI.",
    "El presidente Emmanuel Macron habló ayer miércoles 1 de marzo por teléfono con el rey Mohammed VI.",
    "Emmanuel Macron held a phone call yesterday (Wednesday, March 1) with King Mohammed VI.",
])
func aRelativeDaySpelledOutAsADateTakesTheDate(text: String) {
    // published two days later: "yesterday" alone would say March 2
    #expect(Fixtures.extract(text, published: "2023-03-03").first?.date == Fixtures.day("2023-03-01"))
}

// A line holding only a date is the dateline below a cookie notice and section labels too.
@Test func aDateOnlyLineBelowPageFurnitureIsTheDateline() {
    let text = """
    Blinken and Bourita discuss the partnership
    We use cookies on this site. By continuing you accept them.
    Accept | Settings | Privacy | Help
    NEWS
    STATEMENTS
    MEDIA NOTE
    MARCH 6, 2023

    Antony Blinken held a call today with Nasser Bourita, Morocco's foreign minister.
    """
    #expect(Fixtures.extract(text, published: "2023-03-07").first?.date == Fixtures.day("2023-03-06"))
}

// A dateline whose date the agency's name in brackets closes, with no dash, below page
// furniture: "La Habana, 3 dic (Prensa Latina) El presidente ...".
@Test func aDateClosedByABracketedAgencyIsTheDateline() {
    let furniture = (1...6).map { "Sección \($0) | Portada | Mundo" }.joined(separator: "\n\n")
    let text = furniture + "\n\nMadrid, 3 dic (Agencia Ibérica) El ministro José Manuel Albares conversó por teléfono con Nasser Bourita."
    #expect(dateline(text, published: "2024-12-04") == Fixtures.day("2024-12-03"))
    // (a bracket after a date in a body sentence is no dateline)
    #expect(dateline("El ministro dijo que el 3 de diciembre (martes) habló con Nasser Bourita.", published: "2024-12-04") == nil)
}

// "La veille", "en la víspera" in a story that dates nothing before them count back from the
// report's day; "la veille du sommet" is the eve of another event, undated here.
@Test(arguments: [
    ("Madrid, 3 dic (Agencia Ibérica) José Manuel Albares conversó por teléfono en la víspera con Nasser Bourita.", "2024-12-02" as String?),
    ("RABAT, 3 déc (MAP) - Nasser Bourita s'est entretenu la veille par téléphone avec José Manuel Albares.", "2024-12-02"),
    ("RABAT, 3 déc (MAP) - Nasser Bourita s'est entretenu par téléphone la veille du sommet avec José Manuel Albares.", nil),
])
func theDayBeforeCountsBackFromTheReport(text: String, iso: String?) {
    let events = Fixtures.extract(text, published: "2024-12-04")
    #expect(events.count == 1)
    #expect(events.first?.date == iso.map(Fixtures.day))
}

// "X met Y on Tuesday; they had spoken by phone the day before": the day before the sentence's
// other date.
@Test(arguments: [
    "Nasser Bourita a rencontré José Manuel Albares à Madrid mardi; les deux hommes s'étaient parlé au téléphone la veille.",
    "Nasser Bourita se reunió el martes en Madrid con José Manuel Albares; ambos habían hablado por teléfono la víspera.",
])
func theDayBeforeAnotherDateInItsSentence(text: String) {
    let events = Fixtures.extract(text, published: "2024-06-12")
    #expect(events.count == 1)
    #expect(events.first?.date == Fixtures.day("2024-06-10"))
}

// A place and date line may name the weekday: "La Moncloa, martes 11 de junio de 2024".
@Test func aPlaceDateLineWithAWeekdayIsTheDateline() {
    let text = "Nota de prensa\n\nLa Moncloa, martes 11 de junio de 2024\n\nJosé Manuel Albares ha mantenido hoy una conversación telefónica con Nasser Bourita."
    #expect(Fixtures.extract(text, published: "2024-06-12").first?.date == Fixtures.day("2024-06-11"))
}

// (below eleven lines: a title put above the page, a cookie notice, sections and a kicker)
@Test func aDateOnlyLineBelowElevenLinesIsTheDateline() {
    let furniture = ["Bourita and Safadi discuss the summit", "Morning Post — Rabat"]
        + (1...8).map { "Section \($0) | Home | World" } + ["LIVE — THE SUMMIT"]
    let text = (furniture + ["Wednesday, 15 January 2025", "Nasser Bourita spoke by phone with Ayman Safadi."]).joined(separator: "\n\n")
    #expect(dateline(text, published: "2025-01-16") == Fixtures.day("2025-01-15"))
}

// (a page's date-only line gives way to a place's dateline a few lines below it; a line of a
// weekday, a date and a city after it is the page's date, not a place's dateline)
@Test func aPlaceDatelineBelowThePagesDateWins() {
    let page = "THE RABAT LEDGER\n\nFriday, May 9, 2025 | Casablanca\n\nNATIONAL\n\nBourita works the phones\n\nOur Correspondent\n\nRABAT, May 8\n\nNasser Bourita received a phone call from Ayman Safadi."
    #expect(dateline(page, published: "2025-05-09") == Fixtures.day("2025-05-08"))
    #expect(dateline("Friday, May 9, 2025 | Casablanca\n\nNasser Bourita received a phone call from Ayman Safadi.", published: "2025-05-09") == nil)
}

// A date line with its time of day under the headline ("7 May 2025 - 16:40") is the date above
// the article: an undated call of the article took place that day.
@Test func aDateLineWithItsTimeDatesTheArticle() {
    let text = """
    Kingdom of Morocco
    Ministry of Foreign Affairs
    Official website
    Nasser Bourita held a phone conversation with Ayman Safadi
    7 May 2025 - 16:40
    Morocco's top diplomat, Nasser Bourita, held a telephone conversation with Ayman Safadi of Jordan.
    They discussed Gaza.
    """
    let events = Fixtures.extract(text, published: "2025-05-09")
    #expect(events.map { $0.date?.iso } == ["2025-05-07"])
}
