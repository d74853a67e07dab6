/// Which date cue of a sentence dates a trigger group: the nearest one of its own clause, not
/// one that dates a planned event, another event named by a participle or a relative clause,
/// or only a period.
extension StoryCallFinder {
    /// Words from a participle of another event ("signed in Addis Ababa on") to the date it gives.
    static let participleReach = 5
    /// Words from a call word to the date its own relative clause gives ("cette conversation,
    /// qui a eu lieu jeudi").
    static let relativeDayReach = 7

    /// The cue's date; a day relative to the story's last date ("en la víspera", "la veille")
    /// when nothing before dates the story and the sentence gives no other date counts back from
    /// the report's own day ("sostuvo en la víspera una conversación" under a dateline).
    /// With one other date before it in the sentence, the relative day counts from that one ("X
    /// met Y on Tuesday; they had spoken by phone the day before").
    func resolveCue(_ cue: DateCue, reference: EventDate?, previous: EventDate?, sentenceCues: [DateCue]) -> EventDate? {
        if let date = cue.resolve(reference: reference, previous: previous) { return date }
        // ("said on Saturday that he had spoken by phone earlier in the day": the same day as the
        // day the sentence gives before it)
        let offset: Int
        switch cue.value {
        case let .relativeToPrevious(n): offset = n
        case .sameDay: offset = 0
        default: return nil
        }
        guard previous == nil else { return nil }
        let others = sentenceCues.filter { $0.start != cue.start && !$0.isVague }
        if others.count == 1, others[0].end <= cue.start, let before = others[0].resolve(reference: reference, previous: nil) {
            return DateMath.adding(days: offset, to: before)
        }
        guard offset < 0, others.isEmpty else { return nil }
        return reference.flatMap { DateMath.adding(days: offset, to: $0) }
    }

    /// The sentence's cues less those that close an earlier group's clause before this one
    /// ("X called A on Saturday and B on Sunday": Saturday is A's); all of them when that
    /// leaves none.
    func ownCues(_ cues: [DateCue], of gi: Int, in groups: [Group], mentions: [Mention]) -> [DateCue] {
        guard gi > 0 else { return cues }
        let extents = groups.map { $0.extent(mentions) }
        let mine = extents[gi]
        let own = cues.filter { c in
            !extents[..<gi].contains { e in
                c.start >= e.hi && c.end <= mine.lo && c.start - e.hi <= mine.lo - c.end
            }
        }
        return own.isEmpty ? cues : own
    }

