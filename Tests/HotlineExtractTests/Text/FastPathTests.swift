import Testing
@testable import HotlineExtract

/// The byte-level fast paths give what the character-level rules give.
@Suite("Text fast paths")
struct FastPathTests {
    static let asciiTexts = [
        "Mr. al-Sisi (Egypt) - said: \"yes\"; U.S. talks -- 12-3 ended",
        "-lead and trail- words, d'Ursula O'Neill - a -b c- 2024-05-06",
        "Tabs\tand\u{0B}vertical\u{0C}feeds - too", "",
    ]

    /// A trailing carriage return sends the text through the character-level tokenizer and
    /// adds no token.
    @Test(arguments: asciiTexts) func asciiTokenizingMatchesCharacters(text: String) {
        #expect(Tokenizer.tokenize(text) == Tokenizer.tokenize(text + "\r"))
    }

    /// A trailing non-ASCII word sends the phrase through the character-level reading.
    @Test(arguments: asciiTexts) func asciiWordsMatchCharacters(text: String) {
        #expect(TextFolding.words(text) == Array(TextFolding.words(text + " é").dropLast()))
    }

    @Test func shapesOfEqualWordsAgree() throws {
        let composed = "élysée", decomposed = "e\u{301}lyse\u{301}e"
        #expect(composed == decomposed)
        #expect(WordShape.isPlainNFC(composed))
        #expect(!WordShape.isPlainNFC(decomposed))
        #expect(WordShape(ofPlain: decomposed) == nil)
        let plain = try #require(WordShape(ofPlain: composed))
        let built = try #require(WordShape(of: decomposed))
        #expect(plain.lead == built.lead && plain.length == built.length)
        #expect(WordShape.isPlainNFC("والرئيس") && !WordShape.isPlainNFC("مُحَمَّد"))
    }

    @Test func phrasesStillFoundBehindTheShapeFilter() {
        var matcher = PhraseMatcher<Int>()
        matcher.add("Wang Yi", 1)
        matcher.add("الرئيس", 2)
        matcher.add("Élysée", 3)
        #expect(matcher.matches(in: Tokenizer.tokenize("met Wang Yi today")).map(\.values) == [[1]])
        #expect(matcher.matches(in: Tokenizer.tokenize("قال والرئيس")).map(\.values) == [[2]])
        #expect(matcher.matches(in: Tokenizer.tokenize("à l'Elysee, l'Élysée")).map(\.values) == [[3], [3]])
        #expect(matcher.matches(in: Tokenizer.tokenize("Wang met Yi")).isEmpty)
    }
}
