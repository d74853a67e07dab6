/// Finds catalogue topics in a story: a topic is present when one of its cues occurs, or when
/// every one of its cue groups has a member in the story ("Gaza" ... "truce").
struct TopicFinder: Sendable {
    let catalogue: TopicCatalogue
    let indexes: LexiconIndexes

    func topics(in story: Story) -> [Topic] {
        topics(in: story.sentences[...])
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
            for m in indexes.topicCues.matches(in: tokens) { found.formUnion(m.values) }
        }
        for (i, groups) in indexes.topicGroups where !found.contains(i) {
            if groups.allSatisfy({ g in sentences.contains { g.occurs(in: $0.tokens) } }) { found.insert(i) }
        }
        return found.sorted().map { Topic(id: catalogue.topics[$0].id, label: catalogue.topics[$0].label) }
    }
}
