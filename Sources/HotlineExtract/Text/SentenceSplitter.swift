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
                if atSpace && (ch != "." || !isAbbreviation(before: paragraph[start..<j], next: j < end ? nextWord(paragraph, from: j) : nil)) {
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

    /// ".", "!", "?" or "؟" (compared by scalar: `Character ==` normalises non-ASCII text).
    private static func endsSentence(_ ch: Character) -> Bool {
        if let a = ch.asciiValue { return a == 0x2E || a == 0x21 || a == 0x3F }
        let scalars = ch.unicodeScalars
        return scalars.first?.value == 0x061F && scalars.count == 1
    }

    private static func nextWord(_ text: String, from j: String.Index) -> String? {
        var k = j
        while k < text.endIndex, text[k].isWhitespace { k = text.index(after: k) }
        var w = ""
        while k < text.endIndex, text[k].isLetter || text[k].isNumber { w.append(text[k]); k = text.index(after: k) }
        return w.isEmpty ? nil : w
    }

    /// True when the word ending `text` (before spaces) starts with a capital letter.
    private static func previousWordIsCapitalized(_ text: Substring) -> Bool {
        let trimmed = text.reversed().drop { $0.isWhitespace }
        let word = trimmed.prefix { $0.isLetter || $0 == "." || $0 == "-" }.reversed()
        return word.first?.isUppercase == true
    }

    /// True when the period just appended closes an abbreviation, not the sentence.
    private static func isAbbreviation(before text: Substring, next: String?) -> Bool {
        let body = text.dropLast().reversed().prefix { $0.isLetter || $0 == "." }
        let word = String(body.reversed())
        let last = word.split(separator: ".").last.map(String.init) ?? ""
        guard !last.isEmpty else { return false }
        // The next word in lower case: the sentence goes on ("the U.S. president").
        if let next, let f = next.first, f.isLowercase { return true }
        if word.contains(".") && last.count <= 2 { return true }          // "U.S", "S.E"
        // initials after a name ("Joseph R. Biden"), not a one-letter word ending a sentence ("on X.")
        if last.count == 1, last.first!.isUppercase, word.count == 1, previousWordIsCapitalized(text.dropLast().dropLast()) { return true }
        let folded = TextFolding.fold(last)
        if let next, next.first?.isNumber == true, abbreviations.contains(folded) { return true }
        if monthAbbreviations.contains(folded) {
            return next?.first?.isNumber == true
        }
        return abbreviations.contains(folded) && last.count <= 4 && last.first!.isUppercase
    }
}
