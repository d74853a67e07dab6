/// Interview transcripts: a paragraph that opens with its speaker's label ("Ahmed Attaf : ...",
/// "A. A. : ...", "A.A.: ...") tells that speaker's words, so a call told there in the first
/// person ("J'ai eu Sergueï Lavrov au téléphone") is the speaker's.
extension StoryCallFinder {
    /// Tokens a speaker's label may take before its colon.
    static let speakerLabelReach = 6

    /// The party the label opening `paragraph` names: by name, or by initials that are those of
    /// exactly one party of `memory` ("A. A." for Ahmed Attaf).
    func speakerLabel(of paragraph: Int, in story: Story, mentionFinder: MentionFinder, resolver: PartyResolver,
                      on date: EventDate?, memory: [ResolvedParty]) -> ResolvedParty? {
        guard let first = story.sentences.first(where: { $0.paragraph == paragraph }) else { return nil }
        let tokens = first.tokens
        // ("The Minister of State for ... Affairs (Mr X Y): I thank the Member for
        // her question ...": a debate record's long label ends with its speaker's name in brackets)
        // ("Senator X (State—Minister for Foreign Affairs) (15:02): Thank you ...": or
        // the name before the brackets)
        // (or, when the name is a bare surname the story never gives in full, "Senator X", the
        // office the label gives: "(State—Minister for Foreign Affairs)")
        if let bracketed = Self.bracketedLabelName(tokens) {
            let inLabel = mentionFinder.mentions(in: tokens).filter { $0.end <= bracketed.upperBound }
            let named = inLabel.filter(\.isNamed)
            if let m = named.last(where: { $0.start > bracketed.lowerBound }) ?? named.first,
               let party = resolver.resolve([m], on: date, memory: memory).first(where: { $0.participant.name != nil }) {
                return party
            }
            for m in inLabel where !m.isNamed {
                if let party = resolver.resolve([m], on: date, memory: memory).first(where: { $0.participant.name != nil }) { return party }
            }
            // (the surname of the label with the office in its brackets: the one holder of both)
            if let date, let surname = inLabel.lazy.compactMap(\.surname).first,
               let office = inLabel.first(where: { $0.surname == nil && !$0.kinds.isEmpty }),
               let i = resources.knowledge.holder(kinds: office.kinds, surname: surname, on: date) {
                return resolver.participant(official: i, on: date, kinds: office.kinds, fallbackCountry: office.country)
            }
        }
        guard let colon = Self.labelColon(tokens) else { return nil }
        let label = tokens[..<colon]
        if let m = mentionFinder.mentions(in: tokens).first(where: { $0.isNamed && $0.start == 0 && $0.end == colon }) {
            return resolver.resolve([m], on: date, memory: memory).first { $0.participant.name != nil }
        }
        // (initials: one capital letter a word, each with or without its full stop)
        let letters = label.filter(\.isWord)
        guard letters.count >= 2, letters.allSatisfy({ $0.isCapitalized && $0.text.count == 1 }),
              label.allSatisfy({ $0.isWord || $0.folded == "." }) else { return nil }
        let initials = letters.map(\.folded).joined()
        var matches: [ResolvedParty] = []
        for p in memory where p.participant.name != nil && !matches.contains(where: { $0.participant.identityKey == p.participant.identityKey }) {
            let words = TextFolding.words(p.participant.name ?? "")
            if words.map({ String($0.prefix(1)) }).joined() == initials { matches.append(p) }
        }
        return matches.count == 1 ? matches[0] : nil
    }

    /// Paragraphs a speaker's label line may lead: a debate's speech runs over several.
    static let labelLineReach = 8

