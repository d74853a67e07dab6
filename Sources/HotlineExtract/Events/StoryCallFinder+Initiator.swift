/// Who placed a call: the grammar of the trigger ("X phoned Y", "a call from X") and initiative
/// formulas ("at the initiative of the Qatari side").
extension StoryCallFinder {
    /// Words after a call noun within which a from-word names the caller ("a call today from X",
    /// "اتصالا هاتفيا مساء أمس السبت، من X").
    static let fromReach = 6
    /// Words after the from-word within which the caller's name ends its title.
    static let callerTitleReach = 15
    /// Words before a call noun within which a returning verb makes its subject the caller.
    static let returnReach = 5
    /// Words before a call noun within which a placing verb makes its subject the caller.
    static let placingReach = 16
    /// Words an adverbial may put between a passive auxiliary and the calling verb ("was on
    /// Tuesday called by").
    static let passiveGapReach = 4
    /// Words a day may put between a phone phrase and the agent word of its passive ("a été
    /// joint au téléphone ce mardi 14 janvier 2025 par").
    static let strongAgentReach = 8
    /// Words before a call's words within which an untold detail ("did not say who") leaves
    /// its caller untold ("who had placed the call").
    static let untoldReach = 6
    /// Words before an `initiatedBy` cue within which a seat of government ("l'Élysée", "the
    /// Kremlin") names the caller's country.
    static let seatReach = 3

    /// Most words between a country and the possessive of its request ("the Moroccan side's").
    static let sideReach = 2
    /// Most tokens from a party to the comma of a relative clause that says it called (an
    /// apposition may stand between: "X, Iran's foreign minister, who called to ...").
    static let relativeCallerReach = 12

