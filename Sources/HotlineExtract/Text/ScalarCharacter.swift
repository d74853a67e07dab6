/// A character of text made only of single-scalar characters: Latin letters and punctuation below
/// U+0250 (without carriage returns, which join a following line feed), Arabic letters, digits and
/// punctuation without their combining marks, and the general punctuation of news text (dashes,
/// quotes, ellipsis). None of these scalars extends, prepends to or joins a neighbour in a
/// grapheme cluster (the tests check each), so such text is read scalar by scalar, with the
/// same characters and offsets as `Array(text)`, and each `TokenUnit` property comes from a
/// table computed once from the `Character` rules.
struct ScalarCharacter: TokenUnit {
    let scalar: Unicode.Scalar

    /// The characters and their start indices (then `text.endIndex`), or nil when a scalar
    /// is not covered (the caller reads the text by grapheme clusters).
    static func read(_ text: String) -> (units: [ScalarCharacter], bounds: [String.Index])? {
        var units: [ScalarCharacter] = []
        var bounds: [String.Index] = []
        units.reserveCapacity(text.utf8.count)
        bounds.reserveCapacity(text.utf8.count + 1)
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let scalar = scalars[i]
            guard slot(scalar.value) != nil else { return nil }
            units.append(ScalarCharacter(scalar: scalar))
            bounds.append(i)
            i = scalars.index(after: i)
        }
        bounds.append(text.endIndex)
        return (units, bounds)
    }

    /// The table index of a covered scalar.
    static func slot(_ v: UInt32) -> Int? {
        switch v {
        case 0..<0x250: v == 0x0D ? nil : Int(v)
        case 0x060C, 0x061B, 0x061F, 0x0620...0x064A, 0x0660...0x066D, 0x0671...0x06D5: Int(v)
        case 0x2010...0x2027: 0x700 + Int(v - 0x2010)
        default: nil
        }
    }

    /// Every covered scalar (for the table and the tests).
    static var covered: [Unicode.Scalar] {
        (UInt32(0)..<0x700).compactMap { slot($0) == nil ? nil : Unicode.Scalar($0) }
            + (UInt32(0x2010)...0x2027).compactMap { Unicode.Scalar($0) }
    }

    private static let word: UInt8 = 1, space: UInt8 = 2, capital: UInt8 = 4, mark: UInt8 = 8

    private static let flags: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x700 + 0x18)
        for scalar in covered {
            let ch = Character(scalar)
            var f: UInt8 = 0
            if ch.isWordCharacter { f |= word }
            if ch.isWhitespace { f |= space }
            if ch.isCapital { f |= capital }
            if ch.markFolded != nil { f |= mark }
            table[slot(scalar.value)!] = f
        }
        return table
    }()

    private var flag: UInt8 { Self.flags[Self.slot(scalar.value)!] }

    var isWordCharacter: Bool { flag & Self.word != 0 }
    var isWhitespace: Bool { flag & Self.space != 0 }
    var isHyphen: Bool { scalar == "-" }
    var isCapital: Bool { flag & Self.capital != 0 }
    var markFolded: String? { flag & Self.mark != 0 ? Character(scalar).markFolded : nil }
    var scalarValue: UInt32? { scalar.value }
    var character: Character { Character(scalar) }
}
