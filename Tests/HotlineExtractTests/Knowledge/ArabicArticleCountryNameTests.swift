import Testing
@testable import HotlineExtract

/// Arabic country names written with the article ("البيرو", "الشيلي", "البراغواي") name their country.
@Suite struct ArabicArticleCountryNameTests {
    @Test(arguments: [
        ("أجرى ناصر بوريطة، يوم الثلاثاء، اتصالا هاتفيا مع وزير خارجية البيرو.", "PE"),
        ("أجرى ناصر بوريطة، يوم الثلاثاء، اتصالا هاتفيا مع وزير خارجية الشيلي.", "CL"),
        ("أجرى ناصر بوريطة، يوم الثلاثاء، اتصالا هاتفيا مع وزير خارجية البراغواي.", "PY"),
        ("أجرى ناصر بوريطة، يوم الثلاثاء، اتصالا هاتفيا مع رئيس جمهورية الشيلي.", "CL"),
    ])
    func theTitlesCountryIsTheNamedOne(text: String, country: String) {
        let events = Fixtures.extractBundled(text, published: "2024-10-09")
        #expect(events.count == 1)
        #expect(events.first?.participants.count == 2)
        #expect(events.first?.participants.map(\.country) == ["MA", country])
        #expect(events.first?.date == Fixtures.day("2024-10-08"))
    }

    // (guard: "الباراغواي" already named Paraguay)
    @Test func paraguayWithItsLongSpellingIsParaguay() {
        let events = Fixtures.extractBundled("أجرى ناصر بوريطة، يوم الثلاثاء، اتصالا هاتفيا مع وزير خارجية الباراغواي.", published: "2024-10-09")
        #expect(events.first?.participants.map(\.country) == ["MA", "PY"])
    }
}
