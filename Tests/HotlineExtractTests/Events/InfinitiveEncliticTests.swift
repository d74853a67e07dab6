import Testing
@testable import HotlineExtract

// TriggerFinder.isInfinitive: a lower-case infinitive, with an enclitic object pronoun or not
// ("presentarles", "felicitarlo", "présenter"); not a capitalised word, a short word or a
// word with another ending.

@Test(arguments: ["presentarles", "felicitarlo", "presentar", "présenter", "explicarle"])
func anInfinitiveIsRead(word: String) {
    #expect(TriggerFinder.isInfinitive(Tokenizer.tokenize(word)[0]))
}

@Test(arguments: ["Presentarles", "plan", "les", "anunciado", "presidente", "Grundberg", "Yemen"])
func otherWordsAreNoInfinitive(word: String) {
    #expect(!TriggerFinder.isInfinitive(Tokenizer.tokenize(word)[0]))
}
