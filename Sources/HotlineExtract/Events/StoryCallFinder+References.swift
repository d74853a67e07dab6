/// How a story refers again to what it has already said: a call noun that points back at a call
/// reported before, a party named again by surname, a party whose country the story gives
/// elsewhere.
extension StoryCallFinder {
    /// The group's call noun is what a back-reference says of a call already reported ("The
    /// conversation was the Prime Minister's first with ... since ...", "It was their first call",
    /// "La llamada fue la primera ..."): not a new call.
    func refersBack(_ group: Group, tokens: [Token], grammar: LexiconIndexes.Grammar) -> Bool {
        guard group.hits.allSatisfy({ $0.trigger.kind == .noun || $0.trigger.kind == .strong }) else { return false }
        return grammar.backReference.matches(in: tokens).contains { $0.start >= group.start - 4 && $0.start <= group.end + 1 }
    }

    /// The group's call word ends a phrase that speaks of a call already reported ("during the
    /// call with", "lors de l'entretien avec", "خلال الاتصال مع").
    func pointsBackToCall(_ group: Group, tokens: [Token], grammar: LexiconIndexes.Grammar) -> Bool {
        grammar.callReference.matches(in: tokens).contains { $0.start <= group.start && $0.end > group.start && $0.end <= group.end + 1 }
    }

    /// The group's call word is written definite ("the call", "la conversación", "الاتصال") and
    /// no `with` or `from` word within six words after it attaches a party to it: in a story whose
    /// body already reports a call, it speaks of that call ("Miller later confirmed the call in a
    /// readout", "Peskov añadió que la conversación fue constructiva", "que acompañó al mandatario
    /// durante la videollamada"), and the people its sentence names are speakers or companions.
    /// (A with/from word attaches a party only when a party's mention follows it closely:
    /// "la conversación se enmarca en los preparativos del acuerdo" attaches none.)
    func isDefiniteCallWord(_ group: Group, tokens: [Token], mentions: [Mention], grammar: LexiconIndexes.Grammar) -> Bool {
        group.hits.allSatisfy({ $0.trigger.kind == .noun || $0.trigger.kind == .strong }) && isWrittenDefinite(group, tokens: tokens, mentions: mentions, grammar: grammar)
    }

    /// The group's first word is written definite and no party is attached to it by a `with` or
    /// `from` word ("à l'issue de l'entretien").
    func isWrittenDefinite(_ group: Group, tokens: [Token], mentions: [Mention], grammar: LexiconIndexes.Grammar) -> Bool {
        let first = group.start
        let definite = (first > 0 && grammar.definiteDeterminers.contains(tokens[first - 1].folded))
            || grammar.definitePrefixes.contains { tokens[first].folded.hasPrefix($0) }
        guard definite else { return false }
        return !(group.end..<min(tokens.count, group.end + 6)).contains { k in
            (grammar.with.contains(tokens[k].folded) || grammar.from.contains(tokens[k].folded))
                // ("un día después de que el presidente ...": "de que" opens a clause, it links no party)
                && !(k + 1 < tokens.count && grammar.clauseBreaks.contains(tokens[k + 1].folded))
                && mentions.contains { $0.start > k && $0.start <= k + Self.linkedPartyReach }
        }
    }

    /// How many words after a with/from word a party's mention may start ("with the Moroccan
    /// foreign minister": the title's article and nationality come first).
    static let linkedPartyReach = 3

    /// The one party that every call reported so far has (the story's hub), as a resolved party.
    func sharedParty(of reported: [CallEvent]) -> ResolvedParty? {
        guard let first = reported.first else { return nil }
        let shared = first.participants.filter { p in reported.allSatisfy { $0.participants.contains { $0.identityKey == p.identityKey } } }
        guard shared.count == 1 else { return nil }
        return ResolvedParty(participant: shared[0], kinds: [], position: 0)
    }

    /// With one call reported, whose parties all calls share: its party named last, the one called
    /// ("X se comunicó con A, mientras que B lo llamó": "lo" is A), unless that is `subject`.
    func lastCalled(in reported: [CallEvent], besides subject: ResolvedParty) -> ResolvedParty? {
        guard reported.count == 1, reported[0].participants.count == 2,
              let last = reported[0].participants.last(where: { $0.identityKey != subject.participant.identityKey }) else { return nil }
        return ResolvedParty(participant: last, kinds: [], position: 0)
    }

