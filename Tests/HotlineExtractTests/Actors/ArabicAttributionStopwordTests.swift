import Testing
@testable import HotlineExtract

/// Arabic stopwords "بحسب", "حسب", "وفقا", "نقلا", "بعد", ...: after a title with its country
/// and a comma ("الوزير السعودي،"), an attribution such as "بحسب بيان للوزارة،" is no name
/// of a person the knowledge base lacks. (The bundled knowledge base.)
@Suite struct ArabicAttributionStopwordTests {
    @Test func anAttributionAfterANamelessMinisterIsNoName() {
        let events = Fixtures.extractBundled("""
            تلقى وزير الخارجية الأردني أيمن الصفدي يوم الثلاثاء اتصالا هاتفيا من الوزير السعودي، بحسب بيان للوزارة، بحث خلاله الجانبان الأوضاع في غزة.
            """, published: "2024-05-15")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Ayman Safadi"])
        #expect(events.first?.participants.map(\.country) == ["JO", "SA"])
        #expect(Fixtures.caller(events.first) == nil)
    }

    @Test(arguments: [
        ("تلقى وزير الخارجية الأردني أيمن الصفدي يوم الثلاثاء اتصالا هاتفيا من وزير الخارجية المغربي، حسب بيان للوزارة، بحث خلاله الجانبان الأوضاع في غزة.",
         "Nasser Bourita"),
        ("أجرى وزير الخارجية المغربي ناصر بوريطة يوم الثلاثاء اتصالا هاتفيا مع وزير الخارجية السعودي، وفقا لبيان رسمي، تناول العلاقات الثنائية.",
         "Faisal bin Farhan Al Saud"),
    ])
    func theMinisterIsTheOfficeHolder(text: String, holder: String) {
        // (one call of two parties, the nameless minister being the office's holder that day)
        let calls = Fixtures.extractBundled(text, published: "2024-05-15").map { ($0.participants.count, Fixtures.names($0).contains(holder), $0.date) }
        #expect(calls.count == 1)
        #expect(calls.first.map { $0.0 == 2 && $0.1 && $0.2 == Fixtures.day("2024-05-14") } == true)
    }

    // (guard: a name set off by commas after such a title is still a person's)
    @Test func aNameAfterTheCommaIsStillRead() {
        let events = Fixtures.extractBundled("""
            أجرى وزير الخارجية المغربي ناصر بوريطة يوم الثلاثاء اتصالا هاتفيا مع وزير الزراعة المجري، إشتفان ناجي، تناول التعاون الزراعي.
            """, published: "2024-05-15")
        #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "István Nagy"])
        #expect(events.first?.participants.first { $0.name == "István Nagy" }?.country == "HU")
    }
}
