import Testing
@testable import HotlineExtract

/// An Arabic ministry's name going on with the conjunction after any minister's title ("وزير
/// الخارجية والتعاون الدولي الإيطالي أنطونيو تاياني") is one mention, of the country after it: no
/// bare "وزير الخارجية" is left to take the story's other foreign minister as a third party.
/// (The bundled knowledge base.)
@Suite struct ArabicMinistryConjunctionTests {
    @Test(arguments: [
        ("""
         استقبل وزير الخارجية المغربي ناصر بوريطة نظيره الموريتاني يوم الاثنين. وتلقى وزير الخارجية الأردني أيمن الصفدي يوم الثلاثاء \
         اتصالا من وزير الخارجية والتعاون الدولي الإيطالي أنطونيو تاياني.
         """, "2023-05-20", "Antonio Tajani", "2023-05-16"),
        ("""
         استقبل وزير الخارجية المغربي ناصر بوريطة نظيره الموريتاني يوم الاثنين. وبحث وزير الخارجية الأردني أيمن الصفدي يوم الثلاثاء في \
         اتصال هاتفي مع وزير الخارجية والتعاون الدولي الإيطالي أنطونيو تاياني الأوضاع في ليبيا.
         """, "2025-03-12", "Antonio Tajani", "2025-03-11"),
    ])
    func theLongMinistryNamesOneMinister(text: String, published: String, minister: String, day: String) {
        let events = Fixtures.extractBundled(text, published: published)
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Ayman Safadi", minister])
        #expect(events.first?.participants.first { $0.name == minister }?.country == "IT")
        #expect(events.first?.date == Fixtures.day(day))
    }

    @Test func theNamelessMinisterIsTheCountrysHolder() {
        let events = Fixtures.extractBundled("""
            بحث وزير الخارجية الأردني أيمن الصفدي يوم الثلاثاء في اتصال هاتفي مع وزير الخارجية والتعاون الدولي الإيطالي الأوضاع في ليبيا.
            """, published: "2022-03-20")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Ayman Safadi", "Luigi Di Maio"])
    }

    // (guard: a ministry's name without the conjunction already named its minister)
    @Test func aShortMinistryNameWasAlreadyOne() {
        let events = Fixtures.extractBundled("""
            تلقى وزير الخارجية الأردني أيمن الصفدي يوم الثلاثاء اتصالا من وزير الخارجية الإيطالي أنطونيو تاياني.
            """, published: "2023-05-20")
        #expect(events.first.map(Fixtures.names) == ["Ayman Safadi", "Antonio Tajani"])
        #expect(events.first?.participants.first { $0.name == "Antonio Tajani" }?.country == "IT")
    }
}
