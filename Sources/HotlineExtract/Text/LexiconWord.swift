/// A lexicon word matched against a token by folded form, and also by spelling where folding
/// would lose an accent that tells it from another word ("à" the preposition, not "a" the verb;
/// "él" the pronoun, not "el" the article). Arabic letter variants fold freely.
struct LexiconWord: Sendable, Decodable {
    let folded: String
    /// The lowercased spelling a token must have; nil when the folded form is enough.
    let spelling: String?

    init(_ word: String) {
        folded = TextFolding.fold(word)
        let lower = word.lowercased()
        spelling = folded != lower && word.unicodeScalars.allSatisfy({ $0.value < 0x0600 }) ? lower : nil
    }

    init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    func matches(_ token: Token) -> Bool {
        token.folded == folded && (spelling == nil || token.text.lowercased() == spelling)
    }
}
