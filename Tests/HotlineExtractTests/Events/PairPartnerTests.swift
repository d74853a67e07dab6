import Testing
@testable import HotlineExtract

// StoryCallFinder.pairPartner: the party joined by "and" ("y", "et", "و") right after the first
// party a sentence names; none after a comma, a with-word, or for one party alone.
// (The bundled knowledge base.)

private func partner(_ text: String) -> String? {
    let r = ExtractionResources.shared
    let tokens = Tokenizer.tokenize(text)
    let mentions = MentionFinder(knowledge: r.knowledge, titles: r.titles, indexes: r.indexes).mentions(in: tokens)
    let named = PartyResolver(knowledge: r.knowledge).resolve(mentions, on: Fixtures.day("2023-09-14"), memory: [])
        .filter { $0.participant.name != nil }
    guard let first = named.first else { return nil }
    return StoryCallFinder.pairPartner(of: first, named: named, mentions: mentions, tokens: tokens)?.participant.name
}

@Test(arguments: [
    ("Santiago Peña y Luis Arce conversaron el martes.", "Luis Arce"),
    ("Emmanuel Macron et Abdel Fattah al-Sissi ont évoqué Gaza.", "Abdel Fattah el-Sisi"),
    ("Emmanuel Macron and Abdel Fattah el-Sisi discussed Gaza.", "Abdel Fattah el-Sisi"),
])
func thePartyAfterAndIsThePartner(text: String, name: String) {
    #expect(partner(text) == name)
}

@Test(arguments: [
    "Santiago Peña, Luis Arce y Xiomara Castro conversaron el martes.",
    "Santiago Peña conversó el martes con Luis Arce.",
    "Santiago Peña conversó el martes por teléfono.",
])
func noPartnerWithoutAnAndRightAfterTheFirst(text: String) {
    #expect(partner(text) == nil)
}
