/// A word or a meaningful punctuation mark of a sentence.
struct Token: Sendable, Equatable {
    /// The text as written.
    let text: String
    /// Folded form (see `TextFolding`); punctuation keeps its character.
    let folded: String
    /// False for punctuation tokens ("," "(" ")" "-" ";" ":" quotes).
    let isWord: Bool
    /// Starts with an uppercase letter (Latin script names).
    let isCapitalized: Bool
    /// Character offsets of the token in its text (`start..<end`).
    var start: Int = 0
    var end: Int = 0
    /// Joined to the previous word by a hyphen ("al-Burhan").
    var hyphenBefore = false
    /// Joined to the previous word by an apostrophe ("Mata'afa", "O'Brien", "d'Ursula").
    var apostropheBefore = false
    /// `WordShape(ofPlain: folded)`, computed once for the many lexicon lookups of the token.
    let shape: WordShape?

    init(text: String, folded: String, isWord: Bool, isCapitalized: Bool, start: Int = 0, end: Int = 0, hyphenBefore: Bool = false,
         apostropheBefore: Bool = false) {
        self.text = text
        self.folded = folded
        self.isWord = isWord
        self.isCapitalized = isCapitalized
        self.start = start
        self.end = end
        self.hyphenBefore = hyphenBefore
        self.apostropheBefore = apostropheBefore
        shape = isWord ? WordShape(ofPlain: folded) : nil
    }

    /// Written in Arabic script (by its first scalar).
    var isArabic: Bool { folded.unicodeScalars.first.map(TextFolding.isArabic) ?? false }
}
