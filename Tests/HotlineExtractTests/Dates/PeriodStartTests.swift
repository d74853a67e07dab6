import Testing
@testable import HotlineExtract

// "since Sunday", "depuis lundi", "desde el domingo", "منذ الأحد": a period's start, which dates
// none of the calls held within it.

@Test(arguments: [
    ("Ayman Safadi has held phone calls with several ministers since Sunday, among them Nasser Bourita.", "en"),
    ("Depuis dimanche, Ayman Safadi a eu plusieurs entretiens téléphoniques avec des ministres, dont Nasser Bourita.", "fr"),
    ("Desde el domingo, Ayman Safadi ha mantenido conversaciones telefónicas con varios ministros, entre ellos Nasser Bourita.", "es"),
    ("أجرى أيمن الصفدي منذ الأحد اتصالات هاتفية مع عدد من الوزراء بينهم ناصر بوريطة.", "ar"),
])
func aDayThatStartsAPeriodDatesNoCall(text: String, language: String) {
    let events = Fixtures.extract(text, published: "2024-01-10")
    #expect(events.count == 1)
    #expect(events.first != nil && events.first?.date == nil)
}

@Test func aDayAfterSinceForAnotherEventLeavesTheCallsOwnDate() {
    let events = Fixtures.extract("Ayman Safadi spoke by phone with Nasser Bourita on Tuesday, their first call since Sunday's vote.", published: "2024-01-10")
    #expect(events.first?.date == Fixtures.day("2024-01-09"))
}
