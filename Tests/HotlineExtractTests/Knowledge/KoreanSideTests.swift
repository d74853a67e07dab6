import Testing
@testable import HotlineExtract

// "Korean" alone is South Korea's demonym ("at the request of the Korean side"); "North Korean"
// stays North Korea's. (The bundled knowledge base.)

@Test func theKoreanSideIsSouthKorea() {
    let text = "Foreign Minister Cho Tae-yul spoke by phone on Monday with Nasser Bourita of Morocco. The exchange was requested by the Korean side, the ministry said."
    let events = Fixtures.extractBundled(text, published: "2024-05-21")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "Cho Tae-yul")
}

@Test func northKoreanStaysNorthKorea() {
    let knowledge = ExtractionResources.shared.knowledge
    let tokens = Tokenizer.tokenize("the North Korean leader and the Korean side")
    let codes = knowledge.countryNames.matches(in: tokens).compactMap { $0.values.first.map(KnowledgeBase.code(ofCountryName:)) }
    #expect(codes == ["KP", "KR"])
}
