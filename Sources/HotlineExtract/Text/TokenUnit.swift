/// One character of the text the `Tokenizer` reads: a `Character`, or a byte of ASCII text
/// without carriage returns (there each byte is one character, with the same properties).
protocol TokenUnit {
    var isWordCharacter: Bool { get }
    var isWhitespace: Bool { get }
    var isHyphen: Bool { get }
    /// Starts a capitalized word (an uppercase first scalar).
    var isCapital: Bool { get }
    /// The folded form of a punctuation token, nil for other characters.
    var markFolded: String? { get }
    static func folded(_ word: String) -> String
}

extension Character: TokenUnit {
    var isWordCharacter: Bool { Tokenizer.isWordCharacter(self) }
    var isHyphen: Bool { self == "-" }
    var isCapital: Bool {
        let first = unicodeScalars.first!
        return first.isASCII ? (0x41...0x5A).contains(first.value) : first.properties.isUppercase
    }
    var markFolded: String? { Tokenizer.markFolded(self) }
    static func folded(_ word: String) -> String { TextFolding.fold(word) }
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
    /// ASCII folding is lowercasing.
    static func folded(_ word: String) -> String { TextFolding.fold(word) }
}

/// A `TokenUnit` that is one Unicode scalar (a byte of ASCII text, a `ScalarCharacter`).
protocol SingleScalarUnit: TokenUnit {
    var scalarValue: UInt32 { get }
}

extension UInt8: SingleScalarUnit {
    var scalarValue: UInt32 { UInt32(self) }
}

extension ScalarCharacter: SingleScalarUnit {
    var scalarValue: UInt32 { scalar.value }
}
