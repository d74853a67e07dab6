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

    /// Each covered scalar is a character of its own beside any neighbour, with the properties
    /// of that character.
    @Test func scalarCharactersAreWholeCharacters() {
        let covered = ScalarCharacter.covered
        #expect(covered.count > 700)
        for scalar in covered {
            let s = String(scalar)
            #expect(("a" + s + "a").count == 3 && (s + s).count == 2 && ("\u{0645}" + s + "\u{0645}").count == 3, "U+\(String(scalar.value, radix: 16))")
            let unit = ScalarCharacter(scalar: scalar), ch = Character(scalar)
            #expect(unit.isWordCharacter == ch.isWordCharacter && unit.isWhitespace == ch.isWhitespace
                    && unit.isCapital == ch.isCapital && unit.markFolded == ch.markFolded, "U+\(String(scalar.value, radix: 16))")
        }
        #expect(ScalarCharacter.read("e\u{301}t\u{E9}") == nil)
        #expect(ScalarCharacter.read("a\r\nb") == nil)
        #expect(ScalarCharacter.read("Élysée — «بوريطة»")?.units.count == 17)
    }

    @Test func scalarReadingTokenizesLikeCharacters() {
        // A combining mark anywhere sends the text through grapheme clusters; tokens before it agree.
        let text = "Le président Tebboune a reçu, à Alger, l'émissaire – «الرئيس عبد المجيد» (sic)"
        let tokens = Tokenizer.tokenize(text)
        let graphemeTokens = Tokenizer.tokenize(text + " e\u{301}")
        #expect(tokens.count == 20)
        #expect(Array(graphemeTokens.prefix(tokens.count)) == tokens)
        #expect(TextFolding.words(text) == Array(TextFolding.words(text + " e\u{301}").dropLast()))
    }

    @Test func nfcWordsEqualAsStringsDo() {
        let pairs = [("élysée", "e\u{301}lyse\u{301}e", true), ("ψυχή", "ψυχη\u{301}", true), ("محمد", "محمد", true),
                     ("wang", "wong", false), ("محمد", "احمد", false), ("é", "e", false)]
        for (a, b, equal) in pairs {
            #expect((NFCWord(a) == NFCWord(b)) == equal && (a == b) == equal, "\(a) \(b)")
            if equal { #expect(NFCWord(a).hashValue == NFCWord(b).hashValue) }
        }
        var matcher = PhraseMatcher<Int>()
        matcher.add("ψυχή", 1)
        #expect(matcher.match([Token(text: "x", folded: TextFolding.fold("ψυχη\u{301}"), isWord: true, isCapitalized: false)], at: 0)?.values == [1])
    }

    /// ASCII, single-scalar and grapheme readings of a paragraph split it alike (a trailing
    /// combining mark forces the grapheme reading and only changes the last sentence).
    @Test(arguments: [
        "Lt. Gen. John Doe met M. Dupont in the U.S. capital on Dec. 4. He left (at noon.) \"Yes.\" Then: no! Why? Dr. Who.",
        "Le président a reçu l'émissaire. « Très bien. » Il part le 3 déc. 2024. Mme Dupont aussi.",
        "قال الوزير. هل تم الاتصال؟ نعم تم. وتابع: «الرئيس.» انتهى",
    ])
    func splittingReadingsAgree(paragraph: String) {
        let sentences = SentenceSplitter.split(paragraph)
        let graphemes = SentenceSplitter.split(paragraph + " e\u{301}")
        #expect(sentences.count >= 3)
        #expect(Array(graphemes.dropLast()) == Array(sentences.dropLast()))
        #expect(graphemes.last == sentences.last.map { $0 + " e\u{301}" })
    }
}
