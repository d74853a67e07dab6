/// Per-scalar results of `TextFolding.referenceFold` below U+0800, for the scalars whose
/// folding does not depend on their neighbours, so a word folds as the concatenation of its
/// scalars' folds. A scalar qualifies when its folded form holds only starters (canonical
/// combining class 0): below U+0800 no two starters compose, and dropped marks fold to "".
/// Greek is left out (its lowercasing of sigma may depend on the position in the word).
enum ScalarFolds {
    /// Scalars at or above this value are not in the table.
    static let limit = 0x0800

    /// `table[v]`: the folded form of scalar `v`, nil where the full folding must run.
    static let table: [String?] = (0..<limit).map { v in
        guard let scalar = Unicode.Scalar(UInt32(v)), !(0x0370...0x03FF).contains(v) else { return nil }
        let folded = TextFolding.referenceFold(String(Character(scalar)))
        guard folded.unicodeScalars.allSatisfy({ $0.properties.canonicalCombiningClass == .notReordered }) else { return nil }
        return folded
    }
}
