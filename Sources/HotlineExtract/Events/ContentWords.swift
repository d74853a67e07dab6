/// Content-word overlap of two texts, for telling apart reports of different undated calls.
enum ContentWords {
    /// Folded words of four letters or more that are not numbers.
    static func words(_ text: String) -> Set<String> {
        Set(Tokenizer.tokenize(text).filter { $0.isWord && $0.folded.count >= 4 && Int($0.folded) == nil }.map(\.folded))
    }

    /// Shared words over the smaller set, in [0, 1].
    static func similarity(_ a: String, _ b: String) -> Double {
        let wa = words(a), wb = words(b)
        guard !wa.isEmpty, !wb.isEmpty else { return 0 }
        return Double(wa.intersection(wb).count) / Double(min(wa.count, wb.count))
    }
}
