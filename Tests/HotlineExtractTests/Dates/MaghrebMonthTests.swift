import Testing
@testable import HotlineExtract

// Moroccan and Algerian papers name the months their own way ("نونبر", "جوان", "غشت"): a call dated
// by such a month and a year takes that month.

@Test(arguments: [
    ("ففي نونبر 2022، أجرى ناصر بوريطة اتصالا هاتفيا مع أيمن الصفدي.", "2022-11"),
    ("وفي جوان 2024، أجرى ناصر بوريطة اتصالا هاتفيا مع أيمن الصفدي.", "2024-06"),
    ("وفي غشت 2023، أجرى ناصر بوريطة اتصالا هاتفيا مع أيمن الصفدي.", "2023-08"),
    ("أجرى ناصر بوريطة يوم 12 دجنبر 2023 اتصالا هاتفيا مع أيمن الصفدي.", "2023-12-12"),
])
func aMaghrebMonthDatesTheCall(text: String, date: String) {
    let events = Fixtures.extract(text, published: "2024-10-25")
    #expect(events.map { $0.date?.iso } == [date])
}

// (guard: "ماي" in a name is no month: Theresa May's call has no date here)
@Test func aNameLikeAMonthDatesNothing() {
    let events = Fixtures.extractBundled("اتصلت تيريزا ماي هاتفيا بالعاهل المغربي محمد السادس وبحثت معه التعاون بين البلدين.", published: "2019-05-20")
    #expect(events.count == 1)
    #expect(events.first?.date == nil)
}