    /// The caller: after "from"/"de"/"من" following a call noun or a passive trigger; the
    /// subject of an active trigger ("X phoned Y").
    func initiator(of g: Group, parties: [ResolvedParty], tokens: [Token], grammar: LexiconIndexes.Grammar, language: String) -> String? {
        // "the statement did not say who had placed the call": the caller is left untold
        if g.hits.contains(where: { Self.leavesUntold(before: $0.start, tokens: tokens, grammar: grammar) }) { return nil }
        // ("Me llamó ayer el presidente Petro", '"Petro called me," X said': the speaker was
        // called; the party named right after the verb, or else the last before it, called)
        let finder = TriggerFinder(grammar: grammar)
        for h in g.hits where h.trigger.kind == .active && finder.hasFirstPersonObject(h.start, h.end, tokens: tokens, partyStarts: parties.map(\.position)) {
            // (not the speaker past the closing quote: '"Petro called me yesterday," Sheinbaum said')
            if let p = parties.first(where: { p in
                p.position >= h.end && p.position < tokens.count && p.position - h.end <= Self.firstPersonCallerReach
                    && !tokens[h.end..<p.position].contains { $0.folded == "\"" }
            })
                ?? parties.last(where: { $0.position < h.start && $0.position >= 0 }) {
                return p.participant.identityKey
            }
        }
        // ("habló por teléfono con su homólogo Y, a quien llamó para ...": a party that an
        // object's relative clause says was called; the other placed the call; two parties only,
        // however often each is named: "X, the British Foreign Secretary, talked with Y, ...")
        let twoParties = Set(parties.map(\.participant.identityKey)).count == 2
        if twoParties, let called = parties.first(where: { calledInRelative($0, parties: parties, tokens: tokens, grammar: grammar) }),
           let caller = parties.first(where: { $0.participant.identityKey != called.participant.identityKey }) {
            return caller.participant.identityKey
        }
        // ("spoke with Chancellor X, who called to express his solidarity": a party that a relative
        // clause says called; one call of two parties only)
        if twoParties, let p = parties.first(where: { p in
            guard p.position >= 0, p.position + 2 < tokens.count, let comma = (p.position..<min(tokens.count - 2, p.position + Self.relativeCallerReach)).first(where: {
                tokens[$0].folded == "," && grammar.relativePronouns.contains(tokens[$0 + 1].folded)
            }) else { return false }
            return !parties.contains { $0.position > p.position && $0.position < comma }
                && grammar.triggers.match(tokens, at: comma + 2)?.values.contains(where: { $0.kind == .active }) == true
        }) {
            return p.participant.identityKey
        }
        let dayWords = resources.indexes.dateWords[language]
        for h in g.hits where h.trigger.kind == .strong || h.trigger.kind == .noun {
            // "X returned a call from Y": X placed this one (a date and an article may come
            // between, "devolvió el jueves la llamada de Y"; only short words and day names, not
            // "returned to Washington and held a call"); so did X who convened it ("convocó este
            // martes una videollamada con")
            // (the convening verb may open the call's own phrase: "convened a video call")
            if let back = (max(0, h.start - Self.returnReach)...h.start).first(where: { k in
                   guard let m = grammar.convening.match(tokens, at: k) ?? (k < h.start ? grammar.returnedCall.match(tokens, at: k) : nil) else { return false }
                   if k == h.start { return true }
                   // (a day's modifier counts with its day: "este martes", "ce mardi")
                   return tokens[m.end..<h.start].indices.allSatisfy { i in
                       tokens[i].folded.count <= 3 || dayWords?.match(tokens, at: i) != nil || (i + 1 < h.start && dayWords?.match(tokens, at: i + 1) != nil)
                   }
               }),
               !parties.contains(where: { $0.position > back && $0.position < h.start }),
               let p = parties.last(where: { $0.position < back }) {
                return p.participant.identityKey
            }
            if let p = placingAgent(of: Group(hits: [h]), parties: parties, tokens: tokens, grammar: grammar) {
                return p.participant.identityKey
            }
            // ("X sostuvo una videoconferencia con A y B, que él mismo convocó": a relative clause
            // of convening after the call's parties, the subject before the call convened it)
            if Self.convenedInRelative(after: h.end, tokens: tokens, grammar: grammar),
               let p = parties.last(where: { $0.position < h.start }) {
                return p.participant.identityKey
            }
        }
        // "اتصالا هاتفيا ورد مساء أمس إلى X من Y": a call that came to X from Y (the from-word
        // after the party called)
        let arrivalVerbs = grammar.arrivalVerbs   // (a lazy closure would copy the whole grammar)
        for h in g.hits where h.trigger.kind != .active && h.trigger.kind != .weak {
            guard let arrival = (h.end..<min(tokens.count, h.end + 2)).lazy.compactMap({ arrivalVerbs.match(tokens, at: $0) }).first,
                  let f = (arrival.end..<min(tokens.count, arrival.end + Self.callerTitleReach)).first(where: { k in
                      grammar.from.contains(tokens[k].folded) && parties.contains { $0.position >= arrival.end && $0.position < k }
                  }),
                  let p = parties.first(where: { $0.position > f && $0.position <= f + Self.callerTitleReach }) else { continue }
            return p.participant.identityKey
        }
        // "تلقى X اتصالا هاتفيا من Y", "a reçu, mardi, un appel de Y": a from-word after a call
        // noun names the caller, before the party right after a passive phrase
        for h in g.hits where h.trigger.kind != .active && h.trigger.kind != .weak {
            // "a call today from X": the from-word may follow a few words later
            // ("l'entretien du 31 mars entre X et Y", "la noche del miércoles": a from-word before a date is not one)
            // (past four words only right after a comma: "اتصالا هاتفيا مساء أمس السبت، من X", not
            // "une conversation à trois au cours de laquelle")
            guard let f = (h.end..<min(tokens.count, h.end + Self.fromReach)).first(where: { k in
                      // ("اتصالين هاتفيين منفصلين، الأول من X، والثاني من Y": an ordinal may stand between)
                      let afterComma = TriggerFinder.commas.contains(tokens[k - 1].folded)
                          || (k >= 2 && TriggerFinder.commas.contains(tokens[k - 2].folded) && grammar.ordinalReferences.match(tokens, at: k - 1)?.end == k)
                      return grammar.from.contains(tokens[k].folded) && !grammar.comparatives.contains(tokens[k - 1].folded)
                          && (k + 1 >= tokens.count || Int(tokens[k + 1].folded) == nil && dayWords?.match(tokens, at: k + 1) == nil)
                          && (k < h.end + 4 || afterComma)
                          // ("En conversación telefónica, los presidentes de Chile ...": a from-word
                          // past a comma, not right after it, is in another phrase)
                          && (afterComma || !(h.end..<k).contains { TriggerFinder.clausePunctuation.contains(tokens[$0].folded) })
                  }),
                  !parties.contains(where: { $0.position >= h.end && $0.position < f }),
                  // "conversaciones con sus homólogos de Brasil": the from-word belongs to the other party
                  // (so does it after the called party's marker: "llamó por teléfono al jefe del Ejército")
                  !(h.end..<f).contains(where: { k in grammar.with.contains(tokens[k].folded) || grammar.calleeWords.contains { $0.matches(tokens[k]) } }) else { continue }
            // the caller may carry a long title ("una llamada del vice primer ministro y ministro de X, Y";
            // "من الممثل الأعلى للاتحاد الأوروبي نائب رئيس المفوضية الأوروبية X")
            guard let p = parties.first(where: { $0.position > f && $0.position <= f + Self.callerTitleReach }) else { continue }
            // "Entretiens téléphoniques de M. X avec ses homologues", "la conversación de X con Y":
            // of X, not from X, when a with-word brings the other party
            let other = parties.first { $0.position > p.position }
            if let other, (p.position + 1..<other.position).contains(where: { grammar.with.contains(tokens[$0].folded) }) { continue }
            return p.participant.identityKey
        }
        // "أجرى سموه اتصالا هاتفيا، بنائب رئيس الوزراء ...": made a call to, so the subject called
        // ("أجرى X اتصالا هاتفيا مع Y", held a call with Y, names no caller)
        for h in g.hits where h.trigger.kind == .strong || h.trigger.kind == .noun {
            // (the subject may stand between: "أجرى الوزير الأميركي لويد أوستن، أمس، اتصالاً هاتفياً بنظيره")
            // ("اتصالين هاتفيين منفصلين بقائد الجيش": a word saying the calls were separate may come first)
            // ("أجرى X اتصالا هاتفيا اليوم، بنظيره": a day word and a comma may come first)
            var afterCall = grammar.separate.match(tokens, at: h.end)?.end ?? h.end
            while afterCall < tokens.count, let day = dayWords?.match(tokens, at: afterCall) { afterCall = day.end }
            // ("أجرى اتصالين هاتفيين، الأول بـX، والثاني بـY": an ordinal may open each call's callee)
            if let word = (afterCall..<tokens.count).first(where: { tokens[$0].isWord }), let ordinal = grammar.ordinalReferences.match(tokens, at: word) {
                afterCall = ordinal.end
            }
            guard (max(0, h.start - Self.placingReach)..<h.start).contains(where: { grammar.placingVerbs.match(tokens, at: $0) != nil }),
                  let next = (afterCall..<tokens.count).first(where: { tokens[$0].isWord }),
                  (grammar.calleeClitics.contains(where: { tokens[next].folded.hasPrefix($0) })
                      // (or its title: "بقائد الجيش السوداني عبد الفتاح البرهان")
                      && parties.contains(where: { p in p.position >= next && p.position <= next + Self.callerTitleReach
                          && !(next..<p.position).contains { grammar.with.contains(tokens[$0].folded) || grammar.contentMarkers.match(tokens, at: $0) != nil } }))
                      // ("placed a call to X", "a passé un coup de fil à X")
                      || (grammar.calleeWords.contains(where: { $0.matches(tokens[next]) })
                          && parties.contains(where: { $0.position > next && $0.position <= next + 3 })),
                  let subject = parties.last(where: { $0.position < h.start }) else { continue }
            return subject.participant.identityKey
        }
        // (the caller may carry a long title: "received a phone call from the head of the diplomacy
        // of a far-off republic, X"; no with-word between)
        for h in g.hits where h.trigger.kind == .passive {
            if let p = parties.first(where: { $0.position >= h.end }), p.position <= h.end + 8
                || (p.position <= h.end + Self.callerTitleReach && !(h.end..<p.position).contains { grammar.with.contains(tokens[$0].folded) }) {
                return p.participant.identityKey
            }
        }
        // "X was called on Monday by Y", "X a été appelé lundi par Y": the agent called
        // ("X fue llamado el martes por Y": the auxiliary may be one of the trigger's own words;
        // "X was on Tuesday called by Y": an adverbial may stand between auxiliary and verb, and
        // then only an agent makes it a passive: "X was glad he called Y" is active)
        if let active = g.hits.first(where: { $0.trigger.kind == .active }), active.start > 0,
           let auxiliary = (max(0, active.start - Self.passiveGapReach)..<active.end).last(where: { grammar.passiveAuxiliaries.contains(tokens[$0].folded) }),
           !(min(auxiliary, active.start)..<active.start).contains(where: { k in tokens[k].folded == "," || parties.contains { $0.position == k } }) {
            // (the first agent word a party follows: not the "by" of "was contacted by phone on
            // Monday by Y")
            let agent = finder.agentWords(from: active.end, within: Self.strongAgentReach, tokens: tokens)
                .lazy.compactMap { by in parties.first(where: { $0.position > by && $0.position <= by + 4 }) }.first
            if let agent { return agent.participant.identityKey }
            if auxiliary >= active.start - 1 { return nil }
        }
        // "X a été joint au téléphone mardi par Y", "X was reached by phone on Monday by Y": a
        // participle between a passive auxiliary and the phone phrase, the agent after it called
        for h in g.hits where h.trigger.kind == .strong && h.start >= 2 {
            guard let auxiliary = (max(0, h.start - Self.passiveGapReach)..<(h.start - 1)).last(where: { grammar.passiveAuxiliaries.contains(tokens[$0].folded) }),
                  tokens[auxiliary + 1..<h.start].allSatisfy({ $0.isWord && !$0.isCapitalized }),
                  !parties.contains(where: { $0.position > auxiliary && $0.position < h.start }),
                  let by = finder.agentWords(from: h.end, within: Self.strongAgentReach, tokens: tokens).first,
                  !parties.contains(where: { $0.position >= h.end && $0.position < by }),
                  let agent = parties.first(where: { $0.position > by && $0.position <= by + 4 }) else { continue }
            return agent.participant.identityKey
        }
        // ("X se comunicó telefónicamente con Y": X got in touch)
        if let contact = g.hits.first(where: { $0.trigger.subjectCalls == true }),
           let p = parties.last(where: { $0.position < contact.start }) {
            return p.participant.identityKey
        }
        if let active = g.hits.first(where: { $0.trigger.kind == .active }) {
            // ("X, who has kept in contact with Y, called him": the subject stands before the relative clause)
            let clause = (1..<max(1, active.start)).last { k in
                tokens[k - 1].folded == "," && grammar.relativePronouns.contains(tokens[k].folded)
            }
            let subjectEnd = clause.flatMap { k in tokens[k..<active.start].last(where: {
                ($0.isWord && !grammar.objectPronouns.contains($0.folded)) || $0.folded == ","
            })?.folded == "," ? k : nil } ?? active.start
            // the subject: before the verb, or right after it in verb-first order ("اتصل X بـY")
            // (only Arabic puts the subject there: in "rang Mr X, a spokesperson for the Prime Minister
            // said" the party after the verb is the one called)
            let verbFirst = tokens[active.start].folded.unicodeScalars.first.map(TextFolding.isArabic) ?? false
            // (not past a semicolon: "X and Y talk trade; NATO chief phones Swedish PM")
            let floor = (0..<active.start).last { [";", "؛"].contains(tokens[$0].folded) } ?? -1
            // ("X, Y et Z ont téléphoné à W": callers together, none of them the one who called)
            if !verbFirst, jointSubjects(parties.filter { $0.position < subjectEnd && $0.position > floor }, tokens: tokens, grammar: grammar) { return nil }
            if let p = parties.last(where: { $0.position < subjectEnd && $0.position > floor }) ?? (verbFirst ? parties.first(where: { $0.position >= active.end }) : nil) {
                return p.participant.identityKey
            }
            // '"I called President X to ...," Y wrote': told in the first person, the speaker
            // (the party after the one called) placed the call
            if Self.toldInFirstPerson(before: active.start, within: Self.firstPersonReach, tokens: tokens, grammar: grammar),
               let called = parties.first(where: { $0.position >= active.end }),
               let speaker = parties.last(where: { $0.position > called.position && $0.participant.identityKey != called.participant.identityKey }) {
                return speaker.participant.identityKey
            }
        }
        return nil
    }

