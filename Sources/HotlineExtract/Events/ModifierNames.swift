/// Names that own a noun phrase ("the Trump administration", "l'administration Trump", "la
/// politique commerciale de Trump", "el Gobierno de Donald Trump", "إدارة ترامب"): the call's
/// topic, never a party, so the sentence is read without them.
struct ModifierNames: Sendable {
    let grammar: LexiconIndexes.Grammar
    /// Honorifics a name may carry before it ("le gouvernement de M. Nawaf Salam").
    var honorifics: Set<String> = []

    /// Lower-case words allowed between a head noun and the "of" word before the name
    /// ("la política migratoria del Gobierno de X"): three at most.
    static let maxGap = 3

    /// `mentions` less the named ones and the offices of a country that are modifiers ("the
    /// special envoy of the US President", "المبعوث الخاص للرئيس الأمريكي": the envoy, not the
    /// President).
    func parties(_ mentions: [Mention], tokens: [Token]) -> [Mention] {
        mentions.filter { !(($0.isNamed || $0.country != nil) && isModifier($0, tokens: tokens)) }
    }

    /// A head noun right before the name or before "of"-words ending right before it (with a
    /// few lower-case words between), or a tail noun right after it.
    func isModifier(_ m: Mention, tokens: [Token]) -> Bool {
        if m.end < tokens.count, grammar.modifierTails.match(tokens, at: m.end) != nil { return true }
        // (an honorific and its period before the name belong to it)
        var start = m.start
        if start > 1, tokens[start - 1].folded == ".", honorifics.contains(tokens[start - 2].folded) { start -= 2 }
        if start > 0, honorifics.contains(tokens[start - 1].folded) { start -= 1 }
        guard start > 0 else { return false }
        if headEnds(at: start, tokens, grammar.modifierHeads) { return true }
        guard MentionFinder.ofWords.contains(tokens[start - 1].folded) else { return false }
        var end = start - 1
        while end > 0, start - end <= Self.maxGap + 1 {
            if headEnds(at: end, tokens, grammar.modifierHeads) || headEnds(at: end, tokens, grammar.modifierHeadsWithOf) { return true }
            let t = tokens[end - 1]
            guard t.isWord, !t.isCapitalized, t.folded.unicodeScalars.allSatisfy(\.isASCII) else { return false }
            end -= 1
        }
        return false
    }

    private func headEnds(at end: Int, _ tokens: [Token], _ heads: PhraseMatcher<Bool>) -> Bool {
        (max(0, end - 3)..<end).contains { heads.match(tokens, at: $0)?.end == end }
    }
}
