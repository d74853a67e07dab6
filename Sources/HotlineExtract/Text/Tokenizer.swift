/// Splits text into word tokens and the punctuation marks that bound phrases.
///
/// Apostrophes and in-word hyphens split words without leaving a token ("d'Ursula" -> "d",
/// "ursula"; "al-Sisi" -> "al", "sisi"); periods separate words silently ("U.S." -> "u", "s");
/// commas, brackets, dashes between spaces, semicolons, colons and quotes become tokens.
///
/// ASCII text without carriage returns (where every byte is one character) is read byte by
/// byte, text of single-scalar characters scalar by scalar (`ScalarCharacter`), other text
/// character by character, with the same rules (`TokenUnit`).
enum Tokenizer {
    static let markChars: Set<Character> = [",", "(", ")", ";", ":", "\"", "«", "»", "“", "”", "—", "–", "،", "؛"]

    static func tokenize(_ text: String) -> [Token] {
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            let bytes = Array(utf8)
            return tokenize(bytes) { String(decoding: bytes[$0], as: UTF8.self) }
        }
        if let (units, bounds) = ScalarCharacter.read(text) {
            return tokenize(units) { String(text[bounds[$0.lowerBound]..<bounds[$0.upperBound]]) }
        }
        let (characters, bounds) = Character.read(text)
        return tokenize(characters) { String(text[bounds[$0.lowerBound]..<bounds[$0.upperBound]]) }
    }

    /// The tokens of `units`; `text` gives the text of a range of units.
    private static func tokenize<Unit: TokenUnit>(_ units: [Unit], text: (Range<Int>) -> String) -> [Token] {
        var tokens: [Token] = []
        var wordStart = -1
        var position = 0
        var pendingHyphen = false
        var pendingApostrophe = false
        func flush() {
            guard wordStart >= 0 else { return }
            let word = text(wordStart..<position)
            tokens.append(Token(text: word, folded: TextFolding.fold(word), isWord: true, isCapitalized: units[wordStart].isCapital,
                                start: wordStart, end: position, hyphenBefore: pendingHyphen, apostropheBefore: pendingApostrophe))
            wordStart = -1
            pendingHyphen = false
            pendingApostrophe = false
        }
        for (i, unit) in units.enumerated() {
            position = i
            if unit.isWordCharacter {
                if wordStart < 0 { wordStart = i }
            } else if unit.isHyphen {
                let prevSpace = i == 0 || units[i - 1].isWhitespace
                let nextSpace = i + 1 >= units.count || units[i + 1].isWhitespace || units[i + 1].isHyphen
                flush()
                pendingHyphen = !(prevSpace || nextSpace)
                if prevSpace || nextSpace {
                    if tokens.last?.folded != "-" {
                        tokens.append(Token(text: "-", folded: "-", isWord: false, isCapitalized: false, start: i, end: i + 1))
                    }
                }
            } else if let mark = unit.markFolded {
                flush()
                tokens.append(Token(text: text(i..<i + 1), folded: mark, isWord: false, isCapitalized: false, start: i, end: i + 1))
            } else {
                // ("Mata'afa", "O'Brien", "d'Ursula": an apostrophe between two words joins them)
                let joins = wordStart >= 0 && (unit.scalarValue == 0x27 || unit.scalarValue == 0x2019)
                    && i + 1 < units.count && units[i + 1].isWordCharacter
                flush()
                pendingApostrophe = joins
            }
        }
        position = units.count
        flush()
        return tokens
    }

    /// Letters, digits and Arabic marks make words; every other character ends one.
    static func isWordCharacter(_ ch: Character) -> Bool {
        if let a = ch.asciiValue { return (0x30...0x39).contains(a) || (0x61...0x7A).contains(a | 0x20) }
        return ch.isLetter || ch.isNumber || isArabicMark(ch)
    }

    /// The folded form of a mark of `markChars` ("،" -> ",", dashes -> "-", quotes -> "\""); nil
    /// for other characters.
    static func markFolded(_ ch: Character) -> String? {
        if let a = ch.asciiValue {
            return a == 0x2C || a == 0x28 || a == 0x29 || a == 0x3B || a == 0x3A || a == 0x22 ? String(ch) : nil
        }
        guard markChars.contains(ch) else { return nil }
        switch ch {
        case "،": return ","
        case "؛": return ";"
        case "—", "–": return "-"
        case "«", "»", "“", "”": return "\""
        default: return String(ch)
        }
    }

    /// Arabic combining marks and tatweel belong to the word they sit on.
    private static func isArabicMark(_ ch: Character) -> Bool {
        ch.unicodeScalars.allSatisfy { (0x064B...0x065F).contains($0.value) || $0.value == 0x0640 || $0.value == 0x0670 }
    }
}