    /// The date cue closest to the group's extent (its triggers and the mentions it took).
    /// Ties go to the cue nearer the trigger itself; a cue right after a reporting verb ("said on
    /// Friday that ...") dates the statement, so it counts only when no other cue is there.
    /// (`elsewhere`: the `otherEventClauses` before the group, whose cues date another event.)
    func nearestCue(_ cues: [DateCue], to g: Group, mentions: [Mention], tokens: [Token],
                    grammar: LexiconIndexes.Grammar, elsewhere: [Range<Int>]) -> DateCue? {
        let (lo, hi) = g.extent(mentions)
        func d(_ c: DateCue, _ lo: Int, _ hi: Int) -> Int { c.start >= hi ? c.start - hi : c.end <= lo ? lo - c.end : 0 }
        func afterSpeech(_ c: DateCue) -> Bool { Self.datesStatement(c, tokens: tokens, grammar: grammar) }
        // a date after a future cue following the call dates a planned event ("..., who will
        // visit Madrid on Thursday", "; les deux dirigeants se retrouveront jeudi")
        let planner = TriggerFinder(grammar: grammar)
        // "the memorandum signed in Addis Ababa on January 1": a participle dates another event
        // (so does taking office: "X, appointed in May, held a call with Y"; not a qualifier
        // inside a party's title: "the re-elected Prime Minister X spoke on Tuesday with Y")
        let participles = (grammar.otherEventParticiples.matches(in: tokens) + grammar.appointments.matches(in: tokens))
            .filter { p in (p.start >= g.end || p.end <= g.start) && !mentions.contains { $0.start <= p.start && p.end <= $0.end } }
        // ("hours after the vote on Monday", "Hours after ..., X called Y": the other event's
        // day is the call's)
        let sameDay = { (range: Range<Int>) in
            range.contains { k in grammar.sameDayLinks.match(tokens, at: k) != nil }
        }
        let allCues = cues
        let cues = cues.filter { c in
            !elsewhere.contains { $0.contains(c.start) && !sameDay($0.lowerBound..<min($0.upperBound, $0.lowerBound + 3)) }
            && (c.start < g.end || !planner.plansAhead(tokens, from: g.end, to: c.start))
                // (only the first date after it, and not one past the call's words: "X, qui a pris
                // ses fonctions vendredi dernier, a téléphoné mercredi à Y" is Wednesday's call)
                && !participles.contains { p in
                    p.end <= c.start && c.start - p.end <= Self.participleReach && !(p.end <= g.start && c.start >= g.end)
                        && !allCues.contains { $0.start >= p.end && $0.start < c.start }
                }
                && !inRelativeClause(c, after: g, tokens: tokens, mentions: mentions, grammar: grammar)
                && !inParentheticalRelative(c, before: g, tokens: tokens, mentions: mentions, grammar: grammar)
                // ("spoke with X after a cable was damaged on Sunday": the other event's day)
                && !(c.start >= hi && planner.occurs(grammar.otherEventDate, in: tokens, from: hi, to: c.start) && !sameDay(hi..<c.start))
                // ("... y recordó su visita a Brasilia el pasado julio": the visit's)
                && !(c.start >= hi && planner.occurs(grammar.nonCall, in: tokens, from: hi, to: c.start))
        }
        // ("durante una conversación telefónica que mantuvieron el pasado jueves 14 de marzo": a
        // day in the call noun's own relative clause is its day, whatever the clause around says)
        if g.end < tokens.count, grammar.relativePronouns.contains(tokens[g.end].folded),
           let own = cues.first(where: { c in
               !c.isVague && c.start > g.end && c.start - g.end <= Self.relativeDayReach
                   && !tokens[g.end..<c.start].contains { TriggerFinder.clausePunctuation.contains($0.folded) }
           }) {
            return own
        }
        // (a period that dates nothing counts only when no other cue is there, or only a
        // statement's day: '"I spoke with X last week," Y told reporters on Tuesday')
        let nonVague = cues.filter { !$0.isVague }
        let statementOnly = !nonVague.isEmpty && nonVague.allSatisfy(afterSpeech) && nonVague.count < cues.count
        let dated = nonVague.isEmpty || statementOnly ? cues : nonVague
        let pool = dated.count > 1 && dated.contains(where: { !afterSpeech($0) }) ? dated.filter { !afterSpeech($0) } : dated
        guard let best = pool.min(by: { (d($0, lo, hi), d($0, g.start, g.end)) < (d($1, lo, hi), d($1, g.start, g.end)) }) else { return nil }
        if case .weekday = best.value, let abs = cues.first(where: { c in
            if case .absolute = c.value { return abs(c.start - best.end) <= 2 || abs(best.start - c.end) <= 2 } else { return false }
        }) { return abs }
        // "hier mercredi 10 janvier", "yesterday (Wednesday, January 10)": the calendar date the
        // relative day is spelled out as
        if case .relative = best.value, let abs = cues.first(where: { c in
            if case .absolute(_, _, let day) = c.value { return day != nil && c.start >= best.end && c.start - best.end <= 4 } else { return false }
        }) { return abs }
        return best
    }