    /// Two calls with the same pair, one naming a party by a shorter form of the other's name
    /// ("Canciller Martínez-Acha recibe llamada de Rubio" and the body's "Javier Martínez-Acha").
    func sharesPair(_ a: CallEvent, _ b: CallEvent) -> Bool {
        let matched = a.participants.filter { p in b.participants.contains { Self.sameParty(p, $0) } }
        return matched.count >= 2
    }

    /// Same identity, or one name's words end the other's ("Martínez-Acha", "Javier Martínez-Acha")
    /// or, two words or more, begin it ("Hassan Sheikh", "Hassan Sheikh Mohamud").
    static func sameParty(_ p: Participant, _ q: Participant) -> Bool {
        if p.identityKey == q.identityKey { return true }
        // an office named without its holder ("نائب رئيس الوزراء الباكستاني") and the holder named
        if p.name == nil || q.name == nil { return p.country != nil && p.country == q.country }
        guard let a = p.name.map(TextFolding.words), let b = q.name.map(TextFolding.words), !a.isEmpty, !b.isEmpty,
              p.country == nil || q.country == nil || p.country == q.country else { return false }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return Array(long.suffix(short.count)) == short || (short.count >= 2 && Array(long.prefix(short.count)) == short)
    }

    /// Parties named without a country take the one the story gives them elsewhere ("Maldivian
    /// Foreign Minister Moosa Zameer" in another sentence), else the country the story names most
    /// that no other party of the call holds ("El canciller X" in a story about Panama and Rubio);
    /// the outlet's state first when the story names it (a national outlet's minister in its
    /// round-up of calls with other states), and when no state the story names is free.
    func fillCountries(_ events: inout [CallEvent], story: Story, memory: [ResolvedParty], outlet: String? = nil) {
        guard events.contains(where: { $0.participants.contains { $0.name != nil && $0.country == nil } }) else { return }
        let named = storyCountries(story)
        let ranked = outlet.map { o in named.contains(o) ? [o] + named.filter { $0 != o } : named } ?? named
        for e in events.indices {
            for k in events[e].participants.indices where events[e].participants[k].country == nil {
                let p = events[e].participants[k]
                guard p.name != nil else { continue }
                if let known = memory.first(where: { Self.sameParty($0.participant, p) && $0.participant.country != nil }) {
                    events[e].participants[k].country = known.participant.country
                    continue
                }
                let held = Set(events[e].participants.compactMap(\.country))
                // (else the outlet's state, which no other party holds: "El ministro de Defensa, Luis
                // Petri, ..." on an Argentine site that names only the other party's country)
                events[e].participants[k].country = ranked.first { !held.contains($0) } ?? outlet.flatMap { held.contains($0) ? nil : $0 }
            }
        }
    }

    /// The states named in `tokens` (names and demonyms; an abbreviation only in capitals, "US";
    /// no organisation), in order, each time it is named.
    func stateCodes(in tokens: [Token]) -> [String] {
        namedCodes(in: tokens).filter { resources.knowledge.countries[$0]?.kind != "organisation" }
    }

    /// Codes of the states and organisations the tokens name, by name or demonym (an
    /// abbreviation only written in capitals).
    func namedCodes(in tokens: [Token]) -> [String] {
        resources.knowledge.countryNames.matches(in: tokens).compactMap { Self.code(of: $0, in: tokens) }
    }

    /// The code of the state or organisation named right at `k` (an abbreviation only written in
    /// capitals: "un comunicado" names no UN).
    func namedCode(at k: Int, in tokens: [Token]) -> String? {
        resources.knowledge.countryNames.match(tokens, at: k).flatMap { Self.code(of: $0, in: tokens) }
    }

    /// The code a country-name match names, when its first value counts as written.
    private static func code(of m: PhraseMatcher<String>.Match, in tokens: [Token]) -> String? {
        guard let v = m.values.first, KnowledgeBase.counts(v, writtenAs: tokens[m.start..<m.end]) else { return nil }
        return KnowledgeBase.code(ofCountryName: v)
    }

    /// The one organisation the story's sentences name ("United Nations", "NATO"), nil when
    /// they name none or several.
    func onlyOrganisation(named story: Story) -> String? {
        let found = Set(story.sentences.flatMap { namedCodes(in: $0.tokens) }.filter { resources.knowledge.countries[$0]?.kind == "organisation" })
        return found.count == 1 ? found.first : nil
    }

    /// The distinct states a sentence names, in order (`stateCodes`).
    func sentenceStates(_ tokens: [Token]) -> [String] {
        var out: [String] = []
        for code in stateCodes(in: tokens) where !out.contains(code) { out.append(code) }
        return out
    }

