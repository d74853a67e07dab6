import Testing
@testable import HotlineExtract

// "X spent much of Tuesday on the telephone with regional counterparts": call words on one day
// that give no call date the calls of X the next sentence reports, a photo caption between them.
@Test func aDayOnThePhoneDatesTheCallsReportedNext() {
    let events = Fixtures.extract("""
        Foreign Minister Nasser Bourita spent much of Tuesday on the telephone with regional counterparts.

        [Picture: the ministry in Rabat]

        Bourita first telephoned Jordan's Ayman Safadi. Later in the day, Spain's José Manuel Albares rang Bourita.
        """, published: "2025-01-30")
    #expect(events.count == 2)
    #expect(events.allSatisfy { $0.date == Fixtures.day("2025-01-28") })
}

// "X met Y on Monday. Later that evening, he spoke by phone with Z": the evening of the day the
// story last named.
@Test(arguments: ["Later that evening,", "That night"])
func laterThatEveningIsTheDayLastNamed(phrase: String) {
    let events = Fixtures.extract("""
        Emmanuel Macron met José Manuel Albares on Monday. \(phrase) he spoke by phone with Nasser Bourita.
        """, published: "2024-03-20")
    #expect(events.count == 1)
    #expect(events.first?.date == Fixtures.day("2024-03-18"))
}