    /// A month named as a modifier of a call noun ("the January call", "cette conversation de
    /// janvier", "la llamada de enero", "اتصال مارس"): that month, where no cue covers the month
    /// word already. (Before the noun only capitalised, not the modal in "may call"; right after
    /// it only in Arabic, not "the call may".)
    func monthModifiers(of hits: [TriggerHit], tokens: [Token], language: String, taken: [DateCue]) -> [DateCue] {
        guard !hits.isEmpty, let words = resources.indexes.dateWords[language] else { return [] }
        var out: [DateCue] = []
        for h in hits where h.trigger.kind == .noun || h.trigger.kind == .strong {
            var at: [Int] = []
            if h.start >= 1, tokens[h.start - 1].isCapitalized { at.append(h.start - 1) }
            if h.end + 1 < tokens.count, DateFinder.joiners.contains(tokens[h.end].folded) { at.append(h.end + 1) }
            if h.end < tokens.count, tokens[h.end].folded.unicodeScalars.first.map(TextFolding.isArabic) == true { at.append(h.end) }
            for k in at where !taken.contains(where: { $0.start <= k && k < $0.end }) {
                guard let m = words.match(tokens, at: k), case let .month(month, abbreviated: false) = m.values.first,
                      m.start == k, k != h.start - 1 || m.end == h.start else { continue }
                out.append(DateCue(value: .absolute(year: nil, month: month, day: nil), start: m.start, end: m.end))
            }
        }
        return out
    }

    /// The cue comes right after a reporting verb ("said on Friday", "a fait savoir son bureau
    /// vendredi"): it dates the statement.
    static func datesStatement(_ c: DateCue, tokens: [Token], grammar: LexiconIndexes.Grammar) -> Bool {
        // (the speaker may come between: "a fait savoir son bureau vendredi"; no punctuation)
        let words = (max(0, c.start - Self.statementReach)..<c.start).reversed().prefix { tokens[$0].isWord }
        return words.contains { grammar.speech.match(tokens, at: $0) != nil }
    }
    /// Words from a reporting verb to the date of its statement.
    static let statementReach = 5

    /// The cue dates a statement made after the call's words, its reporting verb between them
    /// ("X had a call with Y, a rappelé mercredi la présidence"; not "says he spoke last night").
    static func datesLaterStatement(_ c: DateCue, after group: Group, tokens: [Token], grammar: LexiconIndexes.Grammar) -> Bool {
        c.start >= group.end && datesStatement(c, tokens: tokens, grammar: grammar)
            && (max(group.end, c.start - statementReach)..<c.start).contains { grammar.speech.match(tokens, at: $0) != nil }
    }

    /// Words before an `otherEventDate` word that opens a clause of another event ("Two days before").
    static let otherEventLeadReach = 3

    /// An `otherEventDate` word that opens the sentence's first clause: as its first or second
    /// word, or after a span of time that names no one ("Deux jours avant son sommet avec X, ...";
    /// not "The day before, ...", where the word ends the clause).
    /// (A word of a date cue is none: "Avant-hier, ...", "The day before yesterday, ...".)
    static func otherEventLead(before start: Int, tokens: [Token], mentions: [Mention], cues: [DateCue], grammar: LexiconIndexes.Grammar) -> Int? {
        guard let lead = (0..<min(otherEventLeadReach, start)).first(where: { k in
            grammar.otherEventDate.match(tokens, at: k) != nil && !cues.contains { $0.start <= k && k < $0.end }
        }) else { return nil }
        if lead < 2 { return lead }
        let isComma = { (k: Int) in TriggerFinder.commas.contains(tokens[k].folded) }
        let namesOrBreaks = (0..<lead).contains { k in isComma(k) || mentions.contains { $0.start == k } }
        return !namesOrBreaks && lead + 1 < start && !isComma(lead + 1) ? lead : nil
    }

