/// Calls a story lists under a lead-in that says the items are calls ("Calls of the week:",
/// "Appels de la semaine :"), each item a line of its own that names the two parties and, often,
/// no call word ("- 12 March: X and Y went over ...").
extension StoryCallFinder {
    /// A listed call's confidence: its list says it is a call, the item itself does not.
    static let listedCallConfidence = 0.7
    /// Marks that open a list item.
    static let listMarks: Set<Character> = ["-", "–", "•", "*", "·"]

    /// The sentence ends with a colon and holds a plural call noun ("Calls logged by our desk
    /// this month:"): the list after it is of calls.
    static func leadsCallList(_ sentence: Story.Sentence, grammar: LexiconIndexes.Grammar) -> Bool {
        guard sentence.text.last(where: { !$0.isWhitespace }) == ":" else { return false }
        return grammar.triggers.matches(in: sentence.tokens).contains { m in
            m.values.contains { $0.plural == true && ($0.kind == .noun || $0.kind == .strong) }
        }
    }

    /// The sentence is a list item: its text opens with a list mark.
    static func isListItem(_ sentence: Story.Sentence) -> Bool {
        sentence.text.first(where: { !$0.isWhitespace }).map { listMarks.contains($0) } ?? false
    }
}