    /// "في اتصال هاتفي أجراه X مع Y", "a call placed by X", "the call was placed by X", "la
    /// llamada fue realizada por X": the party a `placedBy` phrase right after a call noun (a
    /// passive auxiliary may come between) names within two words; not "أجراه مع Y", which he
    /// held with Y.
    func placingAgent(of g: Group, parties: [ResolvedParty], tokens: [Token], grammar: LexiconIndexes.Grammar) -> ResolvedParty? {
        for h in g.hits where h.trigger.kind == .strong || h.trigger.kind == .noun {
            // (or a comma: "The first call, placed by Minister X shortly after noon, ...", where the
            // agent is named: not "Minister Wang" read as the subject's bare title)
            let afterComma = h.end < tokens.count && tokens[h.end].folded == ","
            let start = h.end < tokens.count && (grammar.passiveAuxiliaries.contains(tokens[h.end].folded) || afterComma) ? h.end + 1 : h.end
            guard let placed = grammar.placedBy.match(tokens, at: start),
                  !(placed.end < tokens.count && grammar.with.contains(tokens[placed.end].folded)),
                  let p = parties.first(where: { $0.position >= placed.end && $0.position <= placed.end + 2 }) else { continue }
            if afterComma {
                let surnames = Set(PartyResolver.surnames(of: p.participant).map(TextFolding.fold))
                guard (placed.end..<min(tokens.count, placed.end + 3)).contains(where: { surnames.contains(tokens[$0].folded) }) else { continue }
            }
            return p
        }
        return nil
    }

