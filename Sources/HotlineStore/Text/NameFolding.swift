import Foundation

/// Folds names for lookups: lowercase, no diacritics (Arabic short vowels included), apostrophes
/// and the Arabic tatweel removed, every other
/// punctuation or symbol (hyphens included) turned into a space, whitespace collapsed.
///
///     "Nasser BOURITA" -> "nasser bourita"; "Abdel-Fattah" -> "abdel fattah";
///     "Le Drian" and "le drian" match; "O'Neill" -> "oneill".
public enum NameFolding {
    /// Apostrophe-like characters, removed so "O'Neill" and "ONeill" fold alike.
    static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{2018}", "\u{02BC}", "\u{02BB}", "`", "\u{00B4}"]

    /// The folded form of `text` ("" when nothing but punctuation is left).
    public static func fold(_ text: String) -> String {
        let base = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .decomposedStringWithCanonicalMapping
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in base.unicodeScalars {
            if apostrophes.contains(scalar) || scalar == "\u{0640}" { continue }  // apostrophes, Arabic tatweel
            let category = scalar.properties.generalCategory
            if category == .nonspacingMark || category == .enclosingMark || category == .format { continue }
            if scalar.properties.isAlphabetic || category == .decimalNumber || category == .spacingMark {
                if pendingSpace && !output.isEmpty { output.append(" ") }
                pendingSpace = false
                output.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return String(output).lowercased()
    }

    /// The last token of an already folded name, when the name has more than one token.
    static func surname(ofFolded folded: String) -> String? {
        guard let space = folded.lastIndex(of: " ") else { return nil }
        let last = folded[folded.index(after: space)...]
        return last.isEmpty ? nil : String(last)
    }
}
