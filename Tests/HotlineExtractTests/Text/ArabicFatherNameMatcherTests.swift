import Testing
@testable import HotlineExtract

// PhraseMatcher.skipsArabicFathers: a two-word Arabic phrase also matches with one Arabic word
// (the father's name) between its words; not two words, not Latin script, not longer phrases,
// and not when the flag is off.

private func matcher(_ phrases: [String], skipping: Bool = true) -> PhraseMatcher<Bool> {
    var m = PhraseMatcher(phrases: phrases)
    m.skipsArabicFathers = skipping
    return m
}

@Test func aFathersNameBetweenTheTwoWordsIsSkipped() {
    let found = matcher(["شائع الزنداني"]).match(Tokenizer.tokenize("شائع محسن الزنداني وزير الخارجية"), at: 0)
    #expect(found?.start == 0)
    #expect(found?.end == 3)
}

@Test func theTwoWordsSideBySideStillMatch() {
    #expect(matcher(["شائع الزنداني"]).match(Tokenizer.tokenize("شائع الزنداني"), at: 0)?.end == 2)
}

@Test func twoArabicWordsBetweenDoNotMatch() {
    #expect(matcher(["شائع الزنداني"]).match(Tokenizer.tokenize("شائع أحمد محسن الزنداني"), at: 0) == nil)
}

@Test func aLatinMiddleNameIsNotSkipped() {
    #expect(matcher(["Shaya Zindani"]).match(Tokenizer.tokenize("Shaya Mohsen Zindani"), at: 0) == nil)
}

@Test func aThreeWordPhraseSkipsNoWord() {
    #expect(matcher(["محمد باقر قاليباف"]).match(Tokenizer.tokenize("محمد علي باقر قاليباف"), at: 0) == nil)
}

// (guard: the default matcher skips nothing)
@Test func withoutTheFlagNoWordIsSkipped() {
    #expect(matcher(["شائع الزنداني"], skipping: false).match(Tokenizer.tokenize("شائع محسن الزنداني"), at: 0) == nil)
}