    /// Two or more parties named as one coordinated subject ("Macron, Merz et Tusk", "X and Y"):
    /// an "and" word right before the last (or before its article: "et le Premier ministre
    /// polonais Donald Tusk"), and no with-word, relative pronoun or quotation between the first
    /// and the last.
    func jointSubjects(_ subjects: [ResolvedParty], tokens: [Token], grammar: LexiconIndexes.Grammar) -> Bool {
        let ordered = subjects.sorted { $0.position < $1.position }
        let isAnd = { (k: Int) in MentionFinder.andWords.contains(tokens[k].folded) && tokens[k].folded != "," }
        guard Set(ordered.map(\.participant.identityKey)).count >= 2, let first = ordered.first, let last = ordered.last,
              last.position > 0,
              isAnd(last.position - 1) || (last.position > 1 && isAnd(last.position - 2) && grammar.definiteDeterminers.contains(tokens[last.position - 1].folded))
        else { return false }
        return !tokens[first.position..<last.position].contains { t in
            grammar.with.contains(t.folded) || grammar.from.contains(t.folded) || grammar.relativePronouns.contains(t.folded)
                || Self.subjectListBreaks.contains(t.folded)
        }
    }
    /// Punctuation no list of coordinated subjects runs across (a comma does).
    static let subjectListBreaks: Set<String> = [".", ";", ":", "\""]

