/// Splits text into word tokens and the punctuation marks that bound phrases.
///
/// Apostrophes and in-word hyphens split words without leaving a token ("d'Ursula" -> "d",
/// "ursula"; "al-Sisi" -> "al", "sisi"); periods separate words silently ("U.S." -> "u", "s");
/// commas, brackets, dashes between spaces, semicolons, colons and quotes become tokens.
enum Tokenizer {
    static let markChars: Set<Character> = [",", "(", ")", ";", ":", "\"", "«", "»", "“", "”", "—", "–", "،", "؛"]

    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var word = ""
        var wordStart = 0
        var position = 0
        var pendingHyphen = false
        func flush() {
            guard !word.isEmpty else { return }
            let first = word.unicodeScalars.first!
            let capital = first.isASCII ? (0x41...0x5A).contains(first.value) : first.properties.isUppercase
            tokens.append(Token(text: word, folded: TextFolding.fold(word), isWord: true, isCapitalized: capital,
                                start: wordStart, end: position, hyphenBefore: pendingHyphen))
            word = ""
            pendingHyphen = false
        }
        let chars = Array(text)
        for (i, ch) in chars.enumerated() {
            position = i
            if isWordCharacter(ch) {
                if word.isEmpty { wordStart = i }
                word.append(ch)
            } else if ch == "-" {
                let prevSpace = i == 0 || chars[i - 1].isWhitespace
                let nextSpace = i + 1 >= chars.count || chars[i + 1].isWhitespace || chars[i + 1] == "-"
                flush()
                pendingHyphen = !(prevSpace || nextSpace)
                if prevSpace || nextSpace {
                    if tokens.last?.folded != "-" {
                        tokens.append(Token(text: "-", folded: "-", isWord: false, isCapitalized: false, start: i, end: i + 1))
                    }
                }
            } else if isMark(ch) {
                flush()
                let mark: String
                switch ch {
                case "،": mark = ","
                case "؛": mark = ";"
                case "—", "–": mark = "-"
                case "«", "»", "“", "”": mark = "\""
                default: mark = String(ch)
                }
                tokens.append(Token(text: String(ch), folded: mark, isWord: false, isCapitalized: false, start: i, end: i + 1))
            } else {
                flush()
            }
        }
        position = chars.count
        flush()
        return tokens
    }

    /// Letters, digits and Arabic marks make words; every other character ends one.
    static func isWordCharacter(_ ch: Character) -> Bool {
        if let a = ch.asciiValue { return (0x30...0x39).contains(a) || (0x61...0x7A).contains(a | 0x20) }
        return ch.isLetter || ch.isNumber || isArabicMark(ch)
    }

    /// One of `markChars`.
    private static func isMark(_ ch: Character) -> Bool {
        if let a = ch.asciiValue { return a == 0x2C || a == 0x28 || a == 0x29 || a == 0x3B || a == 0x3A || a == 0x22 }
        return markChars.contains(ch)
    }

    /// Arabic combining marks and tatweel belong to the word they sit on.
    private static func isArabicMark(_ ch: Character) -> Bool {
        ch.unicodeScalars.allSatisfy { (0x064B...0x065F).contains($0.value) || $0.value == 0x0640 || $0.value == 0x0670 }
    }
}