    /// End (the comma) of a clause before `start` that tells of another event: one that opens the
    /// sentence with an `otherEventDate` word ("After meeting X in Amman on Monday, ...") or a
    /// relative clause between commas that tells of a meeting ("X, who had met Y in March, ...").
    /// Its parties and dates are not the call's.
    static func otherEventClauses(before start: Int, tokens: [Token], mentions: [Mention], cues: [DateCue], grammar: LexiconIndexes.Grammar) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let commas = (0..<start).filter { TriggerFinder.commas.contains(tokens[$0].folded) }
        if let lead = otherEventLead(before: start, tokens: tokens, mentions: mentions, cues: cues, grammar: grammar),
           let comma = commas.first(where: { $0 > lead }) {
            out.append(0..<comma)
        }
        for (i, open) in commas.enumerated() where open + 1 < start && grammar.relativePronouns.contains(tokens[open + 1].folded) {
            guard i + 1 < commas.count else { break }
            let clause = open..<commas[i + 1]
            if clause.contains(where: { grammar.nonCall.match(tokens, at: $0) != nil || grammar.inPerson.match(tokens, at: $0) != nil }) {
                out.append(clause)
            }
        }
        return out
    }

    /// Words a relative clause's pronoun may stand after its comma ("en el que", "in which").
    static let relativeOpeningReach = 3

    /// The cue stands in a relative clause opened right after a comma ("..., en el que murieron
    /// 26 personas el 22 de abril"), no party named in it before the cue: it dates what the
    /// clause tells of, not what the sentence says its parties did.
    static func inOpenedRelative(_ c: DateCue, tokens: [Token], mentions: [Mention], grammar: LexiconIndexes.Grammar) -> Bool {
        guard let comma = (0..<c.start).last(where: { TriggerFinder.commas.contains(tokens[$0].folded) }) else { return false }
        let opening = (comma + 1)..<min(c.start, comma + 1 + Self.relativeOpeningReach)
        return opening.contains { grammar.relativePronouns.contains(tokens[$0].folded) }
            && !mentions.contains { $0.start > comma && $0.start < c.start }
    }

    /// A cue before the group in a relative clause set off by commas (", que debían entrar en
    /// vigor este martes,"): it dates what the clause tells of, not the call after it. Not a
    /// clause on a person, who may go on to the call ("Albares, quien abordó en julio, en una
    /// conversación telefónica con X, ...").
    func inParentheticalRelative(_ c: DateCue, before g: Group, tokens: [Token], mentions: [Mention],
                                 grammar: LexiconIndexes.Grammar) -> Bool {
        guard c.end <= g.start,
              let r = (1..<max(1, c.start)).last(where: { grammar.relativePronouns.contains(tokens[$0].folded) }),
              TriggerFinder.commas.contains(tokens[r - 1].folded), !mentions.contains(where: { $0.end == r - 1 }),
              !tokens[r..<c.start].contains(where: { TriggerFinder.clausePunctuation.contains($0.folded) }) else { return false }
        return tokens[c.end..<g.start].contains { TriggerFinder.commas.contains($0.folded) }
    }

    /// The cue stands in a relative clause on a word after the group's words ("about the summit
    /// that was held in Cairo on Tuesday"), not on the call itself ("the call, which took place on
    /// Tuesday": only punctuation between the call word and the pronoun). A clause on a person
    /// set off by commas ends at its closing comma: "de X, que encabeza el Gobierno italiano, el
    /// miércoles 22 de enero" dates the call.
    func inRelativeClause(_ c: DateCue, after g: Group, tokens: [Token], mentions: [Mention], grammar: LexiconIndexes.Grammar) -> Bool {
        guard c.start > g.end,
              let k = (g.end..<c.start).last(where: { grammar.relativePronouns.contains(tokens[$0].folded) }) else { return false }
        if k >= 1, TriggerFinder.commas.contains(tokens[k - 1].folded), mentions.contains(where: { $0.end == k - 1 }),
           let close = (k + 1..<c.start).last(where: { TriggerFinder.commas.contains(tokens[$0].folded) }),
           c.start - close <= Self.closedClauseCueReach,
           !tokens[(close + 1)..<c.start].contains(where: { $0.isWord && $0.isCapitalized }) {
            return false
        }
        return tokens[g.end..<k].contains(where: \.isWord)
    }
    /// Most tokens between a relative clause's closing comma and a cue that dates the main clause.
    static let closedClauseCueReach = 2
}

/// "The discussions took place on Tuesday, 28 January": a sentence without call words that
/// opens with a noun of the exchange and gives one day dates the calls the sentence before
/// reported.
extension StoryCallFinder {
    /// First words of a sentence within which its exchange noun opens it.
    static let exchangeOpeningReach = 3
    /// Words after the exchange noun within which the day it took place is given.
    static let exchangeDayReach = 6

