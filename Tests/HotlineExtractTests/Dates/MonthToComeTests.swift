import Testing
@testable import HotlineExtract

/// A month to come ("le 24 décembre prochain", "ديسمبر المقبل", "next March") is no date cue.
@Suite struct MonthToComeTests {
    private static func cues(_ text: String, _ language: String) -> [DateCue] {
        DateFinder(indexes: Fixtures.resources.indexes).cues(in: Tokenizer.tokenize(text), language: language)
    }

    @Test(arguments: [
        ("Les élections sont prévues le 24 décembre prochain.", "fr"),
        ("Les élections sont prévues en mars prochain.", "fr"),
        ("وبحث الوزيران الانتخابات العامة المقررة في ليبيا في الرابع والعشرين من ديسمبر المقبل.", "ar"),
        ("Las elecciones están previstas para el 24 de diciembre próximo.", "es"),
    ])
    func aMonthToComeIsNoCue(text: String, language: String) {
        #expect(Self.cues(text, language).isEmpty)
    }

    // (guard: "next March" gave no cue before either)
    @Test func nextMarchIsNoCue() {
        #expect(Self.cues("The elections are due next March.", "en").isEmpty)
    }

    // (guard: the same day after a month to come is the day of the call before)
    @Test func theSameDayAfterAMonthToComeIsTheCallsDay() {
        let events = Fixtures.extractBundled("""
            أجرى وزير الخارجية ناصر بوريطة، أمس الثلاثاء، اتصالا هاتفيا مع نظيره الأردني أيمن الصفدي.

            وأكد الوزيران دعمهما لإجراء الانتخابات العامة في ليبيا في الرابع والعشرين من ديسمبر المقبل.

            وفي اليوم نفسه، تلقى ناصر بوريطة اتصالا هاتفيا من وزير الخارجية الإسباني خوسيه مانويل ألباريس.
            """, published: "2021-11-10")
        #expect(events.count == 2)
        #expect(events.allSatisfy { $0.date == Fixtures.day("2021-11-09") })
        let spanish = events.first { Fixtures.names($0).contains("José Manuel Albares") }
        #expect(spanish.map(Fixtures.names) == ["Nasser Bourita", "José Manuel Albares"])
        #expect(Fixtures.caller(spanish) == "José Manuel Albares")
    }
}