    /// Words before a calling verb within which a first-person subject stands ("J'ai appelé",
    /// "je l'ai appelé").
    static let firstPersonReach = 3
    /// Words after a calling verb with a first-person object within which its subject is named
    /// ("Me llamó ayer el presidente Petro").
    static let firstPersonCallerReach = 5

    /// A first-person subject or verb (`firstPerson`) starts within `reach` words before
    /// `position`: the call there is told by its speaker.
    static func toldInFirstPerson(before position: Int, within reach: Int, tokens: [Token], grammar: LexiconIndexes.Grammar) -> Bool {
        (max(0, position - reach)..<position).contains { grammar.firstPerson.match(tokens, at: $0) != nil }
    }

    /// An untold detail ("did not say who", "n'a pas précisé qui") ends within `untoldReach`
    /// words before `position`: the call words there name no caller ("who had placed the call").
    static func leavesUntold(before position: Int, tokens: [Token], grammar: LexiconIndexes.Grammar) -> Bool {
        (max(0, position - untoldReach)..<position).contains { grammar.undisclosedDetail.match(tokens, at: $0) != nil }
    }

    /// "The talk was held at the initiative of the Qatari side", "à l'initiative de
    /// M. X", "بمبادرة من الجانب الإماراتي": the party named, or whose country is named, within
    /// six words after the cue placed the call. A request ("at Biden's request", "à la demande de")
    /// counts only in a sentence with a call word (`hasCallWord`): "des avions ont intercepté les
    /// drones à la demande de la Jordanie" tells who asked for something else.
    func initiativeParty(in tokens: [Token], mentions: [Mention], grammar: LexiconIndexes.Grammar,
                         resolver: PartyResolver, on date: EventDate?, memory: [ResolvedParty],
                         hasCallWord: Bool) -> (key: String?, country: String?)? {
        // "The call, which officials said X had requested, ...": the party named between the
        // relative pronoun and a verb whose object is the call
        if hasCallWord, let caller = gappedCaller(in: tokens, mentions: mentions, grammar: grammar, resolver: resolver, on: date, memory: memory) {
            return caller
        }
        // "the Brazilian leader had initiated the call": the party named last before the cue
        // (not in an object's relative clause: "con Y, a quien llamó" says Y was called)
        if let cue = grammar.initiatedBy.matches(in: tokens).first(where: { c in
               !(c.start >= 1 && (grammar.objectRelatives.match(tokens, at: c.start - 1)?.end ?? 0) > c.start)
           }), !Self.leavesUntold(before: cue.start, tokens: tokens, grammar: grammar) {
            if let last = resolver.resolve(mentions.filter { $0.end <= cue.start }, on: date, memory: memory)
                .last(where: { $0.participant.name != nil || $0.participant.country != nil }) {
                return (last.participant.name == nil ? nil : last.participant.identityKey, last.participant.country)
            }
            // ("c'est l'Élysée qui a pris l'initiative": a seat of government right before, its country;
            // "C'est la partie sénégalaise qui avait sollicité cet entretien": a country's side)
            let capitals = resources.knowledge.capitals   // (a lazy closure on `resources` would copy the finder)
            if let seat = (max(0, cue.start - Self.seatReach)..<cue.start).lazy.compactMap({ capitals.match(tokens, at: $0)?.values.first }).first {
                return (nil, seat)
            }
            if let named = (max(0, cue.start - Self.seatReach)..<cue.start).lazy.compactMap({ namedCode(at: $0, in: tokens) }).first {
                return (nil, named)
            }
        }
        // ("La iniciativa partió del ministro español": a statement of the initiative alone)
        guard hasCallWord else {
            guard let cue = grammar.initiativeStatements.matches(in: tokens).first else { return nil }
            return initiativeParty(after: cue, in: tokens, mentions: mentions, grammar: grammar, resolver: resolver, on: date, memory: memory)
        }
        // ("..., the Premier called to offer his sympathy": a party that called for a purpose,
        // no one named after the verb, placed the call the story reported)
        if let caller = purposeCaller(in: tokens, mentions: mentions, grammar: grammar, resolver: resolver, on: date, memory: memory) {
            return caller
        }
        // "at Biden's request": the possessor
        for k in Self.possessiveInitiatives(in: tokens, grammar: grammar) {
            // ("at the latter's request": the last party named before it)
            if (max(0, k - 3)..<(k - 1)).contains(where: { grammar.latter.match(tokens, at: $0)?.end == k - 1 }),
               let last = resolver.resolve(mentions.filter { $0.end < k - 1 }, on: date, memory: memory).last(where: { $0.participant.name != nil }) {
                return (last.participant.identityKey, last.participant.country)
            }
            guard let m = mentions.first(where: { $0.end == k - 1 }),
                  let party = resolver.resolve([m], on: date, memory: memory).first, party.participant.name != nil else {
                // ("at the Moroccan side's request": a country's side)
                if let code = (max(0, k - 1 - Self.sideReach)..<(k - 1)).lazy.compactMap({ self.namedCode(at: $0, in: tokens) }).first,
                   !mentions.contains(where: { $0.start < k - 1 && $0.end >= k - 1 - Self.sideReach }) {
                    return (nil, code)
                }
                continue
            }
            return (party.participant.identityKey, party.participant.country)
        }
        guard let cue = grammar.initiative.matches(in: tokens).first else { return nil }
        return initiativeParty(after: cue, in: tokens, mentions: mentions, grammar: grammar, resolver: resolver, on: date, memory: memory)
    }

