/// Calls found only through a talking verb ("X spoke with Y"), admitted once the story is read.
extension StoryCallFinder {
    /// A call found only through a talking verb, waiting for `admitTalks`.
    struct Talk {
        var event: CallEvent
        var headline: Bool
        /// The sentence continues a series of calls ("also").
        var continues: Bool
        /// Index of the trigger group it was split from.
        var group: Int
        /// The paragraph that starts its round-up entry (under a day heading), if any.
        var entry: Int? = nil
        /// Its word is written definite with no party attached ("à l'issue de l'entretien").
        var definite = false
        /// The next sentence opens by calling it a call ("After that call, ...").
        var confirmed = false
    }

    /// The sentence opens (within its first `ordinalOpeningReach` words) with a demonstrative
    /// call noun ("After that call", "Tras esa llamada", "بعد ذلك الاتصال").
    static func opensWithCallAnaphor(_ sentence: Story.Sentence, grammar: LexiconIndexes.Grammar) -> Bool {
        let anaphors = grammar.callAnaphors
        return (0..<min(ordinalOpeningReach, sentence.tokens.count)).contains { anaphors.match(sentence.tokens, at: $0) != nil }
    }

    /// `talk` shares a party with `call`, and each other party of `call` is an office (no name)
    /// of a country a party of `talk` has: the talk names whom the call gives by office.
    static func namesOffice(of call: CallEvent, in talk: CallEvent) -> Bool {
        let keys = Set(talk.participants.map(\.identityKey))
        let shared = call.participants.filter { keys.contains($0.identityKey) }
        let others = call.participants.filter { !keys.contains($0.identityKey) }
        guard !shared.isEmpty, !others.isEmpty, shared.count + others.count == talk.participants.count else { return false }
        let unshared = talk.participants.filter { p in !shared.contains { $0.identityKey == p.identityKey } }
        return others.allSatisfy { o in o.name == nil && o.country != nil && unshared.contains { $0.country == o.country } }
    }

    /// Runs `change` on the events of `talks`, written back into them afterwards.
    static func changeEvents<R>(of talks: inout [Talk], _ change: (inout [CallEvent]) -> R) -> R {
        var events = talks.map(\.event)
        let result = change(&events)
        for k in talks.indices { talks[k].event = events[k] }
        return result
    }

    /// A talking verb without a call word ("X spoke with Y", "après son entretien avec Y") reports
    /// a call when the story reports no call otherwise (a readout), when it refers to a call the
    /// story reports for the same pair, or when it continues a series of calls ("X also spoke
    /// with Z"); with a new pair in a story that reports other calls it is an in-person talk.
    /// So does a talk the next sentence calls a call ("After that call, X said ...").
    /// Pairs split from one talk ("I spoke with the prime ministers of A and B") stand together.
    /// (`references`: calls a sentence refers back to, "the conversation was ...", confirm a talk of their pair.)
    /// (`seriesCallers`: parties a sentence says made several calls without naming the others,
    /// "X made a series of phone calls": their talks are those calls.)
    /// A talk written definite of a pair the story reports meeting (`meetings`: "X a été reçu par
    /// Y ... à l'issue de l'entretien") is that meeting, unless a call of the pair is reported.
    /// On a round-up, each entry under a day heading is read as a story of its own (`entryOf`
    /// gives an event's entry): a talk in an entry that reports no call is that entry's readout.
    func admitTalks(_ talks: [Talk], into events: inout [CallEvent], headlineEvents: inout [CallEvent], references: [CallEvent] = [],
                    meetings: [Set<String>] = [], seriesCallers: Set<String> = [], entryOf: (CallEvent) -> Int? = { _ in nil }) {
        let reported = events + headlineEvents + references
        let established = reported.map { Set($0.participants.map(\.identityKey)) }
        let entries = reported.map(entryOf)
        let admitted = Set(talks.filter { talk in
            let keys = Set(talk.event.participants.map(\.identityKey))
            if talk.confirmed || established.contains(where: { $0.intersection(keys).count >= 2 }) { return true }
            // (or names the one whom a reported call of the pair gives only by office: "Berrada y su
            // homóloga española abordan por teléfono ...", then "Berrada conversó con Pilar Alegría")
            if reported.contains(where: { Self.namesOffice(of: $0, in: talk.event) }) { return true }
            if talk.definite, meetings.contains(where: { $0.intersection(keys).count >= 2 }) { return false }
            return established.isEmpty || talk.continues || talk.entry.map { !entries.contains($0) } == true
                || !keys.isDisjoint(with: seriesCallers)
        }.map(\.group))
        for talk in talks where admitted.contains(talk.group) {
            if talk.headline { headlineEvents.append(talk.event) } else { events.append(talk.event) }
        }
    }
}
