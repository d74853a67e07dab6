import Testing
@testable import HotlineExtract

// A live page lists time-stamped entries of the day: a call one of them reports without a date
// took place on the day of publication. Elsewhere an undated call stays undated.

@Test(arguments: [
    ("18:15", true), ("9h30", true), ("10.05 GMT", true), ("07:40 am", true),
    ("2024", false), ("18:15 The minister left for Paris after talks.", false), ("Updated 18:15", false), ("1815", false),
])
func aTimeOfDayAloneIsAnEntryStamp(line: String, stamp: Bool) {
    #expect(Story.isTimeStamp(line) == stamp)
}

@Test(arguments: ["en", "ar"])
func anUndatedCallOnALivePageTakesThePublicationDay(language: String) {
    let text = language == "en"
        ? "Live: the latest on the Middle East\n\n19:50\nThe envoy left Amman for Cairo.\n\n18:15\nNasser Bourita received a phone call from Ayman Safadi on regional developments.\n\n16:40\nThe ministry issued a travel advisory."
        : "تغطية مباشرة لآخر التطورات\n\n19:50\nغادر المبعوث عمان متوجها إلى القاهرة.\n\n18:15\nتلقى ناصر بوريطة اتصالا هاتفيا من أيمن الصفدي تناول التطورات الإقليمية.\n\n16:40\nأصدرت الوزارة تنبيها للمسافرين."
    let events = Fixtures.extract(text, published: "2024-11-20")
    #expect(events.count == 1)
    #expect(events.first?.date == Fixtures.day("2024-11-20"))
}

@Test func anUndatedCallOnAnOrdinaryPageStaysUndated() {
    let text = "Regional diplomacy\n\nNasser Bourita received a phone call from Ayman Safadi on regional developments.\n\nThe ministry issued a travel advisory."
    let events = Fixtures.extract(text, published: "2024-11-20")
    #expect(events.count == 1)
    #expect(events.first?.date == nil)
}

@Test(arguments: ["22:15 — Bourita calls Safadi", "09h40 - Bilan", "7.05 | Latest", "22:15  Safadi: 'We are close to a deal'"])
func aTimeOfDayAndADashBeforeAHeadingIsAnEntryStamp(line: String) {
    #expect(Story.isTimeStamp(line))
}

// Under a day heading of a live page, "tonight" and "this morning" are that day's, not the
// publication day's.
@Test func aRelativeDayUnderADayHeadingCountsFromTheHeadingsDay() {
    let text = """
    Live updates: the ceasefire talks

    THURSDAY, MARCH 7

    09:10  Cabinet meets
    The cabinet met this morning to review the proposal.

    WEDNESDAY, MARCH 6

    23:40  Bourita thanks Safadi
    Nasser Bourita called Ayman Safadi tonight to thank him for Amman's mediation.

    21:05  Press conference
    The mediators gave a press conference in Cairo.
    """
    let events = Fixtures.extract(text, published: "2024-03-07")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2024-03-06")
}

// A talking verb of a new pair ("said he had spoken with") in a live page's time-stamped entry
// that reports no other call is that entry's call; in an ordinary story that reports a call,
// it stays an in-person talk (TalkTests).
@Test func aTalkInATimeStampedEntryOfItsOwnIsACall() {
    let text = """
    Live: regional diplomacy

    23:58  Bourita thanks Safadi
    Nasser Bourita called Ayman Safadi tonight to thank him for his help.

    22:14  Macron: 'A decisive step'
    At the Elysee, President Emmanuel Macron called the agreement decisive. Before his remarks, he said, he had spoken with Antony Blinken to coordinate the response.

    21:05  Press conference
    The mediators gave a press conference in Cairo.
    """
    let events = Fixtures.extract(text, published: "2024-03-07")
    #expect(events.count == 2)
    #expect(events.contains { Fixtures.names($0) == ["Emmanuel Macron", "Antony Blinken"] })
}

@Test func aLivePageOfHeadedEntriesDatesItsCallsAndEndsTheirTopicsAtTheNextEntry() {
    let text = """
    Live: regional diplomacy

    22:15 — Bourita on the phone with Safadi
    Nasser Bourita spoke by phone with Ayman Safadi about the refugee camps.

    20:40 — Energy talks in Rabat
    The energy ministry announced a new solar plant and talks on the energy transition.
    """
    let events = Fixtures.extract(text, published: "2024-11-20")
    #expect(events.count == 1)
    #expect(events.first?.date == Fixtures.day("2024-11-20"))
    #expect(events.first?.topics.contains { $0.id == "energy" } == false)
}

// A time-stamped entry is a report of its own: its call takes no day from a call an earlier
// entry, or the page's list of key events, dated.
@Test func anEntrysCallTakesNoDayFromAnEarlierEntrysCall() {
    let text = """
    Live: regional diplomacy, Wednesday 6 March

    Key events
    - Bourita and Safadi discuss the refugee camps
    - Readout of Tuesday's call between Macron and Blinken

    18:10
    Bourita-Safadi call "constructive"
    Nasser Bourita and Ayman Safadi held a phone call on Wednesday, the ministry said.

    16:40
    The ministry published its weekly briefing.
    """
    let events = Fixtures.extract(text, published: "2024-03-06")
    #expect(events.first { Fixtures.names($0) == ["Nasser Bourita", "Ayman Safadi"] }?.date?.iso == "2024-03-06")
}

// One day heading among a live page's time-stamped entries dates every entry below it; entries
// above it are of the day of publication.
@Test func aDayHeadingAmongLiveEntriesDatesTheEntriesBelowIt() {
    let text = """
    LIVEBLOG - Friday, November 15, 2024
    All times are local.

    01:12 - Bourita, Safadi talk Gaza
    Nasser Bourita received a phone call from Ayman Safadi on the Gaza ceasefire.

    THURSDAY, NOVEMBER 14

    23:35 - Albares, Blinken discuss Lebanon
    José Manuel Albares said he spoke by phone with Antony Blinken about Lebanon.

    21:15 - Budget vote
    The parliament adopted the budget.
    """
    let events = Fixtures.extract(text, published: "2024-11-15")
    let found = Dictionary(uniqueKeysWithValues: events.map { (Fixtures.names($0).sorted().joined(separator: "/"), $0.date?.iso ?? "") })
    #expect(found == ["Ayman Safadi/Nasser Bourita": "2024-11-15", "Antony Blinken/José Manuel Albares": "2024-11-14"])
}
