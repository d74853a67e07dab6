/// Finds catalogue topics in a story: a topic is present when one of its cues occurs, or when
/// every one of its cue groups has a member in the story ("Gaza" ... "truce").
struct TopicFinder: Sendable {
    let catalogue: TopicCatalogue
    let indexes: LexiconIndexes

    func topics(in story: Story) -> [Topic] {
        topics(in: story.sentences[...])
    }

    static let listJoiners: Set<String> = ["and", "et", "y", "e", "و", ","]

    /// A proper noun that is one item of a list of three or more ("the UAE, Bahrain and Sudan"):
    /// a list of places, not a topic of the call.
    static func inEnumeration(_ start: Int, _ end: Int, _ tokens: [Token]) -> Bool {
        guard tokens[start].isCapitalized else { return false }
        var items = 1
        var k = start - 1   // leftwards: joiner, then a capitalised item
        while k >= 1, listJoiners.contains(tokens[k].folded), tokens[k - 1].isCapitalized {
            items += 1
            k -= 2
            while k >= 0, tokens[k].isCapitalized, tokens[k].isWord { k -= 1 }   // multi-word item
        }
        k = end             // rightwards
        while k + 1 < tokens.count, listJoiners.contains(tokens[k].folded), tokens[k + 1].isCapitalized {
            items += 1
            k += 2
            while k < tokens.count, tokens[k].isCapitalized, tokens[k].isWord { k += 1 }
        }
        return items >= 3
    }

    /// Tokens of a dateline opening a sentence ("ABU DHABI/JERUSALEM (Aug 17) -"): place names
    /// there say where the report was filed, not what was discussed.
    static func datelineLength(_ tokens: [Token]) -> Int {
        guard let first = tokens.first, first.isCapitalized,
              let dash = tokens.prefix(10).firstIndex(where: { $0.folded == "-" }), dash <= 9 else { return 0 }
        return dash + 1
    }

    /// Topics of some sentences of a story (a call's own part of it).
    func topics(in sentences: ArraySlice<Story.Sentence>) -> [Topic] {
        var found = Set<Int>()
        for s in sentences {
            let tokens = Array(s.tokens.dropFirst(Self.datelineLength(s.tokens)))
            for m in indexes.topicCues.matches(in: tokens) where !Self.inEnumeration(m.start, m.end, tokens) {
                found.formUnion(m.values)
            }
        }
        for (i, groups) in indexes.topicGroups where !found.contains(i) {
            if groups.allSatisfy({ g in sentences.contains { g.occurs(in: $0.tokens) } }) { found.insert(i) }
        }
        return found.sorted().map { Topic(id: catalogue.topics[$0].id, label: catalogue.topics[$0].label) }
    }
}
