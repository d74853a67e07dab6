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
}
