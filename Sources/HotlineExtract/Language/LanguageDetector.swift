/// Detects the language of a text (en, fr, es, ar): Arabic by script, the others by the share
/// of their stopwords among the words. Nil when nothing stands out.
struct LanguageDetector: Sendable {
    private let sets: [String: Set<String>]

    init(lexicon: StopwordLexicon) {
        var sets: [String: Set<String>] = [:]
        for (lang, words) in lexicon.stopwords { sets[lang] = Set(words.map(TextFolding.fold)) }
        self.sets = sets
    }

    func detect(_ text: String) -> String? {
        var arabic = 0, latin = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if TextFolding.isArabic(scalar) { arabic += 1 } else { latin += 1 }
        }
        if arabic > latin { return "ar" }
        let words = Tokenizer.tokenize(text).filter(\.isWord).map(\.folded)
        var best: (String, Int)?
        for (lang, set) in sets where lang != "ar" {
            let n = words.reduce(0) { $0 + (set.contains($1) ? 1 : 0) }
            if n > (best?.1 ?? 0) || (n == best?.1 && lang < best!.0) { best = (lang, n) }
        }
        guard let best, best.1 >= 2 || (best.1 >= 1 && words.count < 8) else { return nil }
        return best.0
    }
}
