/// Calls a story lists under a lead-in that says the items are calls ("Calls of the week:",
/// "Appels de la semaine :"), each item a line of its own that names the two parties and, often,
/// no call word ("- 12 March: X and Y went over ...").
extension StoryCallFinder {
    /// A listed call's confidence: its list says it is a call, the item itself does not.
    static let listedCallConfidence = 0.7
    /// Marks that open a list item.
    static let listMarks: Set<Character> = ["-", "–", "•", "*", "·"]

    /// The sentence ends with a colon, or is a short heading in capitals ("CALLS LOGGED THIS
    /// WEEK"), and holds a plural call noun ("Calls logged by our desk this month:"): the list
    /// after it is of calls.
    static func leadsCallList(_ sentence: Story.Sentence, grammar: LexiconIndexes.Grammar) -> Bool {
        let heading = sentence.tokens.count <= Self.listHeadingWords && sentence.text.contains(where: \.isLetter)
            && !sentence.text.contains(where: \.isLowercase)
        guard heading || sentence.text.last(where: { !$0.isWhitespace }) == ":" else { return false }
        return namesCalls(sentence.tokens, before: sentence.tokens.count, grammar: grammar)
    }
    /// Most words of a heading in capitals that leads a list of calls.
    static let listHeadingWords = 8

    /// A plural call noun ends before `end`: a call trigger's or a `callListNouns` phrase.
    static func namesCalls(_ tokens: [Token], before end: Int, grammar: LexiconIndexes.Grammar) -> Bool {
        grammar.triggers.matches(in: tokens).contains { m in
            m.end <= end && m.values.contains { $0.plural == true && ($0.kind == .noun || $0.kind == .strong) }
        } || grammar.callListNouns.matches(in: tokens).contains { $0.end <= end }
    }

    /// The colon of a sentence that lists its calls inline after a lead-in holding a plural call
    /// noun ("the week brought a series of phone contacts: on Monday X spoke with A; on Tuesday
    /// with B"), if any: the talks after it are calls of the list.
    static func inlineListColon(_ tokens: [Token], grammar: LexiconIndexes.Grammar) -> Int? {
        guard let colon = tokens.firstIndex(where: { $0.folded == ":" }), colon + 1 < tokens.count else { return nil }
        return namesCalls(tokens, before: colon, grammar: grammar) ? colon : nil
    }

    /// The sentence is a list item: its text opens with a list mark.
    static func isListItem(_ sentence: Story.Sentence) -> Bool {
        sentence.text.first(where: { !$0.isWhitespace }).map { listMarks.contains($0) } ?? false
    }
}
