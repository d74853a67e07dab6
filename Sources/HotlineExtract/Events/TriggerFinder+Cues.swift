/// Cues around a trigger that say the call did not happen as reported (an arrangement to stay
/// in touch, an existential negation), where its clause ends, and its object pronouns.
extension TriggerFinder {
    /// How far back an arrangement to stay in touch governs a call word.
    static let arrangementReach = 10
    /// How far back an existential negation governs a call word.
    static let existentialReach = 12

    /// An arrangement to stay in touch up to `arrangementReach` words before the call word, with
    /// no party named between them ("agreed to keep in regular contact, including by telephone";
    /// not "X, who has kept in contact with Y, called him").
    func arrangement(before start: Int, tokens: [Token], mentions: [Mention]) -> Bool {
        grammar.arrangement.matches(in: tokens).contains { a in
            a.end <= start && start - a.end <= Self.arrangementReach && !mentions.contains { $0.start >= a.end && $0.start < start }
        }
    }

    /// "Il n'y a pas eu, à notre connaissance, d'entretien téléphonique", "there was no phone
    /// call": an existential negation before the call word, with no clause break word between
    /// them ("There was no meeting, but X called Y" keeps the call).
    func existentialNegation(before start: Int, tokens: [Token]) -> Bool {
        grammar.existentialNegation.matches(in: tokens).contains { n in
            n.end <= start && start - n.end <= Self.existentialReach
                && !(n.end..<start).contains { grammar.clauseBreaks.contains(tokens[$0].folded) || tokens[$0].folded == "." }
        }
    }

    /// A `recurrence` phrase up to `recurrenceReach` words before the call word, with no ";" or
    /// ":" between ("This is not the first time that the two leaders have spoken by phone").
    func recurs(before start: Int, tokens: [Token]) -> Bool {
        guard !grammar.recurrence.isEmpty else { return false }
        return (max(0, start - Self.recurrenceReach - 6)..<start).contains { k in
            guard let r = grammar.recurrence.match(tokens, at: k), r.end <= start, start - r.end <= Self.recurrenceReach else { return false }
            return !(r.end..<start).contains { [";", ":"].contains(tokens[$0].folded) }
        }
    }
    static let recurrenceReach = 12

    /// End of the clause a call noun heads, before a word that brings in another event ("the call
    /// came after the summit was postponed"): where a cancellation there is the call's own.
    func ownClauseEnd(after end: Int, tokens: [Token]) -> Int {
        let limit = nounClauseEnd(after: end, tokens: tokens)
        return (end..<limit).first { grammar.otherEventDate.match(tokens, at: $0) != nil && !dateWords.covers($0, in: tokens) } ?? limit
    }

    /// A first-person object pronoun of the calling verb, placed as `hasObjectPronoun`'s: "me
    /// llamó", "m'a appelé", "called me", "اتصل بي" (the speaker was called).
    /// (A name may follow a pronoun before the verb: in "me llamó Antony Blinken" it is the
    /// subject, who called.)
    /// (`partyStarts`: where the sentence's parties start; one right after the verb, or after
    /// an article, is its subject: "me llamó el presidente X", not "me llamó la atención")
    func hasFirstPersonObject(_ start: Int, _ end: Int, tokens: [Token], partyStarts: [Int]) -> Bool {
        if hasObjectPronoun(start, end, tokens: tokens, pronouns: grammar.firstPersonObjects) { return true }
        return start > 0 && grammar.firstPersonObjects.contains(tokens[start - 1].folded)
            && end < tokens.count && tokens[end].isWord && (tokens[end].isCapitalized || partyStarts.contains { $0 == end || $0 == end + 1 })
    }

    /// An object pronoun right before a calling verb ("lo llamó", "l'a appelé") or right after it
    /// ("called him", "اتصل به").
    /// The words after it must fit a call (punctuation, a date, a `pronounObjectFollowers` word):
    /// "lo llamó más tarde", not "lo llamó traidor", "called him a liar".
    func hasObjectPronoun(_ start: Int, _ end: Int, tokens: [Token]) -> Bool {
        hasObjectPronoun(start, end, tokens: tokens, pronouns: grammar.objectPronouns)
    }

    private func hasObjectPronoun(_ start: Int, _ end: Int, tokens: [Token], pronouns: Set<String>) -> Bool {
        // (an auxiliary may stand between: "l'avait appelé", "lo había llamado")
        let auxiliary = start > 1 && grammar.perfectAuxiliaries.contains(tokens[start - 1].folded) ? 1 : 0
        let before = start > auxiliary && pronouns.contains(tokens[start - 1 - auxiliary].folded)
        let after = !before && end < tokens.count && pronouns.contains(tokens[end].folded)
        guard before || after else { return false }
        let next = after ? end + 1 : end
        // ('le había llamado "dictador"', "called him “a coward”": an epithet in quotes; not the
        // closing quote of '"I called him," she said')
        if next + 1 < tokens.count, tokens[next].folded == "\"", tokens[next + 1].isWord,
           grammar.speech.match(tokens, at: next + 1) == nil { return false }
        guard next < tokens.count, tokens[next].isWord else { return true }
        // (a date may follow an article: "lo llamó el lunes", "l'a appelé ce matin")
        return grammar.pronounObjectFollowers.contains(tokens[next].folded) || dateWords.match(tokens, at: next) != nil
            || (next + 1 < tokens.count && dateWords.match(tokens, at: next + 1) != nil)
    }
}
