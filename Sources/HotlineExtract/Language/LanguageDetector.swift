/// Detects the language of a text (en, fr, es, ar): Arabic by script, the others by the share
/// of their stopwords among the words, or when too few stopwords decide, by the letters only one
/// of them writes. Nil when nothing stands out.
struct LanguageDetector: Sendable {
    private let sets: [String: Set<String>]
    /// The shapes of all the stopwords: most words of a text are no stopword at all.
    private let shapes: WordShapeFilter
    /// Lowercase letters and the one language that writes them.
    private let letters: [Unicode.Scalar: String]

    init(lexicon: StopwordLexicon) {
        var sets: [String: Set<String>] = [:]
        var shapes = WordShapeFilter()
        for (lang, words) in lexicon.stopwords {
            sets[lang] = Set(words.map(TextFolding.fold))
            for word in sets[lang] ?? [] { shapes.insert(word) }
        }
        self.sets = sets
        self.shapes = shapes
        var letters: [Unicode.Scalar: String] = [:]
        for (lang, written) in lexicon.letters ?? [:] {
            for scalar in written.unicodeScalars { letters[scalar] = lang }
        }
        self.letters = letters
    }

    func detect(_ text: String) -> String? {
        detect([text]) { Tokenizer.tokenize(text).filter(\.isWord).map(\.folded) }
    }

    /// The language of a story: as `detect` of its paragraphs joined by line breaks, whose
    /// words are those of its sentences' tokens (sentences split only between non-word characters).
    func detect(_ story: Story) -> String? {
        detect(story.paragraphs) { story.sentences.flatMap { $0.tokens.filter(\.isWord).map(\.folded) } }
    }

    /// `texts` (joined, they make the text) and a way to get the text's folded words.
    private func detect(_ texts: [String], words foldedWords: () -> [String]) -> String? {
        var arabic = 0, latin = 0
        for text in texts {
            for scalar in text.unicodeScalars where Self.isAlphabetic(scalar) {
                if TextFolding.isArabic(scalar) { arabic += 1 } else { latin += 1 }
            }
        }
        if arabic > latin { return "ar" }
        let words = foldedWords()
        let candidates = words.filter(shapes.mayContain)
        var best: (String, Int)?
        for (lang, set) in sets where lang != "ar" {
            let n = candidates.reduce(0) { $0 + (set.contains($1) ? 1 : 0) }
            if n > (best?.1 ?? 0) || (n == best?.1 && lang < best!.0) { best = (lang, n) }
        }
        if let best, best.1 >= 2 || (best.1 >= 1 && words.count < 8) { return best.0 }
        return byLetters(texts)
    }

    /// The language whose own letters a text writes, more than twice as often as any other's
    /// ("Macron a téléphoné à Biden": no stopword, but "à").
    private func byLetters(_ texts: [String]) -> String? {
        var counts: [String: Int] = [:]
        for text in texts {
            for scalar in text.unicodeScalars where !scalar.isASCII {
                if let lang = letters[scalar] ?? scalar.properties.lowercaseMapping.unicodeScalars.first.flatMap({ letters[$0] }) {
                    counts[lang, default: 0] += 1
                }
            }
        }
        let ranked = counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        guard let first = ranked.first, first.value > 2 * (ranked.dropFirst().first?.value ?? 0) else { return nil }
        return first.key
    }

    private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x61...0x7A).contains(scalar.value | 0x20) }
        return scalar.properties.isAlphabetic
    }
}
