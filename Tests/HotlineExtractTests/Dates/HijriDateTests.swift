import Testing
@testable import HotlineExtract

// A Hijri month after a day number dates the call: with its year converted ("06 شوال 1442 هـ"),
// without one the latest such day on or before the reference ("يوم الاثنين 5 شوال"), never day 5 of
// the reference month. A Hijri date next to its Gregorian one ("... الموافق 18 مايو 2021 م",
// "14 mars 2024 | 3 Ramadan 1445") gives way to it: the text's Gregorian day wins, even where Umm
// al-Qura would say another.

private func days(_ text: String, _ lang: String, reference: String? = nil) -> [String?] {
    DateFinder(indexes: Fixtures.resources.indexes).cues(in: Tokenizer.tokenize(text), language: lang)
        .filter { c in if c.isVague { return false }; if case .weekday = c.value { return false }; return true }
        .map { $0.resolve(reference: reference.map(Fixtures.day), previous: nil)?.iso }
}

@Test func aYearlessHijriDayIsTheLatestSuchDay() {
    #expect(days("5 شوال", "ar", reference: "2021-05-30") == ["2021-05-17"])
    let cues = days("يوم الاثنين 5 شوال", "ar", reference: "2021-05-20")
    #expect(cues.contains("2021-05-17"))
    #expect(!cues.contains("2021-05-05"))
}

@Test func aYearlessHijriDayDatesTheCall() {
    let events = Fixtures.extract("أجرى ناصر بوريطة يوم الاثنين 5 شوال اتصالا هاتفيا مع أيمن الصفدي.", published: "2021-05-20")
    #expect(events.map { $0.date?.iso } == ["2021-05-17"])
}

@Test func aHijriDayWithItsYearConverts() {
    #expect(days("06 شوال 1442 هـ", "ar") == ["2021-05-18"])
    let events = Fixtures.extract("أجرى ناصر بوريطة في 06 شوال 1442 هـ اتصالا هاتفيا مع أيمن الصفدي.", published: "2021-05-25")
    #expect(events.map { $0.date?.iso } == ["2021-05-18"])
}

@Test func aHijriDateBeforeItsGregorianOneGivesWayToIt() {
    #expect(days("06 شوال 1442 هـ", "ar") == ["2021-05-18"])
    #expect(days("06 شوال 1442 هـ الموافق 18 مايو 2021 م", "ar") == ["2021-05-18"])
}

@Test func aHijriDateAfterItsGregorianOneGivesWayToIt() {
    // (Umm al-Qura makes 3 Ramadan 1445 the 13th of March; the page says the 14th)
    #expect(days("3 Ramadan 1445", "fr") == ["2024-03-13"])
    #expect(days("Jeudi 14 mars 2024 | 3 Ramadan 1445", "fr", reference: "2024-03-16") == ["2024-03-14"])
}

// (guard: a dateline whose Hijri date comes before its dash and the Gregorian one after it gives
// no Umm al-Qura day, the 13th, to "today")
@Test func aDatelineOfBothCalendarsGivesNoHijriDay() {
    let events = Fixtures.extract("""
        الرياض 13 رمضان 1446هـ - 14 مارس 2025م - أجرى ناصر بوريطة اليوم اتصالا هاتفيا مع أيمن الصفدي.
        """, published: "2025-03-14")
    #expect(events.map { $0.date?.iso } == ["2025-03-14"])
}

// (guard: nor does a Hijri date with its era word keep a place's dateline from its Gregorian day)
@Test func aDatelineOfBothCalendarsWithAnEraWordDatesTheCall() {
    let events = Fixtures.extract("""
        الرياض 13 رمضان 1446 هـ - 14 مارس 2025م

        أجرى ناصر بوريطة اليوم اتصالا هاتفيا مع أيمن الصفدي.
        """, published: "2025-03-16")
    #expect(events.map { $0.date?.iso } == ["2025-03-14"])
}
