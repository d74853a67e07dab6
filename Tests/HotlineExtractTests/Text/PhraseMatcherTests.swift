import Testing
@testable import HotlineExtract

// Arabic clitics before a phrase's first word: one ("والتعاون"), or a conjunction and a
// preposition before its article ("وللتعاون", "وبالتعاون").

@Test(arguments: ["والتعاون العسكري", "وللتعاون العسكري", "وبالتعاون العسكري", "فللتعاون العسكري"])
func anArabicPhraseMatchesAfterItsClitics(text: String) {
    let matcher = PhraseMatcher(phrases: ["التعاون العسكري"])
    let tokens = Tokenizer.tokenize(text)
    #expect(matcher.match(tokens, at: 0)?.end == 2)
}

@Test func aWordWhoseLettersOnlyLookLikeCliticsMatchesNoPhrase() {
    // ("وبلاد": the conjunction, then a word that begins with "ب", not a preposition and "ال")
    let matcher = PhraseMatcher(phrases: ["لاد العسكري", "الاد العسكري"])
    #expect(matcher.match(Tokenizer.tokenize("وبلاد العسكري"), at: 0) == nil)
}