    /// The leaders of the two states a pair phrase's own clause names before it ("the US will work
    /// with China toward the goals set by the two heads of state"): their holders of `offices` (a
    /// head of state first) on `day`; nil unless the clause names exactly two states.
    func pairOfStatesLeaders(_ tokens: [Token], offices: Set<String>?, on day: EventDate, resolver: PartyResolver) -> [ResolvedParty]? {
        guard let phrase = resources.indexes.pairPhrases.matches(in: tokens).first else { return nil }
        // (not "exfiltrée de Tunisie vers la France, les deux présidents": another clause)
        let clause = ((0..<phrase.start).last { TriggerFinder.commas.contains(tokens[$0].folded) }).map { $0 + 1 } ?? 0
        let states = sentenceStates(Array(tokens[clause..<phrase.start]))
        guard states.count == 2 else { return nil }
        let all = offices ?? Self.leaderKinds
        let kinds = (all.contains("head-of-state") ? ["head-of-state"] : []) + all.subtracting(["head-of-state"]).sorted()
        let leaders = states.compactMap { c in
            resources.knowledge.holder(kinds: kinds, country: c, on: day).map { resolver.participant(official: $0, on: day, kinds: kinds, fallbackCountry: c) }
        }
        return leaders.count == 2 ? leaders : nil
    }

    /// The states the story names (names and demonyms), most named first.
    func storyCountries(_ story: Story) -> [String] {
        var count: [String: Int] = [:]
        var first: [String: Int] = [:]
        var n = 0
        for s in story.sentences {
            for code in stateCodes(in: s.tokens) {
                count[code, default: 0] += 1
                if first[code] == nil { first[code] = n }
                n += 1
            }
        }
        return count.keys.sorted { (count[$0]!, -first[$0]!) > (count[$1]!, -first[$1]!) }
    }

    /// A party the knowledge base does not know under the form written, named in full in another
    /// report of the story ("Martínez-Acha", "President Hassan Sheikh"), takes the full name.
    func unifyNames(_ events: [CallEvent]) -> [CallEvent] {
        let named = events.flatMap(\.participants).filter { $0.name != nil }
        return events.map { e in
            var e = e
            for k in e.participants.indices where e.participants[k].officialID == nil {
                let p = e.participants[k]
                let fuller = named.filter { ($0.name?.count ?? 0) > (p.name?.count ?? 0) && Self.sameParty(p, $0) }
                if fuller.count == 1 || Set(fuller.map(\.identityKey)).count == 1, var f = fuller.first {
                    f.country = f.country ?? p.country
                    e.participants[k] = f
                }
            }
            e.dropRepeatedParticipants()
            return e
        }
    }

    /// The named parties of the first sentences after the headline, for the headline's offices.
    func leadParties(of story: Story, mentionFinder: MentionFinder, resolver: PartyResolver, on date: EventDate?) -> [ResolvedParty] {
        guard story.paragraphs.count > 1 else { return [] }
        return story.sentences.filter { !isHeadline($0, of: story) }.prefix(6).flatMap { s in
            resolver.resolve(mentionFinder.mentions(in: s.tokens), on: date, memory: []).filter { $0.participant.name != nil }
        }
    }

    /// The story's headline (its first paragraph, above others), or a line repeating it in the page.
    func isHeadline(_ sentence: Story.Sentence, of story: Story) -> Bool {
        story.paragraphs.count > 1 && (sentence.paragraph == 0 || story.paragraphs[sentence.paragraph] == story.paragraphs[0])
    }

    /// A sentence that dates a call without naming its parties dates the story's latest call
    /// reported so far without a date (or with only a statement's day).
    func dateLatestUndated(_ events: inout [CallEvent], _ talks: inout [Talk], _ headlineEvents: inout [CallEvent], on date: EventDate) {
        changeLatest(&events, &talks, &headlineEvents) { $0.takeOwnDay(date) }
    }

    /// The calls the sentence `si` of `story` follows on (those of the latest report, when one
    /// of the two sentences before it reported them: every call that shares its evidence) take
    /// `date` if they have none ("X spoke separately with A and with B. The discussions took
    /// place on Tuesday"). False when no such report is there.
    func dateLatestReport(_ events: inout [CallEvent], _ talks: inout [Talk], _ headlineEvents: inout [CallEvent],
                          on date: EventDate, before si: Int, in story: Story) -> Bool {
        let before = story.sentences[max(0, si - 2)..<si].map(\.text)
        func change(_ list: inout [CallEvent]) -> Bool {
            guard let last = list.last, last.evidence.contains(where: before.contains) else { return false }
            for k in list.indices where list[k].evidence.contains(where: last.evidence.contains) { list[k].takeOwnDay(date) }
            return true
        }
        if !events.isEmpty { return change(&events) }
        if !talks.isEmpty { return Self.changeEvents(of: &talks, change) }
        return change(&headlineEvents)
    }