    /// Most words from a relative pronoun to the verb of a gapped initiative cue.
    static let gappedReach = 8

    /// The party named between a relative pronoun and a `gappedInitiatedBy` verb that closes
    /// its clause ("..., which Brasilia said Lula had initiated,"), nil when none.
    private func gappedCaller(in tokens: [Token], mentions: [Mention], grammar: LexiconIndexes.Grammar,
                              resolver: PartyResolver, on date: EventDate?, memory: [ResolvedParty]) -> (key: String?, country: String?)? {
        for cue in grammar.gappedInitiatedBy.matches(in: tokens) {
            guard cue.end == tokens.count || [",", ".", ";", ")"].contains(tokens[cue.end].folded),
                  let relative = (max(0, cue.start - Self.gappedReach)..<cue.start).last(where: { grammar.relativePronouns.contains(tokens[$0].folded) })
            else { continue }
            let between = mentions.filter { $0.start > relative && $0.end <= cue.start }
            if let last = resolver.resolve(between, on: date, memory: memory).last(where: { $0.participant.name != nil }) {
                return (last.participant.identityKey, last.participant.country)
            }
        }
        return nil
    }

    /// Positions of the nouns of a possessive initiative ("at Biden's request", "at X's
    /// initiative": `possessiveInitiative` right after "'s").
    static func possessiveInitiatives(in tokens: [Token], grammar: LexiconIndexes.Grammar) -> [Int] {
        tokens.indices.filter { k in k >= 2 && grammar.possessiveInitiative.contains(tokens[k].folded) && tokens[k - 1].folded == "s" }
    }

    /// Most tokens from a party (its long title included: "el canciller de la República Islámica
    /// de Irán, Abbas Araghchi") to the comma of an object's relative clause.
    static let objectRelativeReach = 14

    /// A comma within `objectRelativeReach` tokens after the party (no party between), an object's
    /// relative pronoun (`objectRelatives`) and, within `relativeCallGap` words, a calling verb.
    private func calledInRelative(_ p: ResolvedParty, parties: [ResolvedParty], tokens: [Token], grammar: LexiconIndexes.Grammar) -> Bool {
        let objectRelatives = grammar.objectRelatives   // (a lazy closure would copy the whole grammar)
        guard p.position >= 0, p.position + 2 < tokens.count,
              let (comma, relative) = (p.position..<min(tokens.count - 2, p.position + Self.objectRelativeReach)).lazy.compactMap({ k in
                  tokens[k].folded == "," ? objectRelatives.match(tokens, at: k + 1).map { (k, $0) } : nil
              }).first,
              !parties.contains(where: { $0.position > p.position && $0.position < comma }) else { return false }
        return (relative.end..<min(tokens.count, relative.end + Self.relativeCallGap + 1)).contains { k in
            tokens[relative.end..<k].allSatisfy(\.isWord) && !parties.contains { $0.position >= relative.end && $0.position <= k }
                && grammar.triggers.match(tokens, at: k)?.values.contains(where: { $0.kind == .active }) == true
        }
    }

