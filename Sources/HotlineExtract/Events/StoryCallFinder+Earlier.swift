/// Earlier calls a story recalls without a call word of their own ("It was their second call in
/// two months. In the previous one, on 28 March, ...").
extension StoryCallFinder {
    /// A sentence with a back-reference to an earlier call ("the previous one", "en la
    /// anterior", "l'appel précédent", "الاتصال السابق") and a date of its own that is not the
    /// story's latest call's: an earlier call between the parties it names (two or more), else
    /// between those of the story's latest call. (`hasCallWord`: the sentence has a call word, which
    /// `previousOne` phrases need.)
    func earlierCall(in sentence: Story.Sentence, cues: [DateCue], mentions: [Mention], grammar: LexiconIndexes.Grammar,
                     resolver: PartyResolver, reference: EventDate?, memory: [ResolvedParty], events: [CallEvent],
                     afterCallWord: Bool = false, hasCallWord: Bool = false) -> CallEvent? {
        // (or, right after a sentence with a call word, an ordinal opening the sentence: "It was
        // their fifth call since January. The first, on February 3, ...")
        let ordinals = grammar.ordinalReferences   // (a lazy closure would copy the whole grammar)
        let ordinal = afterCallWord
            ? (0..<min(Self.ordinalOpeningReach, sentence.tokens.count)).lazy.compactMap { ordinals.match(sentence.tokens, at: $0) }.first
            : nil
        // (or a phrase saying the call was not the first: "no era la primera vez que ...: \"El 3 de
        // febrero también hablamos\"")
        let recurring = grammar.recurrence.matches(in: sentence.tokens).first
        let previousOne = hasCallWord ? grammar.previousOne.matches(in: sentence.tokens).first : nil
        guard let last = events.last, let back = grammar.previousCall.matches(in: sentence.tokens).first ?? previousOne ?? ordinal ?? recurring
        else { return nil }
        // (the nearest that dates: "in August last year" is August, "last year" only a period;
        // after "when they spoke", the start of the period: "their first call since June 2019, when
        // they last spoke")
        let dating = cues.filter { !$0.isVague }
        let periodStarts = previousOne.map { one in back.start == one.start } == true
            ? cues.compactMap { c in c.periodStart.map { DateCue(value: $0, start: c.start, end: c.end) } } : []
        var nearest = (dating.isEmpty ? periodStarts : dating).min { abs($0.start - back.end) < abs($1.start - back.end) }
        // (after a recurrence phrase, only the instance a colon brings: not "No es la primera vez
        // que hablan desde que X asumió la cartera a comienzos de julio")
        if let recurring, back.start == recurring.start, let c = nearest,
           !(back.end..<max(back.end, c.start)).contains(where: { sentence.tokens[$0].folded == ":" }) {
            nearest = nil
        }
        guard let date = nearest?.resolve(reference: reference, previous: last.date), date != last.date,
              let lastDate = last.date, DateMath.isBefore(date, lastDate) else { return nil }
        let named = resolver.resolve(mentions, on: date, memory: memory).filter { $0.participant.name != nil }
        var seen = Set<String>()
        let own = named.map(\.participant).filter { seen.insert($0.identityKey).inserted }
        // ("The two presidents last spoke in February": not the story's last call of two ministers)
        if own.count < 2, let office = pairPhraseOffices(in: sentence.tokens),
           !last.participants.allSatisfy({ p in memory.contains { $0.participant.identityKey == p.identityKey && !office.isDisjoint(with: $0.kinds) } }) {
            return nil
        }
        let parties = own.count >= 2 ? own : last.participants
        return CallEvent(date: date, participants: parties, initiator: nil, topics: [],
                         evidence: [sentence.text], context: last.context, confidence: 0.8)
    }
}
