import Testing
@testable import HotlineExtract

// Transliteration spellings listed in officials.json's `spellingVariants` match either way.

private let officials = """
{"version": 1, "spellingVariants": [["al-", "el-"], ["Abu ", "Abou "]], "officials": [
 {"id": "asaad-al-shaibani", "name": "Asaad al-Shaibani", "aliases": ["Assaad al-Chaibani"], "short": ["al-Shaibani"], "gender": "m",
  "offices": [{"kind": "foreign-minister", "role": "Minister of Foreign Affairs", "country": "SY", "from": "2024-12-21", "to": null}]},
 {"id": "murhaf-abu-qasra", "name": "Murhaf Abu Qasra", "aliases": [], "short": ["Abu Qasra"], "gender": "m",
  "offices": [{"kind": "defence-minister", "role": "Minister of Defence", "country": "SY", "from": "2024-12-21", "to": null}]}
]}
"""

@Test(arguments: [("Assaad el-Chaibani", "asaad-al-shaibani"), ("Abou Qasra", "murhaf-abu-qasra"), ("Asaad al-Shaibani", "asaad-al-shaibani")])
func aNameMatchesWithEitherSpellingOfAVariantPair(text: String, id: String) {
    let knowledge = ExtractionResources(officials: officials, countries: nil).knowledge
    let match = knowledge.names.match(Tokenizer.tokenize(text), at: 0)
    #expect(match.map { $0.values.map { knowledge.officials[$0].id } } == [id])
}

@Test func withoutVariantsTheOtherSpellingIsNoName() {
    let plain = officials.replacingOccurrences(of: #""spellingVariants": [["al-", "el-"], ["Abu ", "Abou "]], "#, with: "")
    let knowledge = ExtractionResources(officials: plain, countries: nil).knowledge
    #expect(knowledge.names.match(Tokenizer.tokenize("Assaad el-Chaibani"), at: 0) == nil)
}

// The bundled knowledge base matches the French "ch" of "sh" names ("Massoud Pezechkian").
@Test func theBundledVariantsMatchAFrenchTransliteration() {
    let knowledge = ExtractionResources.shared.knowledge
    let match = knowledge.names.match(Tokenizer.tokenize("Massoud Pezechkian"), at: 0)
    #expect(match.map { $0.values.map { knowledge.officials[$0].id } } == ["masoud-pezeshkian"])
}
