/// One character of the text the `Tokenizer`, `SentenceSplitter` and `TextFolding.words` read:
/// a `Character`, a `ScalarCharacter`, or a byte of ASCII text without carriage returns (there
/// each byte is one character, with the same properties).
protocol TokenUnit {
    var isWordCharacter: Bool { get }
    var isWhitespace: Bool { get }
    var isHyphen: Bool { get }
    /// Starts a capitalized word (an uppercase first scalar).
    var isCapital: Bool { get }
    /// The folded form of a punctuation token, nil for other characters.
    var markFolded: String? { get }
    /// The scalar value of a character made of one scalar; nil for a character of several.
    var scalarValue: UInt32? { get }
    /// The unit as a `Character`.
    var character: Character { get }
}

extension Character: TokenUnit {
    var isWordCharacter: Bool { Tokenizer.isWordCharacter(self) }
    var isHyphen: Bool { self == "-" }
    var isCapital: Bool {
        let first = unicodeScalars.first!
        return first.isASCII ? (0x41...0x5A).contains(first.value) : first.properties.isUppercase
    }
    var markFolded: String? { Tokenizer.markFolded(self) }
    var scalarValue: UInt32? {
        let scalars = unicodeScalars
        return scalars.count == 1 ? scalars.first?.value : nil
    }
    var character: Character { self }

    /// The characters of `text` and their start indices (then `text.endIndex`).
    static func read(_ text: String) -> (units: [Character], bounds: [String.Index]) {
        var characters: [Character] = []
        var bounds: [String.Index] = []
        var i = text.startIndex
        while i < text.endIndex {
            characters.append(text[i])
            bounds.append(i)
            i = text.index(after: i)
        }
        bounds.append(text.endIndex)
        return (characters, bounds)
    }
}

extension UInt8: TokenUnit {
    var isWordCharacter: Bool { (0x30...0x39).contains(self) || (0x61...0x7A).contains(self | 0x20) }
    /// Tab, line feed, vertical tab, form feed, carriage return, space (`Character.isWhitespace`).
    var isWhitespace: Bool { (0x09...0x0D).contains(self) || self == 0x20 }
    var isHyphen: Bool { self == 0x2D }
    var isCapital: Bool { (0x41...0x5A).contains(self) }
    var markFolded: String? {
        self == 0x2C || self == 0x28 || self == 0x29 || self == 0x3B || self == 0x3A || self == 0x22
            ? String(decoding: [self], as: UTF8.self) : nil
    }
    var scalarValue: UInt32? { UInt32(self) }
    var character: Character { Character(Unicode.Scalar(self)) }
}