    /// The one day the sentence gives its opening exchange noun, when it names no one and tells
    /// of no meeting, plan or other event between the noun and the day.
    func exchangeDay(_ tokens: [Token], cues: [DateCue], mentions: [Mention], reference: EventDate?,
                     grammar: LexiconIndexes.Grammar) -> EventDate? {
        let nouns = grammar.exchangeNouns   // (a lazy closure would copy the whole grammar)
        guard !mentions.contains(where: \.isNamed),
              let noun = (0..<min(Self.exchangeOpeningReach, tokens.count)).lazy.compactMap({ nouns.match(tokens, at: $0) }).first,
              Self.tellsOfCallsOnly(tokens, grammar: grammar) else { return nil }
        let stated = cues.filter { !$0.isVague }
        guard let cue = stated.first, cue.start >= noun.end, cue.start - noun.end <= Self.exchangeDayReach,
              !(noun.end..<cue.start).contains(where: { grammar.otherEventDate.match(tokens, at: $0) != nil }) else { return nil }
        return Self.onlyDay(of: stated, reference: reference)
    }

    /// No meeting, in-person or future cue in the sentence: an exchange it tells of is a call held.
    static func tellsOfCallsOnly(_ tokens: [Token], grammar: LexiconIndexes.Grammar) -> Bool {
        !grammar.nonCall.occurs(in: tokens) && !grammar.inPerson.occurs(in: tokens) && !grammar.future.occurs(in: tokens)
    }

    /// The one date all of `cues` resolve to, when it is a whole day.
    static func onlyDay(of cues: [DateCue], reference: EventDate?) -> EventDate? {
        guard Set(cues.compactMap { $0.resolve(reference: reference, previous: nil) }).count == 1,
              let day = cues.first?.resolve(reference: reference, previous: nil), day.precision == .day else { return nil }
        return day
    }

    /// Most tokens between the last party a sentence names and its noun of the exchange
    /// (`headlinePairDay`).
    static let pairExchangeReach = 20
    /// Most tokens before a lead's opening day ("Este viernes 22 de noviembre,").
    static let openingDayReach = 2

    /// "Emmanuel Macron et Abdelmadjid Tebboune ont eu lundi 31 mars un « long échange »" under a
    /// headline that reports their call: a sentence with no call word that names two parties,
    /// then a noun of the exchange, and gives one day, is the call's day; so is one that opens on
    /// its only day and then names the two parties. (With no in-person, other-exchange or future
    /// cue.)
    func headlinePairDay(_ tokens: [Token], cues: [DateCue], parties: [ResolvedParty], reference: EventDate?,
                         grammar: LexiconIndexes.Grammar) -> (day: EventDate, keys: Set<String>)? {
        let keys = Set(parties.filter { $0.participant.name != nil }.map(\.participant.identityKey))
        // ("Este viernes 22 de noviembre, X y Y abordaron ...": the lead opens on the day, then
        // names the headline's pair)
        if keys.count == 2, let first = parties.map(\.position).min(), Self.tellsOfCallsOnly(tokens, grammar: grammar),
           case let firm = cues.filter({ !$0.isVague }), firm.allSatisfy({ $0.end <= first }),
           firm.first.map({ $0.start <= Self.openingDayReach }) == true,
           let day = Self.onlyDay(of: firm, reference: reference) {
            return (day, keys)
        }
        guard keys.count == 2, let last = parties.map(\.position).max(),
              let noun = (last..<min(tokens.count, last + Self.pairExchangeReach)).first(where: { grammar.exchangeNouns.match(tokens, at: $0) != nil }),
              Self.tellsOfCallsOnly(tokens, grammar: grammar),
              let day = Self.onlyDay(of: cues.filter { !$0.isVague && $0.start > last && $0.start < noun + Self.exchangeDayReach }, reference: reference)
        else { return nil }
        return (day, keys)
    }
}