    /// The party a line that is only a speaker's label names, above `paragraph` and within
    /// `labelLineReach` paragraphs: "Mr David Lammy:", "The Secretary of State for Foreign, ...
    /// Affairs (Mr David Lammy):" or "Foreign Secretary X told MPs:" (a transcript or a quote set
    /// out below its speaker). The nearest label line decides, whoever it names; a paragraph that
    /// opens with its own label ("Q: ...") ends the search.
    func speakerLine(above paragraph: Int, in story: Story, mentionFinder: MentionFinder, resolver: PartyResolver,
                     on date: EventDate?, memory: [ResolvedParty]) -> ResolvedParty? {
        guard let here = story.sentences.firstIndex(where: { $0.paragraph == paragraph }) else { return nil }
        var i = here - 1
        while i >= 0, story.sentences[i].paragraph >= paragraph - Self.labelLineReach {
            let s = story.sentences[i]
            if story.opensParagraph(i), story.closesParagraph(i), s.tokens.last?.folded == ":" {
                let named = mentionFinder.mentions(in: s.tokens).filter(\.isNamed)
                guard let last = named.last else { return nil }
                return resolver.resolve([last], on: date, memory: memory).first { $0.participant.name != nil }
            }
            if story.opensParagraph(i), let colon = Self.labelColon(s.tokens), colon + 1 < s.tokens.count { return nil }
            i -= 1
        }
        return nil
    }

    /// The paragraphs of an interview transcript that open with a label and a colon ("TSA :",
    /// "A. A. :", "Q:"): each starts an answer or a question of its own, whose calls take no day
    /// from calls told before it. None unless at least two paragraphs do.
    static func labelledParagraphs(of story: Story) -> Set<Int> {
        var out = Set<Int>()
        for (i, s) in story.sentences.enumerated() where story.opensParagraph(i) {
            guard let colon = labelColon(s.tokens),
                  s.tokens[..<colon].allSatisfy({ ($0.isWord && $0.isCapitalized) || $0.folded == "." }) else { continue }
            out.insert(s.paragraph)
        }
        return out.count >= 2 ? out : []
    }

    /// Tokens a debate record's label may take up to its bracketed name and colon.
    static let bracketedLabelReach = 30

    /// The last bracket of "... (Mr X Y):" or "... (14:07):" opening a sentence, within
    /// `bracketedLabelReach` tokens: the range from "(" to ")".
    static func bracketedLabelName(_ tokens: [Token]) -> Range<Int>? {
        guard let colon = tokens.indices.prefix(bracketedLabelReach).first(where: { $0 >= 3 && tokens[$0].folded == ":" && tokens[$0 - 1].folded == ")" }),
              let open = tokens[..<(colon - 1)].lastIndex(where: { $0.folded == "(" }) else { return nil }
        return open..<(colon - 1)
    }

    /// The colon that closes a label opening a paragraph's first sentence, within
    /// `speakerLabelReach` tokens and after at least one.
    static func labelColon(_ tokens: [Token]) -> Int? {
        tokens.prefix(speakerLabelReach + 1).firstIndex { $0.folded == ":" }.flatMap { $0 > 0 ? $0 : nil }
    }

    /// Some paragraph of the story opens with a question ("¿Ha hablado con ...?"): an interview.
    static func asksQuestions(_ story: Story) -> Bool {
        story.sentences.enumerated().contains { i, s in
            story.opensParagraph(i) && s.paragraph > 0
                && (s.text.hasSuffix("?") || s.text.hasPrefix("¿") || s.text.hasSuffix("؟"))
        }
    }

    /// A quotation that opens the sentence closes after `end` and a subject pronoun with a
    /// verb of saying follows it ('"X rang me to say ...," he told reporters'): the speaker is
    /// the one the pronoun stands for.
    static func closedByPronounSpeaker(_ tokens: [Token], after end: Int, grammar: LexiconIndexes.Grammar, isPronoun: (Token) -> Bool) -> Bool {
        let quotes = tokens.indices.filter { tokens[$0].folded == "\"" }
        guard quotes.count >= 2, quotes[0] <= 1, let close = quotes.last, close >= end,
              let p = (close + 1..<min(tokens.count, close + 1 + quoteSpeakerReach)).first(where: { isPronoun(tokens[$0]) }) else { return false }
        return p + 1 < tokens.count && grammar.speech.match(tokens, at: p + 1) != nil
    }
}
