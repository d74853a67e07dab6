import Testing
@testable import HotlineExtract

// PhraseMatcher options for call phrases: `skippedWords` lets one listed word (an adverb) stand
// once inside a phrase ("recibió además una llamada de" matches "recibió una llamada de"), not
// twice and not an unlisted word; `notFollowedBy` drops a match whose next word is listed for the
// match's last word ("après" is no "after" in "après-midi").

private func adverbMatcher() -> PhraseMatcher<Bool> {
    var matcher = PhraseMatcher(phrases: ["recibio una llamada de"])
    matcher.skippedWords = ["ademas", "tambien"]
    return matcher
}

@Test func aListedWordMayStandOnceInsideAPhrase() {
    let matcher = adverbMatcher()
    let tokens = Tokenizer.tokenize("recibió además una llamada de Lula")
    #expect(matcher.match(tokens, at: 0)?.end == 5)
    #expect(matcher.match(Tokenizer.tokenize("recibió una llamada también de Lula"), at: 0)?.end == 5)
    #expect(matcher.match(Tokenizer.tokenize("recibió una llamada de Lula"), at: 0)?.end == 4)
}

@Test func aListedWordMayNotStandTwiceInsideAPhrase() {
    let matcher = adverbMatcher()
    #expect(matcher.match(Tokenizer.tokenize("recibió además una también llamada de Lula"), at: 0) == nil)
    #expect(matcher.match(Tokenizer.tokenize("recibió además además una llamada de Lula"), at: 0) == nil)
}

@Test func anUnlistedWordInsideAPhraseBreaksIt() {
    let matcher = adverbMatcher()
    #expect(matcher.match(Tokenizer.tokenize("recibió ayer una llamada de Lula"), at: 0) == nil)
    // (without the option the listed word breaks it too)
    let plain = PhraseMatcher(phrases: ["recibio una llamada de"])
    #expect(plain.match(Tokenizer.tokenize("recibió además una llamada de Lula"), at: 0) == nil)
}

@Test func aListedWordIsNotSkippedBeforeThePhrasesFirstWord() {
    let matcher = adverbMatcher()
    #expect(matcher.match(Tokenizer.tokenize("además recibió una llamada de Lula"), at: 0) == nil)
    #expect(matcher.matches(in: Tokenizer.tokenize("además recibió una llamada de Lula")).map(\.start) == [1])
}

private func afterMatcher() -> PhraseMatcher<Bool> {
    var matcher = PhraseMatcher(phrases: ["apres", "juste apres", "avant"])
    matcher.notFollowedBy = ["apres": ["midi"]]
    return matcher
}

@Test func aMatchIsDroppedWhenTheNextWordIsListedForItsLastWord() {
    let matcher = afterMatcher()
    #expect(matcher.match(Tokenizer.tokenize("après-midi"), at: 0) == nil)
    #expect(matcher.match(Tokenizer.tokenize("juste après midi"), at: 0) == nil)
    #expect(!matcher.occurs(in: Tokenizer.tokenize("mercredi après-midi")))
}

@Test func aMatchIsKeptWhenTheNextWordIsNotListedForItsLastWord() {
    let matcher = afterMatcher()
    #expect(matcher.match(Tokenizer.tokenize("après la réunion"), at: 0)?.end == 1)
    #expect(matcher.match(Tokenizer.tokenize("juste après minuit"), at: 0)?.end == 2)
    // (the follower is listed for "après" only: "avant midi" stays a match)
    #expect(matcher.match(Tokenizer.tokenize("avant midi"), at: 0)?.end == 1)
    // (and a match at the end of the text has no next word)
    #expect(matcher.match(Tokenizer.tokenize("juste après"), at: 0)?.end == 2)
}
