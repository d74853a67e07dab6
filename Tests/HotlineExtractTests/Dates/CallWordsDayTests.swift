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

// "phoned A on July 25 and later that evening held phone talks with B": the evening of the day
// the story last named.
@Test(arguments: ["later that evening", "that same evening"])
func laterThatEveningIsTheDayLastNamed(phrase: String) {
    let events = Fixtures.extract("""
        Foreign Minister Nasser Bourita phoned Jordan's Ayman Safadi on July 25 and \(phrase) held phone talks with Spain's José Manuel Albares.
        """, published: "2025-07-27")
    #expect(events.count == 2)
    #expect(events.allSatisfy { $0.date == Fixtures.day("2025-07-25") })
}
