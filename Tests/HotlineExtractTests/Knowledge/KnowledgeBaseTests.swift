import Testing
@testable import HotlineExtract

@Test func officeHolderDependsOnTheDate() {
    let kb = Fixtures.resources.knowledge
    let before = kb.holder(kinds: ["foreign-minister"], country: "US", on: Fixtures.day("2023-01-31"))
    let after = kb.holder(kinds: ["foreign-minister"], country: "US", on: Fixtures.day("2025-03-01"))
    #expect(before.map { kb.officials[$0].name } == "Antony Blinken")
    #expect(after.map { kb.officials[$0].name } == "Marco Rubio")
    #expect(kb.holder(kinds: ["foreign-minister"], country: "US", on: Fixtures.day("2019-01-01")) == nil)
}

@Test func nameIndexFindsAliasesShortFormsAndArabic() {
    let kb = Fixtures.resources.knowledge
    for text in ["Anthony Blinken said", "then Blinken said", "قال أنتوني بلينكن"] {
        let m = kb.names.matches(in: Tokenizer.tokenize(text))
        #expect(m.count == 1 && kb.officials[m[0].values[0]].id == "antony-blinken", "\(text)")
    }
}

@Test func malformedKnowledgeLeavesItEmpty() {
    let r = ExtractionResources(officials: "{not json", countries: nil)
    #expect(r.knowledge.officials.isEmpty)
    #expect(Extractor(resources: r).extract(Article(text: "Blinken phoned Bourita.")).events.isEmpty)
}
