import Testing
@testable import HotlineExtract

// A weekday with its day of the month after it ("el viernes 13", "vendredi 13", "on Friday the
// 13th") dates the call by that day, not by the latest such weekday; a month, a year or a clock
// time after the number leaves the weekday as it was.

@Test(arguments: [
    "José Manuel Albares habló por teléfono el viernes 13 con Nasser Bourita.",
    "Nasser Bourita a échangé au téléphone vendredi 13 avec José Manuel Albares.",
    "Nasser Bourita spoke by phone on Friday the 13th with José Manuel Albares.",
    "Nasser Bourita spoke by phone on Friday, the 13th, with José Manuel Albares.",
])
func aWeekdayWithItsDayNumber(text: String) {
    // published on Sunday 2024-09-22: the latest Friday is the 20th, the 13th a week before
    #expect(Fixtures.extract(text, published: "2024-09-22").map { $0.date?.iso } == ["2024-09-13"])
}

@Test(arguments: [
    ("Nasser Bourita spoke by phone on Friday 10 am with José Manuel Albares.", "2024-09-20"),
    ("Nasser Bourita a échangé au téléphone vendredi 13 septembre avec José Manuel Albares.", "2024-09-13"),
    ("José Manuel Albares habló por teléfono el viernes 20 de septiembre con Nasser Bourita.", "2024-09-20"),
])
func aClockTimeOrAMonthAfterTheNumber(text: String, date: String) {
    // (guard: these read as before)
    #expect(Fixtures.extract(text, published: "2024-09-22").map { $0.date?.iso } == [date])
}

// ("الأربعاء 16 ذو القعدة 1446 هـ": a month of another calendar and its year follow the number,
// so the Gregorian date given beside it dates the call)
@Test func aWeekdaysNumberBeforeAnotherCalendarsYearIsNoDay() {
    let text = "أجرى ناصر بوريطة اتصالا هاتفيا مع أيمن الصفدي يوم الأربعاء 16 ذو القعدة 1446 هـ الموافق 14 مايو 2025 م."
    #expect(Fixtures.extract(text, published: "2025-05-16").map { $0.date?.iso } == ["2025-05-14"])
}
