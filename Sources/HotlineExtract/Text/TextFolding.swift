import Foundation

/// Folds text for matching: lowercase, Latin accents removed (and the letters that do not
/// decompose folded to their base: đ -> d, ł -> l, ı -> i, ø -> o), Arabic letter variants unified
/// (alef forms, alef maqsura, ta marbuta, hamza seats), Arabic diacritics and tatweel dropped.
enum TextFolding {
    /// The folded form of `s` (same word boundaries; apostrophes are left to the tokenizer).
    /// Equal to `referenceFold(s)`, computed from a per-scalar table where that is exact.
    static func fold(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return foldASCII(s) }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            let v = Int(scalar.value)
            if v < 0x80 {
                out.unicodeScalars.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 0x20)) : scalar)
            } else if v < ScalarFolds.limit, let folded = ScalarFolds.table[v] {
                out += folded
            } else {
                return referenceFold(s)
            }
        }
        return out
    }

    /// ASCII text lowercased (its whole folding).
    private static func foldASCII(_ s: String) -> String {
        String(unsafeUninitializedCapacity: s.utf8.count) { buffer in
            var n = 0
            for byte in s.utf8 {
                buffer[n] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                n += 1
            }
            return n
        }
    }

    /// The folding by definition: lowercase, canonical decomposition, marks dropped, Arabic
    /// variants and Arabic-Indic digits unified, recomposed.
    static func referenceFold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue                 // Latin combining accents
            case 0x064B...0x065F, 0x0670, 0x0640: continue // Arabic harakat, superscript alef, tatweel
            case 0x0622, 0x0623, 0x0625, 0x0671: out.append("\u{0627}") // آ أ إ ٱ -> ا
            case 0x0649: out.append("\u{064A}")            // ى -> ي
            case 0x0629: out.append("\u{0647}")            // ة -> ه
            case 0x0624: out.append("\u{0648}")            // ؤ -> و
            case 0x0626: out.append("\u{064A}")            // ئ -> ي
            case 0x0654, 0x0655: continue                  // combining hamza
            case 0x0660...0x0669, 0x06F0...0x06F9:         // Arabic-Indic digits "١٢" -> "12"
                out.append(Unicode.Scalar(UInt8(0x30 + scalar.value % 16)))
            case 0x0111, 0x00F0: out.append("d")           // đ ð (Serbian, Croatian, Icelandic)
            case 0x0142: out.append("l")                   // ł (Polish)
            case 0x0131: out.append("i")                   // ı (Turkish dotless i)
            case 0x00F8: out.append("o")                   // ø
            case 0x0127: out.append("h")                   // ħ
            case 0x00DF: out.append(contentsOf: "ss".unicodeScalars) // ß
            default: out.append(scalar)
            }
        }
        return String(out).precomposedStringWithCanonicalMapping
    }

    /// True for Arabic-script letters.
    static func isArabic(_ scalar: Unicode.Scalar) -> Bool {
        (0x0600...0x06FF).contains(scalar.value) || (0x0750...0x077F).contains(scalar.value)
    }

    /// Folded words of a phrase, as the tokenizer would produce them (its runs of word characters).
    /// ASCII text is read byte by byte, text of single-scalar characters scalar by scalar, other
    /// text character by character (`TokenUnit`).
    static func words(_ phrase: String) -> [String] {
        if phrase.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = Array(phrase.utf8)
            return words(of: bytes) { String(decoding: bytes[$0], as: UTF8.self) }
        }
        if let (units, bounds) = ScalarCharacter.read(phrase) {
            return words(of: units) { String(phrase[bounds[$0.lowerBound]..<bounds[$0.upperBound]]) }
        }
        let (characters, bounds) = Character.read(phrase)
        return words(of: characters) { String(phrase[bounds[$0.lowerBound]..<bounds[$0.upperBound]]) }
    }

    /// `words(phrase)` joined by single spaces; ASCII text in one pass over its bytes (a page's
    /// lines are folded so, to compare them).
    static func foldedLine(_ phrase: String) -> String {
        let utf8 = phrase.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return words(phrase).joined(separator: " ") }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var inWord = false
        for byte in utf8 {
            if byte.isWordCharacter {
                if !inWord, !out.isEmpty { out.append(0x20) }
                out.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                inWord = true
            } else {
                inWord = false
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The folded runs of word characters of `units`; `text` gives the text of a range of units.
    private static func words<Unit: TokenUnit>(of units: [Unit], text: (Range<Int>) -> String) -> [String] {
        var words: [String] = []
        var start: Int?
        for (i, unit) in units.enumerated() {
            if unit.isWordCharacter {
                if start == nil { start = i }
            } else if let wordStart = start {
                words.append(fold(text(wordStart..<i)))
                start = nil
            }
        }
        if let wordStart = start { words.append(fold(text(wordStart..<units.count))) }
        return words
    }
}