    /// A sentence that leaves the day of a call it names untold, or only placed ("The ministry did
    /// not say when the call took place"), keeps the story's latest undated call from taking the
    /// dateline's day, and takes away a day it had only from the call reported before it.
    func leaveLatestUndated(_ events: inout [CallEvent], _ talks: inout [Talk], _ headlineEvents: inout [CallEvent]) {
        changeLatest(&events, &talks, &headlineEvents) { e in
            if e.datedByEarlierCall { e.date = nil }
            if e.date == nil { e.vaguelyDated = true }
        }
    }

    /// Applies `change` to the story's latest call so far: the last body call, else the last
    /// talk, else the last headline call.
    private func changeLatest(_ events: inout [CallEvent], _ talks: inout [Talk], _ headlineEvents: inout [CallEvent],
                              _ change: (inout CallEvent) -> Void) {
        if let k = events.indices.last {
            change(&events[k])
        } else if let k = talks.indices.last {
            change(&talks[k].event)
        } else if let k = headlineEvents.indices.last {
            change(&headlineEvents[k])
        }
    }

    /// The two parties of two states that the sentence before named on one day without a call
    /// word (`prior`), when no call of theirs is reported yet: the pair a partyless call sentence
    /// after it speaks of ("The talks, held over the phone, ..."). Not when that sentence tells of
    /// an earlier call ("the previous call", a pluperfect: "They had spoken by phone").
    func priorPair(_ prior: (date: EventDate?, keys: Set<String>)?, memory: [ResolvedParty], reported: [CallEvent],
                   tokens: [Token], grammar: LexiconIndexes.Grammar) -> [ResolvedParty]? {
        guard let prior, prior.date != nil, prior.keys.count == 2,
              !grammar.previousCall.occurs(in: tokens), !tokens.contains(where: { grammar.pluperfectAuxiliaries.contains($0.folded) }),
              !reported.contains(where: { Set($0.participants.map(\.identityKey)).isSuperset(of: prior.keys) }) else { return nil }
        var pair: [ResolvedParty] = []
        for m in memory where prior.keys.contains(m.participant.identityKey) && !pair.contains(where: { $0.participant.identityKey == m.participant.identityKey }) {
            pair.append(m)
        }
        guard pair.count == 2, pair[0].participant.country != pair[1].participant.country else { return nil }
        return pair.reversed()
    }

    /// The offices of heads of state or government a pair phrase names ("the two presidents",
    /// "los dos primeros ministros": the kinds of the title whose plural it holds), the ministers'
    /// offices for a minister pair phrase ("ambos ministros", whose portfolios vary), or nil when
    /// it names no office ("the two leaders").
    func pairPhraseOffices(in tokens: [Token]) -> Set<String>? {
        let indexes = resources.indexes
        if indexes.ministerPairPhrases.occurs(in: tokens) { return indexes.ministerKinds }
        for phrase in indexes.pairPhrases.matches(in: tokens) {
            for k in phrase.start..<phrase.end {
                guard let hit = indexes.titles.match(tokens, at: k), hit.end <= phrase.end else { continue }
                let kinds = Set(hit.values.filter(\.plural).flatMap { resources.titles.titles[$0.title].kinds })
                if !kinds.isDisjoint(with: Self.leaderKinds) { return kinds }
            }
        }
        return nil
    }

    /// A pair phrase of offices (`pairPhraseOffices`) names the story's latest call: the knowledge
    /// base has each of its parties in one of those offices on its day ("the two foreign ministers").
    func pairPhraseNamesLatest(_ tokens: [Token], events: [CallEvent]) -> Bool {
        guard let latest = events.last, let kinds = pairPhraseOffices(in: tokens) else { return false }
        return latest.participants.allSatisfy { p in
            resources.knowledge.recordedOffices(of: p).contains { kinds.contains($0.kind) && (latest.date.map($0.covers) ?? true) }
        }
    }

    /// The gender the knowledge base gives a party ("f", "m"), nil when unknown.
    func gender(of party: ResolvedParty) -> String? {
        party.participant.officialID.flatMap { resources.knowledge.indexByID[$0] }.flatMap { resources.knowledge.officials[$0].gender }
    }

    /// Offices a pair phrase must match (`pairPhraseOffices`).
    static let leaderKinds: Set<String> = ["head-of-state", "head-of-government"]
}
