/// Content-word overlap of two texts, for telling apart reports of different undated calls.
enum ContentWords {
    /// Folded words of four letters or more that are not numbers.
    static func words(_ text: String) -> Set<String> {
        Set(Tokenizer.tokenize(text).filter { $0.isWord && $0.folded.count >= 4 && Int($0.folded) == nil }.map(\.folded))
    }

    /// Jaccard similarity of the two texts' content words, in [0, 1].
    static func similarity(_ a: String, _ b: String) -> Double {
        jaccard(words(a), words(b))
    }

    static func jaccard<T: Hashable>(_ a: Set<T>, _ b: Set<T>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        return Double(a.intersection(b).count) / Double(a.union(b).count)
    }
}
