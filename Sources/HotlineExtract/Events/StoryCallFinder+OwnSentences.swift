/// Which sentences of a story speak of which call, when one sentence reported several.
extension StoryCallFinder {
    /// The sentences of a call's part of the story that concern it: of calls split from one
    /// report ("sendas conversaciones con A y B"), a sentence naming the other party of only some
    /// of them ("Con A, ... abordó ...") concerns only those, and so do the sentences after it in
    /// its paragraph that name none. A call's own report always concerns it.
    func ownSentences(of k: Int, among events: [CallEvent], firsts: [Int], in part: ArraySlice<Story.Sentence>) -> [Story.Sentence] {
        let siblings = events.indices.filter { firsts[$0] == firsts[k] }
        guard siblings.count > 1 else { return Array(part) }
        let keySets = siblings.map { Set(events[$0].participants.map(\.identityKey)) }
        let common = keySets.dropFirst().reduce(keySets[0]) { $0.intersection($1) }
        // the last word of each sibling's own parties' names and aliases
        let own: [Int: Set<String>] = Dictionary(uniqueKeysWithValues: siblings.map { i in
            (i, Set(events[i].participants.filter { !common.contains($0.identityKey) }.flatMap(PartyResolver.surnames)))
        })
        // (a sentence naming no party goes on with the one before it in its paragraph)
        var naming: [Int] = [], paragraph = -1
        return part.compactMap { s in
            let words = Set(s.tokens.filter(\.isWord).map(\.folded))
            let named = siblings.filter { !(own[$0] ?? []).isDisjoint(with: words) }
            if !named.isEmpty || s.paragraph != paragraph { naming = named }
            paragraph = s.paragraph
            guard naming.isEmpty || naming.count == siblings.count || naming.contains(k) || events[k].evidence.contains(s.text) else { return nil }
            // ("el lunes habló con A sobre X; el martes, con B sobre Y": of a sentence whose
            // clauses name the calls apart, only the call's own clauses)
            guard named.count > 1, let mine = own[k] else { return s }
            let clauses = s.tokens.split(omittingEmptySubsequences: true) { Self.clauseSeparators.contains($0.folded) }
            guard clauses.count > 1 else { return s }
            let kept = clauses.filter { c in c.contains { $0.isWord && mine.contains($0.folded) } }
            guard !kept.isEmpty, kept.count < clauses.count else { return s }
            return Story.Sentence(text: s.text, tokens: kept.flatMap { $0 }, paragraph: s.paragraph)
        }
    }

    /// Marks that part a sentence into clauses reporting calls apart.
    static let clauseSeparators: Set<String> = [";", "؛"]
}