    /// Tokens after a call word within which a relative clause of convening may tell who convened it.
    static let convenedReach = 30
    /// Words between the relative pronoun and the verb of convening ("que él mismo convocó").
    static let convenedGap = 3

    /// A comma, a relative pronoun and, within a few short words, a verb of convening follow the
    /// call word in its sentence, no full stop between.
    static func convenedInRelative(after end: Int, tokens: [Token], grammar: LexiconIndexes.Grammar) -> Bool {
        let stop = min(tokens.count, end + convenedReach)
        return (end..<stop).contains { k in
            guard k + 2 < tokens.count, TriggerFinder.commas.contains(tokens[k].folded),
                  grammar.relativePronouns.contains(tokens[k + 1].folded) else { return false }
            return (k + 2..<min(tokens.count, k + 2 + convenedGap + 1)).contains { j in
                grammar.convening.match(tokens, at: j) != nil && (k + 2..<j).allSatisfy { tokens[$0].isWord && tokens[$0].folded.count <= 5 }
            }
        }
    }

    /// Tokens after an unnamed title within which a comma and a name may give its holder.
    static let appositionReach = 12
    /// Most tokens from that comma to the name (the comma itself, and two title words before it).
    static let appositionGap = 3

    /// The person named after a comma in apposition to a title that names no one ("à l'initiative
    /// du président en exercice du bloc, le chef de l'État X"): the title's holder.
    static func namedApposition(of m: Mention, in tokens: [Token], mentions: [Mention]) -> Mention? {
        guard !m.isNamed,
              let comma = tokens[m.end..<min(tokens.count, m.end + appositionReach)].firstIndex(where: { TriggerFinder.commas.contains($0.folded) })
        else { return nil }
        // (the name right after the first comma, a title of its own at most between: "…, le
        // général Goïta"; not "…, précise un communiqué signé du secrétaire général, X")
        return mentions.first { n in n.isNamed && n.start > comma && n.start - comma <= appositionGap }
    }

    /// The words between a party and its verb make the party the subject of a relative clause:
    /// ", who had called to press ...", ", qui avait appelé pour ...".
    private func relativeSubject(_ gap: ArraySlice<Token>, grammar: LexiconIndexes.Grammar) -> Bool {
        let words = Array(gap)
        guard words.count >= 2, words.count <= 3, TriggerFinder.commas.contains(words[0].folded),
              grammar.relativePronouns.contains(words[1].folded) else { return false }
        return words.count == 2 || grammar.perfectAuxiliaries.contains(words[2].folded)
    }

    /// The party right before a calling verb that a purpose follows at once, not a party ("the
    /// Premier called to offer his sympathy", "le président a appelé pour féliciter"), or the
    /// party before a relative clause with that verb (", who had called to press ..."): in
    /// English the purpose is one of `callPurposes`.
    private func purposeCaller(in tokens: [Token], mentions: [Mention], grammar: LexiconIndexes.Grammar,
                               resolver: PartyResolver, on date: EventDate?, memory: [ResolvedParty]) -> (key: String?, country: String?)? {
        for m in grammar.triggers.matches(in: tokens) where m.values.contains(where: { $0.kind == .active }) {
            guard let lead = grammar.purposeLeads.match(tokens, at: m.end), lead.start == m.end, lead.end < tokens.count,
                  tokens[lead.end].isWord, !mentions.contains(where: { $0.start >= m.end && $0.start <= lead.end + 1 }),
                  grammar.callPurposes.isEmpty || grammar.callPurposes.match(tokens, at: lead.end) != nil,
                  let subject = mentions.last(where: { $0.end <= m.start && (m.start - $0.end <= 1 || relativeSubject(tokens[$0.end..<m.start], grammar: grammar)) }),
                  let party = resolver.resolve([subject], on: date, memory: memory).first, party.participant.name != nil else { continue }
            return (party.participant.identityKey, party.participant.country)
        }
        return nil
    }

