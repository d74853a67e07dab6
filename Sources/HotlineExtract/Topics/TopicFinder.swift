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

    static let ministryWords: Set<String> = ["minister", "ministry", "ministre", "ministere", "ministro", "ministra",
                                             "ministerio", "وزير", "وزيره", "وزاره"]
    static let nameLinks: Set<String> = ["of", "for", "and", "de", "des", "du", "d", "l", "la", "et", "y", "del", "e", ","]

    /// A cue that is part of a ministry's name ("Minister of Foreign Affairs and Migration",
    /// "ministre de l'Intérieur et de l'Immigration", "وزير الخارجية والهجرة"): an office, not a
    /// topic. Latin script: a capitalised cue after the ministry word with only capitalised words
    /// and links between; Arabic: a cue joined by "و" within two words of the ministry word.
    static func inMinistryName(_ start: Int, _ tokens: [Token]) -> Bool {
        let t = tokens[start]
        let arabic = t.folded.unicodeScalars.first.map { (0x0600...0x06FF).contains(Int($0.value)) } ?? false
        if arabic {
            guard t.folded.hasPrefix("و") else { return false }
            return (max(0, start - 2)..<start).contains { ministryWords.contains(tokens[$0].folded) }
        }
        guard t.isCapitalized, start > 0 else { return false }
        var k = start - 1
        while k >= 0, start - k <= 8 {
            let w = tokens[k]
            if ministryWords.contains(w.folded) { return true }
            guard w.isCapitalized || nameLinks.contains(w.folded) else { return false }
            k -= 1
        }
        return false
    }

    /// Tokens of a dateline opening a sentence ("ABU DHABI/JERUSALEM (Aug 17) -"): place names
    /// there say where the report was filed, not what was discussed.
    static func datelineLength(_ tokens: [Token]) -> Int {
        guard let first = tokens.first, first.isCapitalized,
              let dash = tokens.prefix(10).firstIndex(where: { $0.folded == "-" }), dash <= 9 else { return 0 }
        return dash + 1
    }

    /// Punctuation that bounds a clause within a sentence.
    static let clauseMarks: Set<String> = [",", ";", ":", "،", "؛"]

    /// The clause holding `span`: from the clause punctuation before it to the one after it.
    static func clause(around span: Range<Int>, in tokens: [Token]) -> Range<Int> {
        let start = (0..<span.lowerBound).last { clauseMarks.contains(tokens[$0].folded) }.map { $0 + 1 } ?? 0
        let end = (span.upperBound..<tokens.count).first { clauseMarks.contains(tokens[$0].folded) } ?? tokens.count
        return start..<end
    }

    /// Topics of some sentences of a story (a call's own part of it).
    /// (The clause of a phrase saying something was not discussed gives no cue, and its sentence
    /// no cue group: "The statement did not say whether the hostages were raised", "..., sans
    /// préciser si les otages ont été évoqués".)
    func topics(in all: ArraySlice<Story.Sentence>) -> [Topic] {
        var found = Set<Int>()
        var sentences: [Story.Sentence] = []   // those that may complete cue groups
        for s in all {
            let tokens = Array(s.tokens.dropFirst(Self.datelineLength(s.tokens)))
            let unsaid = indexes.topicUnsaid.matches(in: tokens).map { Self.clause(around: $0.start..<$0.end, in: tokens) }
            if unsaid.isEmpty { sentences.append(s) }
            for m in indexes.topicCues.matches(in: tokens)
            where !Self.inEnumeration(m.start, m.end, tokens) && !Self.inMinistryName(m.start, tokens) && !unsaid.contains(where: { $0.contains(m.start) }) {
                found.formUnion(m.values.filter { $0 != LexiconIndexes.notACue })
            }
        }
        for (i, groups) in indexes.topicGroups where !found.contains(i) {
            if groups.allSatisfy({ g in sentences.contains { g.occurs(in: $0.tokens) } }) { found.insert(i) }
        }
        return found.sorted().map { Topic(id: catalogue.topics[$0].id, label: catalogue.topics[$0].label) }
    }
}
