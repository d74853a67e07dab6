import Foundation

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

    static func split(_ paragraph: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let chars = Array(paragraph)
        var i = 0
        while i < chars.count {
            let ch = chars[i]
            current.append(ch)
            if ch == "." || ch == "!" || ch == "?" || ch == "؟" {
                // absorb closing quotes/brackets
                var j = i + 1
                while j < chars.count, "\"'”’»)".contains(chars[j]) { current.append(chars[j]); j += 1 }
                let atSpace = j >= chars.count || chars[j].isWhitespace
                if atSpace && (ch != "." || !isAbbreviation(before: current, next: j < chars.count ? nextWord(chars, from: j) : nil)) {
                    let s = LineText.trimmed(current)
                    if !s.isEmpty { sentences.append(s) }
                    current = ""
                }
                i = j
                continue
            }
            i += 1
        }
        let rest = LineText.trimmed(current)
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }

    private static func nextWord(_ chars: [Character], from j: Int) -> String? {
        var k = j
        while k < chars.count, chars[k].isWhitespace { k += 1 }
        var w = ""
        while k < chars.count, chars[k].isLetter || chars[k].isNumber { w.append(chars[k]); k += 1 }
        return w.isEmpty ? nil : w
    }

    /// True when the period just appended closes an abbreviation, not the sentence.
    private static func isAbbreviation(before text: String, next: String?) -> Bool {
        let body = text.dropLast().reversed().prefix { $0.isLetter || $0 == "." }
        let word = String(body.reversed())
        let last = word.split(separator: ".").last.map(String.init) ?? ""
        guard !last.isEmpty else { return false }
        // The next word in lower case: the sentence goes on ("the U.S. president").
        if let next, let f = next.first, f.isLowercase { return true }
        if word.contains(".") && last.count <= 2 { return true }          // "U.S", "S.E"
        if last.count == 1, last.first!.isUppercase { return true }       // initials
        if let next, next.first?.isNumber == true, abbreviations.contains(TextFolding.fold(last)) { return true }
        let folded = TextFolding.fold(last)
        if ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"].contains(folded) {
            return next?.first?.isNumber == true
        }
        return abbreviations.contains(folded) && last.count <= 4 && last.first!.isUppercase
    }
}
