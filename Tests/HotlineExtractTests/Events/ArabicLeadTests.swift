import Testing
@testable import HotlineExtract

// Arabic agency stories whose headline reports several calls of one minister named by office,
// and whose only date is the dateline (Hijri and Gregorian).

@Test func aHeadlineWithSeveralCallsSplitsIntoOnePerCounterpart() {
    let events = Fixtures.extract("""
        وزير الخارجية يتلقى اتصالا هاتفيا من وزير الخارجية الأردني ويجري اتصالا بوزير الخارجية الإسباني

        الرباط 12 شعبان 1444 هـ الموافق 4 مارس 2023 م

        تلقى السيد ناصر بوريطة وزير الخارجية، اتصالا هاتفيا، من وزير الخارجية الأردني أيمن الصفدي.

        وجرى خلال الاتصال بحث العلاقات الثنائية.

        كما أجرى سموه اتصالا هاتفيا، بوزير الخارجية الإسباني خوسيه مانويل ألباريس.
        """, published: "2023-03-05")
    #expect(Set(events.map(Fixtures.names)) == [["Nasser Bourita", "Ayman Safadi"], ["Nasser Bourita", "José Manuel Albares"]])
    #expect(events.allSatisfy { $0.date == Fixtures.day("2023-03-04") })
}

@Test func aGregorianDateWithTheEraLetterIsFullyDated() {
    let events = Fixtures.extract("تلقى ناصر بوريطة، يوم الأحد الموافق 19 فبراير 2023م، اتصالا هاتفيا من أيمن الصفدي.")
    #expect(events.first?.date == Fixtures.day("2023-02-19"))
}

@Test func aPageRepeatingTheTitleReadsTheRepeatAsAHeadlineToo() {
    let headline = "وزير الخارجية يتلقى اتصالا هاتفيا من وزير الخارجية الأردني ويجري اتصالا بوزير الخارجية الإسباني"
    let text = """
        وكالة الأنباء

        \(headline)

        تلقى السيد ناصر بوريطة وزير الخارجية، اتصالا هاتفيا، من وزير الخارجية الأردني أيمن الصفدي.

        وجرى خلال الاتصال بحث العلاقات الثنائية.

        كما أجرى سموه اتصالا هاتفيا، بوزير الخارجية الإسباني خوسيه مانويل ألباريس.
        """
    let events = Fixtures.extractor.extract(Article(text: text, title: headline, publishedAt: Fixtures.day("2023-03-05"))).events
    #expect(Set(events.map(Fixtures.names)) == [["Nasser Bourita", "Ayman Safadi"], ["Nasser Bourita", "José Manuel Albares"]])
}
