/// Latency percentiles (nearest rank) of a sample of durations in nanoseconds.
struct Percentiles {
    private let sorted: [UInt64]

    init(_ samples: [UInt64]) { sorted = samples.sorted() }

    /// The `p`-th percentile (0–100) in milliseconds; 0 for an empty sample.
    func ms(_ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1
        return Double(sorted[min(max(rank, 0), sorted.count - 1)]) / 1e6
    }
}
