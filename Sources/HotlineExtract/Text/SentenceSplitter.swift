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

    /// ASCII text is read byte by byte, text of single-scalar characters scalar by scalar, other
    /// text character by character (`TokenUnit`), with the same rules.
    static func split(_ paragraph: String) -> [String] {
        if paragraph.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            return split(paragraph, units: Array(paragraph.utf8), bounds: paragraph.utf8.indices + [paragraph.endIndex])
        }
        if let (units, bounds) = ScalarCharacter.read(paragraph) {
            return split(paragraph, units: units, bounds: bounds)
        }
        let (characters, bounds) = Character.read(paragraph)
        return split(paragraph, units: characters, bounds: bounds)
    }

    /// Scalars that end a sentence: ".", "!", "?", "؟" (compared by scalar: `Character ==`
    /// normalises non-ASCII text).
    private static let sentenceEnds: [UInt32] = [0x2E, 0x21, 0x3F, 0x061F]
    /// Closing quotes and brackets a sentence end absorbs: " ' ” ’ » )
    private static let closers: [UInt32] = [0x22, 0x27, 0x201D, 0x2019, 0xBB, 0x29]

    /// `split` of a paragraph read as `units` starting at `bounds` (then the paragraph's end).
    private static func split<Unit: TokenUnit>(_ paragraph: String, units: [Unit], bounds: [String.Index]) -> [String] {
        var sentences: [String] = []
        var start = 0
        var i = 0
        while i < units.count {
            var j = i + 1
            if let v = units[i].scalarValue, sentenceEnds.contains(v) {
                while j < units.count, let c = units[j].scalarValue, closers.contains(c) { j += 1 }
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

    /// The first character of the next word (letters and digits) after `j`'s blanks, if any.
    private static func nextWordStart<Unit: TokenUnit>(_ units: [Unit], from j: Int) -> Character? {
        var k = j
        while k < units.count, units[k].isWhitespace { k += 1 }
        guard k < units.count else { return nil }
        let ch = units[k].character
        return ch.isLetter || ch.isNumber ? ch : nil
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
        // (or the first of initials that open the sentence, an interview's label: "N. B. : ...")
        if last.count == 1, last.first!.isUppercase, word.count == 1, next?.isUppercase == true,
           text.drop(while: \.isWhitespace).count == 2 { return true }
        let folded = TextFolding.fold(last)
        if let next, next.isNumber, abbreviations.contains(folded) { return true }
        if monthAbbreviations.contains(folded) {
            return next?.isNumber == true
        }
        return abbreviations.contains(folded) && last.count <= 4 && last.first!.isUppercase
    }
}
