/// The `WordShape`s of a set of words, as a bit per (first byte, length up to 63): `mayContain`
/// rules out most words that are not in the set without hashing them, and never a word that is.
struct WordShapeFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 256)

    init() {}

    mutating func insert(_ word: String) {
        guard let shape = WordShape(of: word) else { return }
        bits[Int(shape.lead)] |= Self.lengthBit(shape.length)
    }

    /// False only when no inserted word can equal `word`.
    func mayContain(_ word: String) -> Bool {
        mayContain(shape: WordShape(ofPlain: word))
    }

    /// `mayContain` of a word whose `WordShape(ofPlain:)` is `shape`.
    func mayContain(shape: WordShape?) -> Bool {
        guard let shape else { return true }
        return bits[Int(shape.lead)] & Self.lengthBit(shape.length) != 0
    }

    private static func lengthBit(_ length: Int) -> UInt64 {
        1 << UInt64(min(length, 63))
    }
}
