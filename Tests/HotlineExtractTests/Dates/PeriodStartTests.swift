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

// "Ce jour-là", "that day": the last full date the story gave, even one that dated no call.
@Test(arguments: [
    ("On 3 March 2021, parliament passed a water law. That day, Nasser Bourita spoke by phone with Ayman Safadi about the drought.", "en"),
    ("Le 3 mars 2021, le parlement a voté une loi sur l'eau. Ce jour-là, Nasser Bourita s'est entretenu par téléphone avec Ayman Safadi de la sécheresse.", "fr"),
    ("El 3 de marzo de 2021 el parlamento aprobó una ley del agua. Ese día, Nasser Bourita conversó por teléfono con Ayman Safadi sobre la sequía.", "es"),
    ("في 3 مارس 2021 أقر البرلمان قانونا للمياه. وفي ذلك اليوم أجرى ناصر بوريطة اتصالا هاتفيا مع أيمن الصفدي حول الجفاف.", "ar"),
])
func thatDayIsTheLastDateTheStoryGave(text: String, language: String) {
    let events = Fixtures.extract(text, published: "2024-01-10")
    #expect(events.map(\.date) == [Fixtures.day("2021-03-03")])
}
