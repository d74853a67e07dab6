import Testing
@testable import HotlineExtract

/// The Lebanon and Syria topics have Arabic adjective cues ("اللبنانية", "السوري") besides the
/// country names (topics.json).
@Suite struct ArabicDemonymTopicCueTests {
    @Test func anArabicAdjectiveGivesTheTopic() {
        let text = "بحث وزير الخارجية ناصر بوريطة أمس هاتفيا مع نظيره الأردني أيمن الصفدي دعم سيادة الدولة اللبنانية على أراضيها."
        let events = Fixtures.extractBundled(text, published: "2025-08-09")
        #expect(events.count == 1)
        #expect(events.first?.topics.map(\.id).contains("lebanon") == true)
    }

    // (guard: no such word, no topic)
    @Test func noCueNoTopic() {
        let text = "بحث وزير الخارجية ناصر بوريطة أمس هاتفيا مع نظيره الأردني أيمن الصفدي التعاون الزراعي."
        let events = Fixtures.extractBundled(text, published: "2025-08-09")
        #expect(events.count == 1)
        #expect(events.first?.topics.map(\.id).contains("lebanon") == false)
    }
}
