import Testing
@testable import HotlineExtract

// Hijri dates convert on the Umm al-Qura calendar; a year-less Hijri day is the latest such day on
// or before the reference day.

@Test(arguments: [
    (1442, 10, 5, "2021-05-17"),    // 5 Shawwal 1442
    (1442, 10, 6, "2021-05-18"),
    (1446, 8, 15, "2025-02-14"),    // 15 Sha'ban 1446
])
func aHijriDateConvertsToItsGregorianDay(year: Int, month: Int, day: Int, iso: String) {
    #expect(HijriCalendar.gregorian(year: year, month: month, day: day) == Fixtures.day(iso))
}

@Test func anImpossibleHijriDateConvertsToNothing() {
    #expect(HijriCalendar.gregorian(year: 1446, month: 13, day: 1) == nil)
    #expect(HijriCalendar.gregorian(year: 1446, month: 8, day: 31) == nil)
}

@Test func aYearlessHijriDayIsTheLatestOnOrBeforeTheReference() {
    #expect(HijriCalendar.latest(month: 10, day: 5, onOrBefore: Fixtures.day("2021-05-20")) == Fixtures.day("2021-05-17"))
    #expect(HijriCalendar.latest(month: 10, day: 5, onOrBefore: Fixtures.day("2021-05-17")) == Fixtures.day("2021-05-17"))
    // (before this year's 5 Shawwal: last year's)
    #expect(HijriCalendar.latest(month: 10, day: 5, onOrBefore: Fixtures.day("2021-05-16")) == HijriCalendar.gregorian(year: 1441, month: 10, day: 5))
}
