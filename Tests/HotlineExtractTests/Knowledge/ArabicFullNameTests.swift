import Testing
@testable import HotlineExtract

// A full Arabic name with the father's name in the middle ("شائع محسن الزنداني") is the official
// whose two-word form the knowledge base holds ("شائع الزنداني"): in the names index and in a call.
// (The bundled knowledge base.)

@Test func theKnowledgeBaseMatchesAFullArabicName() {
    let kb = ExtractionResources.shared.knowledge
    let found = kb.names.match(Tokenizer.tokenize("شائع محسن الزنداني"), at: 0)
    #expect(found?.end == 3)
    #expect(found?.values.map { kb.officials[$0].name } == ["Shaya al-Zindani"])
}

// (guard: two words between are another person)
@Test func twoWordsBetweenAreNoKnownName() {
    #expect(ExtractionResources.shared.knowledge.names.match(Tokenizer.tokenize("شائع أحمد محسن الزنداني"), at: 0) == nil)
}

@Test func aCallWithTheFullArabicNameNamesTheMinister() {
    let events = Fixtures.extractBundled(
        "استقبل الدكتور شائع محسن الزنداني يوم الأحد مكالمة هاتفية من بدر بن حمد البوسعيدي تناولت مساعي السلام في اليمن.",
        published: "2024-11-18")
    #expect(events.map(Fixtures.names) == [["Shaya al-Zindani", "Badr Albusaidi"]])
    #expect(Fixtures.caller(events.first) == "Badr Albusaidi")
    #expect(events.first?.date == Fixtures.day("2024-11-17"))
}

// (guard: after the title of the office he held that day, the holder was found already)
@Test func aFullArabicNameAfterItsTitleIsTheMinisterNotAnUnknownName() {
    let events = Fixtures.extractBundled(
        "تلقى وزير الخارجية اليمني الدكتور شائع محسن الزنداني يوم الأحد مكالمة هاتفية من نظيره العماني بدر بن حمد البوسعيدي حول العلاقات الثنائية.",
        published: "2024-11-18")
    #expect(events.map(Fixtures.names) == [["Shaya al-Zindani", "Badr Albusaidi"]])
}
