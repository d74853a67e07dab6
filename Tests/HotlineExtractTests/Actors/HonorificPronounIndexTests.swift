import Testing
@testable import HotlineExtract

// LexiconIndexes.isHonorificPronoun: a subject pronoun with no gender of its own (an honorific
// standing for a person: "جلالته", "سموه", "majesty"); not "هو" or "he", which have one, nor a
// word that is no pronoun.

@Test(arguments: ["جلالته", "دولته", "سيادته", "سموه", "معاليه", "majesty"])
func anHonorificIsAnHonorificPronoun(word: String) {
    #expect(ExtractionResources.shared.indexes.isHonorificPronoun(Tokenizer.tokenize(word)[0]))
}

@Test(arguments: ["هو", "هي", "he", "elle", "الملك", "الرئيس"])
func otherWordsAreNoHonorificPronoun(word: String) {
    #expect(!ExtractionResources.shared.indexes.isHonorificPronoun(Tokenizer.tokenize(word)[0]))
}
