/// A deterministic PRNG (SplitMix64): the same seed gives the same corpus on every machine.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform index in `0..<count` (`count` > 0).
    mutating func index(_ count: Int) -> Int { Int.random(in: 0..<count, using: &self) }

    /// An element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T { items[index(items.count)] }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
}