    /// The party named, or whose country or capital is named, within six words after an
    /// initiative cue ("à la demande de Rabat", "a iniciativa de este último").
    private func initiativeParty(after cue: PhraseMatcher<Bool>.Match, in tokens: [Token], mentions: [Mention],
                                 grammar: LexiconIndexes.Grammar, resolver: PartyResolver, on date: EventDate?,
                                 memory: [ResolvedParty]) -> (key: String?, country: String?)? {
        let window = cue.end..<min(tokens.count, cue.end + 6)
        // "a iniciativa de este último": the last party named before the cue
        if window.prefix(2).contains(where: { grammar.latter.match(tokens, at: $0) != nil }) {
            let before = resolver.resolve(mentions.filter { $0.end <= cue.start }, on: date, memory: memory)
            guard let last = before.last(where: { $0.participant.name != nil }) else { return nil }
            return (last.participant.identityKey, last.participant.country)
        }
        // ("at the request of the Ukrainian side, X spoke with Y": a country named before any party
        // in the window is the requester's)
        let named = window.lazy.compactMap { k in self.namedCode(at: k, in: tokens).map { (start: k, code: $0) } }.first
        if let first = mentions.first(where: { window.contains($0.start) }), named.map({ first.start <= $0.start }) ?? true,
           case let m = Self.namedApposition(of: first, in: tokens, mentions: mentions) ?? first,
           let party = resolver.resolve([m], on: date, memory: memory).first,
           party.participant.name != nil || party.participant.country != nil {
            return (party.participant.name == nil ? nil : party.participant.identityKey, party.participant.country)
        }
        if let code = named?.code {
            return (nil, code)
        }
        // ("at the request of Tokyo", "à la demande de Rabat": a capital stands for its government)
        let capitals = resources.knowledge.capitals   // (a lazy closure on `resources` would copy the finder)
        if let seat = window.lazy.compactMap({ capitals.match(tokens, at: $0)?.values.first }).first {
            return (nil, seat)
        }
        return nil
    }

    /// Makes `caller` the initiator of the story's latest call that has it as a party: the most
    /// recent by date, then the last reported (not an older call the story recalls after it).
    /// With `everyCall` ("both calls"), so are the other calls of that call's report (those
    /// sharing its evidence, or the report's before it when the sentence itself reported that
    /// call) that have the caller as a party. A call the sentence itself reported
    /// (`events` from `reportedFrom` on) comes first: "they had spoken last Friday, in a call
    /// initiated by the Turkish side" tells of that call, not of a later one. False when the
    /// caller is on no call yet.
    @discardableResult
    func markInitiator(_ caller: (key: String?, country: String?), events: inout [CallEvent],
                       headlineEvents: inout [CallEvent], talks: inout [Talk], everyCall: Bool = false,
                       reportedFrom: Int? = nil, justReported: Int? = nil) -> Bool {
        func index(in e: CallEvent) -> Int? {
            if let key = caller.key, let i = e.participants.firstIndex(where: { $0.identityKey == key }) { return i }
            guard let country = caller.country else { return nil }
            let same = e.participants.indices.filter { e.participants[$0].country == country }
            let named = same.filter { e.participants[$0].name != nil }
            return same.count == 1 ? same[0] : named.count == 1 ? named[0] : nil
        }
        let dates = events.map(\.date)
        let recent = { (a: Int, b: Int) -> Bool in
            guard let da = dates[a], let db = dates[b] else { return a < b }
            return DateMath.isBefore(da, db) || (!DateMath.isBefore(db, da) && a < b)
        }
        func mark(_ list: inout [CallEvent], at k: Int, reportedFrom: Int? = nil) {
            list[k].initiator = index(in: list[k])
            guard everyCall else { return }
            // (a call the sentence itself reports points back to the report before it: "Fue el
            // propio X quien telefoneó a ambos dirigentes")
            var reports = list[k].evidence
            if let from = reportedFrom, k >= from, from > 0 { reports += list[from - 1].evidence }
            for j in list.indices where j != k && list[j].evidence.contains(where: reports.contains) {
                if let i = index(in: list[j]) { list[j].initiator = i }
            }
        }
        // (a call the caller is named on, a talk's too, goes before one that only has a party of
        // their country)
        let names = { (e: CallEvent) in caller.key.map { key in e.participants.contains { $0.identityKey == key } } ?? false }
        let named = events.indices.filter { names(events[$0]) }
        if named.isEmpty, let k = talks.indices.last(where: { names(talks[$0].event) }) {
            Self.changeEvents(of: &talks) { mark(&$0, at: k) }
            return true
        }
        let withCaller = named.isEmpty ? events.indices.filter { index(in: events[$0]) != nil } : named
        // (the call the sentence before reported, when the caller is on it: "A had also called C on
        // Monday. That call came at C's government's request", after a later call C was on too;
        // otherwise the latest call by its day)
        let previous = justReported.flatMap { withCaller.contains($0) ? $0 : nil }
        if let k = withCaller.filter({ $0 >= reportedFrom ?? events.count }).max(by: recent) ?? previous ?? withCaller.max(by: recent) {
            mark(&events, at: k, reportedFrom: reportedFrom)
        } else if let k = talks.indices.last(where: { index(in: talks[$0].event) != nil }) {
            Self.changeEvents(of: &talks) { mark(&$0, at: k) }
        } else if let k = headlineEvents.indices.last(where: { index(in: headlineEvents[$0]) != nil }) {
            mark(&headlineEvents, at: k)
        } else {
            return false
        }
        return true
    }
}
