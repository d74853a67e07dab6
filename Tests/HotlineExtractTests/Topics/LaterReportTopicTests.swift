import Testing
@testable import HotlineExtract

// A call a page names first in a list of key events, above the entries of another call, and
// reports again in its own entry further down: that later report opens a part of its own, whose
// context gives the call its topics.

@Test func aCallReportedAgainInItsEntryTakesThatEntrysTopics() {
    let text = """
    Live: the minister's day

    Key events
    - Bourita and Blinken speak about Gaza
    - Nasser Bourita spoke to José Manuel Albares yesterday

    7:42am
    Bourita and Blinken speak about Gaza

    Foreign Minister Nasser Bourita has confirmed he spoke with US Secretary of State Antony Blinken this morning about the ceasefire in Gaza.

    9:40am
    Bourita spoke to Albares on Monday

    Nasser Bourita says he spoke to his Spanish counterpart José Manuel Albares on Monday about migration and the new tariffs.
    """
    let events = Fixtures.extract(text, published: "2024-02-13")
    let albares = events.first { Fixtures.names($0).contains("José Manuel Albares") }
    #expect(events.count == 2)
    #expect(albares?.topics.contains { $0.id == "migration" } == true)
}
