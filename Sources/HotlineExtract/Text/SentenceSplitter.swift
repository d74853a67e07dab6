/// Splits a paragraph into sentences at ".", "!", "?", "؟" followed by space, but not after an
/// abbreviation ("M.", "Lt. Gen.", "U.S.", "S.E.", "Dec. 10"), an initial ("Joseph R. Biden") or
/// a number ("No. 5").
enum SentenceSplitter {
    /// Abbreviations (folded, without their period) after which a period does not end a sentence.
    static let abbreviations: Set<String> = [
        "m", "mm", "mr", "mrs", "ms", "mme", "mlle", "dr", "prof", "st", "sr", "sra", "jr", "lt", "gen", "col",
        "maj", "capt", "cmdr", "adm", "sgt", "gov", "sen", "rep", "pres", "hon", "rev", "no", "nos", "vol",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janv", "fevr",
        "avr", "juil", "ene", "abr", "ago", "dic", "etc", "vs", "approx", "inc", "ltd", "co", "corp", "dept",
        "u", "s", "e", "h", "a", "p", "sm", "ste", "art", "av", "ave",
    ]

    /// English month abbreviations: a sentence ends after them unless a number follows ("Dec. 10").
    static let monthAbbreviations: Set<String> = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]

    static func split(_ paragraph: String) -> [String] {
        if paragraph.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            let bytes = Array(paragraph.utf8)
            return split(paragraph, units: bytes, bounds: paragraph.utf8.indices + [paragraph.endIndex])
        }
        if let (units, bounds) = ScalarCharacter.read(paragraph) {
            return split(paragraph, units: units, bounds: bounds)
        }
        var sentences: [String] = []
        let end = paragraph.endIndex
        var start = paragraph.startIndex
        var i = start
        while i < end {
            let ch = paragraph[i]
            var j = paragraph.index(after: i)
            if Self.endsSentence(ch) {
                // absorb closing quotes/brackets
                while j < end, "\"'”’»)".contains(paragraph[j]) { j = paragraph.index(after: j) }
                let atSpace = j == end || paragraph[j].isWhitespace
                if atSpace && (ch != "." || !isAbbreviation(before: paragraph[start..<j], next: j < end ? nextWordStart(paragraph, from: j) : nil)) {
                    let s = LineText.trimmed(paragraph[start..<j])
                    if !s.isEmpty { sentences.append(s) }
                    start = j
                }
            }
            i = j
        }
        let rest = LineText.trimmed(paragraph[start...])
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }

    /// `split` of a paragraph read as single-scalar characters (`units`, starting at `bounds`):
    /// the same rules over scalar values.
    private static func split<Unit: SingleScalarUnit>(_ paragraph: String, units: [Unit], bounds: [String.Index]) -> [String] {
        var sentences: [String] = []
        var start = 0
        var i = 0
        while i < units.count {
            let v = units[i].scalarValue
            var j = i + 1
            if v == 0x2E || v == 0x21 || v == 0x3F || v == 0x061F {
                // absorb closing quotes/brackets: " ' ” ’ » )
                while j < units.count, [0x22, 0x27, 0x201D, 0x2019, 0xBB, 0x29].contains(units[j].scalarValue) { j += 1 }
                let atSpace = j == units.count || units[j].isWhitespace
                if atSpace && (v != 0x2E || !isAbbreviation(before: paragraph[bounds[start]..<bounds[j]],
                                                             next: j < units.count ? nextWordStart(units, from: j) : nil)) {
                    let s = LineText.trimmed(paragraph[bounds[start]..<bounds[j]])
                    if !s.isEmpty { sentences.append(s) }
                    start = j
                }
            }
            i = j
        }
        let rest = LineText.trimmed(paragraph[bounds[start]...])
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }

    private static func nextWordStart<Unit: SingleScalarUnit>(_ units: [Unit], from j: Int) -> Character? {
        var k = j
        while k < units.count, units[k].isWhitespace { k += 1 }
        guard k < units.count, let scalar = Unicode.Scalar(units[k].scalarValue) else { return nil }
        let ch = Character(scalar)
        return ch.isLetter || ch.isNumber ? ch : nil
    }

    /// ".", "!", "?" or "؟" (compared by scalar: `Character ==` normalises non-ASCII text).
    private static func endsSentence(_ ch: Character) -> Bool {
        if let a = ch.asciiValue { return a == 0x2E || a == 0x21 || a == 0x3F }
        let scalars = ch.unicodeScalars
        return scalars.first?.value == 0x061F && scalars.count == 1
    }

    /// The first character of the next word (letters and digits) after `j`'s blanks, if any.
    private static func nextWordStart(_ text: String, from j: String.Index) -> Character? {
        var k = j
        while k < text.endIndex, text[k].isWhitespace { k = text.index(after: k) }
        guard k < text.endIndex, text[k].isLetter || text[k].isNumber else { return nil }
        return text[k]
    }

    /// True when the word ending `text` (before spaces) starts with a capital letter.
    private static func previousWordIsCapitalized(_ text: Substring) -> Bool {
        let trimmed = text.reversed().drop { $0.isWhitespace }
        let word = trimmed.prefix { $0.isLetter || $0 == "." || $0 == "-" }.reversed()
        return word.first?.isUppercase == true
    }

    /// True when the period just appended closes an abbreviation, not the sentence.
    /// `next` is the first character of the following word.
    private static func isAbbreviation(before text: Substring, next: Character?) -> Bool {
        // The letters and periods just before the final period ("U.S", "Gen").
        let period = text.index(before: text.endIndex)
        var wordStart = period
        while wordStart > text.startIndex {
            let previous = text.index(before: wordStart)
            guard text[previous].isLetter || text[previous] == "." else { break }
            wordStart = previous
        }
        let word = text[wordStart..<period]
        let last = word.split(separator: ".").last.map(String.init) ?? ""
        guard !last.isEmpty else { return false }
        // The next word in lower case: the sentence goes on ("the U.S. president").
        if let next, next.isLowercase { return true }
        if word.contains(Character(".")) && last.count <= 2 { return true }   // "U.S", "S.E"
        // initials after a name ("Joseph R. Biden"), not a one-letter word ending a sentence ("on X.")
        if last.count == 1, last.first!.isUppercase, word.count == 1, previousWordIsCapitalized(text.dropLast().dropLast()) { return true }
        let folded = TextFolding.fold(last)
        if let next, next.isNumber, abbreviations.contains(folded) { return true }
        if monthAbbreviations.contains(folded) {
            return next?.isNumber == true
        }
        return abbreviations.contains(folded) && last.count <= 4 && last.first!.isUppercase
    }
}
