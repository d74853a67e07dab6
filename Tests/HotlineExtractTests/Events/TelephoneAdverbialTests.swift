import Testing
@testable import HotlineExtract

// "talked on the telephone" reports a call, so a meeting the story reports later does not make
// the talk a meeting.
@Test func aTalkOnTheTelephoneStaysACallBesideAMeeting() {
    let events = Fixtures.extractBundled("""
        Antony Blinken and Nasser Bourita talked on the telephone Friday morning, their first contact in weeks.

        Ayman Safadi met Blinken in Washington on Thursday.
        """, published: "2025-03-28")
    #expect(events.count == 1)
    #expect(events.first?.date == Fixtures.day("2025-03-28"))
}
