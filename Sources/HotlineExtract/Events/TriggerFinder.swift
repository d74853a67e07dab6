/// Finds the call triggers of a sentence and applies the grammar: triggers that need an object
/// ("called X", not "called for"), weak triggers only in stories that report a call and not next
/// to a meeting or letter, future or hypothetical cues drop a trigger, negation or denial cues
/// mark it denied.
struct TriggerFinder: Sendable {
    let grammar: LexiconIndexes.Grammar
    /// Capital cities: "spoke with X in Berlin" is a meeting.
    var capitals = PhraseMatcher<String>()
    /// Date words of the language: "spoke with X in January" names a time, not a place.
    var dateWords = PhraseMatcher<LexiconIndexes.DateWord>()
    /// Prepositions of place before a capital or another capitalised place name.
    static let placePrepositions: Set<String> = ["in", "at", "a", "en", "في"]

    /// Most words between a call noun that is also a verb and the "with" that makes it a noun.
    static let nounQualifierWords = 4
    /// Words after "called" that make it something else than a call ("called for", "called on").
    static let blockedAfter: Set<String> = ["for", "on", "upon", "it", "them", "off", "out", "back", "up", "a", "au", "aux", "to", "in", "the", "this", "what", "an", "its"]

    /// True when the sentence has a trigger that reports a call by itself (not a weak one).
    func hasStrong(_ tokens: [Token]) -> Bool {
        grammar.triggers.matches(in: tokens).contains { m in
            m.values.contains { t in
                t.kind == .strong || t.kind == .passive || (t.kind == .active && t.needsObject != true)
                    || (t.kind == .noun && m.end < tokens.count && grammar.with.contains(tokens[m.end].folded))
            }
        }
    }

    /// An `unrealizedAfter` phrase in the predicate of the call words ("The call ... was
    /// postponed"), quotation marks inside it aside ("est « prévu dans les prochains jours »").
    func unrealizedAfter(_ m: PhraseMatcher<TriggerLexicon.Trigger>.Match, tokens: [Token]) -> Bool {
        let end = min(tokens.count, predicateEnd(of: m, tokens: tokens))
        guard m.end < end else { return false }
        guard tokens[m.end..<end].contains(where: { $0.folded == "\"" }) else {
            return occurs(grammar.unrealizedAfter, in: tokens, from: m.end, to: end)
        }
        let predicate = Array(tokens[m.end..<end].filter { $0.folded != "\"" })
        return occurs(grammar.unrealizedAfter, in: predicate, from: 0, to: predicate.count)
    }

    /// The trigger lies inside a set phrase (`idioms`: "llamado a consultas", "wake-up call").
    func inIdiom(_ m: PhraseMatcher<TriggerLexicon.Trigger>.Match, tokens: [Token]) -> Bool {
        (max(0, m.start - Self.idiomReach)..<m.end).contains { k in grammar.idioms.match(tokens, at: k).map { $0.end > m.start } ?? false }
    }
    /// Words of a set phrase that may stand before its call word ("called in for consultations": none; "wake-up call": two).
    static let idiomReach = 3

    /// Most tokens between a weak talk verb and an in-person cue that makes it a meeting.
    static let inPersonReach = 4

    /// True when the sentence tells of an in-person meeting: an `inPerson` cue that no future cue
    /// governs ("looked forward to meeting in person later this year" tells of none).
    func reportsMeeting(_ tokens: [Token]) -> Bool {
        grammar.inPerson.matches(in: tokens).contains { m in !futureCue(in: tokens, from: m.start - Self.meetingFutureReach, to: m.start) }
    }
    /// Words before a meeting cue within which a future cue makes it a planned meeting.
    static let meetingFutureReach = 5

    /// How many words before an untold detail ("say who") its negation may start ("n'a pas").
    static let undisclosedNegationReach = 4
    /// Words after a call noun within which a participle of demanding makes it an appeal.
    static let appealReach = 6
    /// Words after a talking verb within which a unit of time makes "for" the call's length.
    static let durationReach = 5

    func triggers(in tokens: [Token], mentions: [Mention], storyReportsCall: Bool) -> [TriggerHit] {
        let denialInSentence = grammar.deniesCall(tokens)
        var out: [TriggerHit] = []
        var futureEnd = -100   // end of the last trigger a future cue governs
        // ("aunque no han precisado la fecha": the negation of a date left undisclosed denies
        // nothing, nor does "did not say who placed the call": the span reaches back over the
        // negation words before the detail)
        // (found only for a sentence with a trigger: most have none)
        var undisclosedSpans: [Range<Int>]?
        func undisclosed() -> [Range<Int>] {
            if let spans = undisclosedSpans { return spans }
            let spans = dateWords.matches(in: tokens).filter { m in m.values.contains(where: \.isPeriod) }
                .map { $0.start..<$0.end }
                + grammar.undisclosedDetail.matches(in: tokens).map { max(0, $0.start - Self.undisclosedNegationReach)..<$0.end }
                // ("it did not help that she had spoken by phone with X": a framing clause's negation)
                + grammar.negatedFrames.matches(in: tokens).map { $0.start..<$0.end }
            undisclosedSpans = spans
            return spans
        }
        for m in grammar.triggers.matches(in: tokens) where !inIdiom(m, tokens: tokens) {
            // a verb reading first ("calls X"); a phrase that is also a verb is read as a noun
            // only before "with"/"from" ("calls with X", not "what Moscow calls")
            let verbs = m.values.filter { $0.kind != .noun }
            // (also after a date adverbial: "held separate calls on Thursday with X")
            let linkAt = { (k: Int) in k < tokens.count && (grammar.with.contains(tokens[k].folded) || grammar.from.contains(tokens[k].folded)) }
            // (or after a short lower-case qualifier or a list's colon: "further calls of the
            // day: with X"; not "calls for talks with X")
            let qualified = m.end < tokens.count && !Self.blockedAfter.contains(tokens[m.end].folded)
                && (m.end + 1..<min(tokens.count, m.end + Self.nounQualifierWords + 1)).contains { k in
                    linkAt(k) && tokens[m.end..<k].allSatisfy { ($0.isWord && !$0.isCapitalized) || $0.folded == ":" }
                }
            let nounFits = verbs.isEmpty || linkAt(m.end) || dateRunEnd(after: m.end, tokens: tokens).map(linkAt) == true || qualified
            // ("received calls from X": right before a with/from word the noun reading comes first)
            let nouns = nounFits ? m.values.filter { $0.kind == .noun } : []
            let readings = linkAt(m.end) ? nouns + verbs : verbs + nouns
            guard let t = readings.first(where: { accepts($0, m, tokens: tokens, mentions: mentions, storyReportsCall: storyReportsCall) })
            else { continue }
            // a future cue governs its trigger and the triggers chained right after it in its
            // clause ("is scheduled to speak with X by phone"; not "X, who wanted to speak with Y
            // for weeks, called him")
            // (a call noun in a later phrase of the planned call's sentence that names no party is
            // that call again: "X has a call pencilled in with Y for Monday, officials said —
            // another conversation to watch")
            let phraseStart = futureEnd >= 0 ? (futureEnd..<m.start).last { Self.clausePunctuation.contains(tokens[$0].folded) } : nil
            let chained = (m.start - futureEnd <= 8
                && !(min(futureEnd, m.start)..<m.start).contains { Self.clausePunctuation.contains(tokens[$0].folded) })
                || (t.kind == .noun && phraseStart.map { p in !mentions.contains { $0.isNamed && $0.start > p && $0.start < m.start } } == true)
            let clauseEnd = (m.end..<min(tokens.count, m.end + 6)).first { grammar.clauseBreaks.contains(tokens[$0].folded) } ?? m.end + 6
            let clauseStart = self.clauseStart(before: m.start, tokens: tokens, mentions: mentions)
            // (what follows the call's purpose is what it was for: "called X to see if Y would
            // help"; not a subject matter, which may still say the calls recur: "spoke to X about
            // this many times")
            let purposeStart = stride(from: m.end + 1, to: min(tokens.count, clauseEnd), by: 1).first { k in
                grammar.purposeLeads.match(tokens, at: k) != nil && grammar.future.match(tokens, at: k) == nil
            }
            // "agreed to keep in regular contact, including by telephone": an arrangement, not a call
            if chained || futureCue(in: tokens, from: clauseStart, to: purposeStart ?? clauseEnd)
                || arrangement(before: m.start, tokens: tokens, mentions: mentions)
                || unrealizedBefore(m.start, tokens: tokens)
                || recurs(before: m.start, tokens: tokens)
                // (a weak noun too, after its determiner: "L'entretien entre A et B est prévu à 16 heures")
                || (t.kind != .active && (t.kind != .weak || (m.start > 0 && grammar.definiteDeterminers.contains(tokens[m.start - 1].folded)))
                    && unrealizedAfter(m, tokens: tokens))
                || hasFutureVerb(tokens, from: clauseStart, to: m.start)
                || plannedBeforeAside(clauseStart, tokens: tokens, mentions: mentions)
                || (m.start >= 2 && grammar.headlineInfinitive.contains(tokens[m.start - 1].folded)
                    && tokens[m.start - 2].isWord && tokens[m.start - 2].isCapitalized)
                || hasFutureVerb(tokens, from: m.end, to: t.kind == .noun ? nounClauseEnd(after: m.end, tokens: tokens) : min(clauseEnd, m.end + 3))
                // ("a phone call between X and Y would take place in the coming days": a call
                // noun's own clause puts it ahead; not a modal in what was said, "a phone call
                // with Y on how they could ...")
                // (the relative clause a break word opens counts: "cette réunion virtuelle, qui doit se tenir")
                // (a weak noun after its determiner too: "l'entretien entre A et B, prévu à 16 heures")
                || (t.kind == .noun || t.kind == .strong || (t.kind == .weak && m.start > 0 && grammar.definiteDeterminers.contains(tokens[m.start - 1].folded)))
                    && (m.end..<min(tokens.count, nounClauseEnd(after: m.end, tokens: tokens) + 1)).contains(where: { k in
                        grammar.comingCues.match(tokens, at: k) != nil
                            || (k > 0 && tokens[k - 1].folded == "," && grammar.comingParticiples.match(tokens, at: k) != nil)
                    }) {
                futureEnd = m.end
                var hit = TriggerHit(start: m.start, end: m.end, trigger: t, denied: false)
                hit.planned = true
                out.append(hit)
                continue
            }
            // ("contacté par téléphone, le ministre a refusé": the press; "X a contacté par téléphone
            // le président": an active perfect, a call)
            // (with a named object right after: "Le Devoir a joint par téléphone un porte-parole" is the press)
            let media = (max(0, m.start - 4)..<min(tokens.count, m.end + 3)).contains { k in
                guard let found = grammar.mediaCall.match(tokens, at: k) else { return false }
                let active = k > 0 && grammar.perfectAuxiliaries.contains(tokens[k - 1].folded)
                    && mentions.contains { $0.isNamed && $0.start >= found.end && $0.start <= found.end + 3 }
                // ("X was contacted by phone by Y", "fue contactado por teléfono por Y": the agent,
                // an official or a titled person, called)
                // (a day may come between: "reached by phone on Tuesday by Y")
                let by = agentWords(from: found.end, within: Self.mediaAgentReach, tokens: tokens).first
                let agented = by.map { by in mentions.contains { ($0.officials.count == 1 || !$0.kinds.isEmpty) && $0.start > by && $0.start <= by + 4 } } ?? false
                return !active && !agented
            }
            if media || statementByPhone(m, tokens: tokens, mentions: mentions) { continue }
            // ("X and Y jointly inaugurated a jetty through videoconference": a ceremony held by
            // video link, not a call between them)
            // (or a session held so, the video link set off by a comma: "عقد المجلس جلسته برئاسة
            // الملك، عبر الاتصال المرئي")
            if t.kind == .strong || t.kind == .noun {
                var from = self.clauseStart(before: m.start, tokens: tokens, reach: Self.ceremonyReach, mentions: mentions)
                if from > 0, m.start - from <= 1, TriggerFinder.commas.contains(tokens[from - 1].folded) {
                    from = self.clauseStart(before: from - 1, tokens: tokens, reach: Self.ceremonyReach, mentions: mentions)
                }
                // (not a word of a person's title: "Romania's newly inaugurated President X")
                if (max(0, from)..<m.start).contains(where: { k in
                    grammar.ceremonies.match(tokens, at: k) != nil && !mentions.contains { $0.start <= k && k < $0.end }
                }) { continue }
                // ("took part by videoconference in the IGAD summit": attending a gathering by link)
                // (not a call with someone: "joined a phone call with X to prepare the summit")
                if t.kind == .strong, occurs(grammar.attendanceVerbs, in: tokens, from: from, to: m.start),
                   !(m.end..<min(tokens.count, m.end + 2)).contains(where: { grammar.with.contains(tokens[$0].folded) }),
                   // (a gathering other than the link itself: "took part in a video conference" is one)
                   grammar.gatherings.matches(in: tokens).contains(where: { $0.end <= m.start || $0.start >= m.end }) { continue }
            }
            // "llamó a su homólogo a respetar el acuerdo", "a appelé X à faire preuve de retenue": an
            // exhortation (an infinitive after the object), not a call
            if t.kind == .active, exhorts(after: m.end, tokens: tokens, mentions: mentions) { continue }
            // "they did not discuss X during the call": the negation is not the call's
            let during = (max(0, m.start - 4)..<m.start).contains { grammar.during.match(tokens, at: $0).map { d in d.end >= m.start - 2 } ?? false }
            // (after the trigger, up to its clause's comma: "X and Y last spoke on March 18, and have
            // not talked since" denies no call)
            // (nor past a coordinator: "llamó a X y prometió «no descansar»" is no denied call)
            let comma = (m.end..<tokens.count).first { [",", ";", "،"].contains(tokens[$0].folded) || grammar.coordinators.match(tokens, at: $0) != nil } ?? tokens.count
            let denied = denialInSentence
                || (!during && negation(in: tokens, from: min(m.start - 6, clauseStart), to: min(clauseEnd, m.end + 6, comma), outside: undisclosed()))
                || occurs(grammar.absence, in: tokens, from: 0, to: m.start)
                || existentialNegation(before: m.start, tokens: tokens)
            out.append(TriggerHit(start: m.start, end: m.end, trigger: t, denied: denied))
        }
        return out
    }

    /// "told CNN by phone that ...", "a expliqué au téléphone à France Inter que ...": a phone
    /// phrase right after a reporting verb, with no party between them and no with-word after,
    /// tells how a statement was made, not of a call.
    func statementByPhone(_ m: PhraseMatcher<TriggerLexicon.Trigger>.Match, tokens: [Token], mentions: [Mention]) -> Bool {
        guard m.values.allSatisfy({ $0.kind == .strong }),
              let said = (max(0, m.start - 3)..<m.start).last(where: { grammar.speech.match(tokens, at: $0) != nil }),
              !mentions.contains(where: { $0.start > said && $0.start < m.start }) else { return false }
        // (the next words: an outlet or the press, then "that"/"que", no party)
        let next = (m.end..<min(tokens.count, m.end + 6))
        if next.contains(where: { grammar.with.contains(tokens[$0].folded) }) { return false }
        let firstParty = mentions.first { $0.start >= m.end }?.start ?? tokens.count
        return next.contains { grammar.clauseBreaks.contains(tokens[$0].folded) && $0 < firstParty }
    }

    /// Agent words ("by", "par") from `start` on, within `reach` words and before the clause's
    /// punctuation: where a passive's agent may follow.
    func agentWords(from start: Int, within reach: Int, tokens: [Token]) -> [Int] {
        (start..<min(tokens.count, start + reach)).prefix { !Self.clausePunctuation.contains(tokens[$0].folded) }
            .filter { grammar.agentWords.contains(tokens[$0].folded) }
    }

    /// Words after a press-call phrase within which an agent word makes it an official's call
    /// ("was reached by phone on Tuesday by").
    static let mediaAgentReach = 7
    /// Latin and Arabic commas.
    static let commas: Set<String> = [",", "،"]
    /// Punctuation that ends the clause a trigger sits in, looking back from it.
    static let clausePunctuation: Set<String> = [",", ";", ":", ".", "(", ")", "،", "؛"]
    /// How far back a future cue governs a trigger in its clause ("doivent quant à eux
    /// s'entretenir jeudi par téléphone").
    static let futureReach = 9
    /// How far back an `unrealized` cue governs a trigger in its clause: it usually heads a noun
    /// phrase that names the requester ("declined a request from Defense Secretary Lloyd Austin to
    /// speak by phone").
    static let unrealizedReach = 14

    /// Words after an appeal's "by"/"de" within which its "for"/"à" still makes it an appeal.
    static let authorReach = 7

    /// Words back from a video or phone word within which a ceremony's verb makes it no call.
    static let ceremonyReach = 16

    /// First token of the trigger's clause: up to `reach` words back (`futureReach` by default), not past
    /// punctuation ("X, who will visit Y, spoke by phone with Z"); a clause break word is
    /// crossed with the three words before it, which govern the clause it opens ("il est prévu
    /// que", "من المقرر أن"). A person's name and title in `mentions` counts as one word (a long
    /// title and name between "من المقرر أن يجري" and "اتصالا هاتفيا").
    func clauseStart(before start: Int, tokens: [Token], reach: Int = Self.futureReach, mentions: [Mention] = []) -> Int {
        var k = start, words = 0
        while k > 0, words < reach {
            if let m = mentions.first(where: { m in
                m.end == k && m.start < k && !(m.start..<m.end).contains { Self.clausePunctuation.contains(tokens[$0].folded) }
            }) {
                k = m.start
                words += 1
                continue
            }
            words += 1
            let t = tokens[k - 1].folded
            if Self.clausePunctuation.contains(t) { break }
            if grammar.clauseBreaks.contains(t) {
                var j = k - 1
                while j > 0, k - 1 - j < 3, !Self.clausePunctuation.contains(tokens[j - 1].folded) { j -= 1 }
                return j
            }
            k -= 1
        }
        return k
    }

    /// Where what is said of a call noun can end: its own clause, or, when the noun opens the
    /// sentence as its subject ("Un appel entre A et B sur la question du transit n'est pas
    /// exclu"), the first punctuation, however long the noun phrase.
    func predicateEnd(of m: PhraseMatcher<TriggerLexicon.Trigger>.Match, tokens: [Token]) -> Int {
        // (the noun opens the sentence or a clause after a comma, or after a clause's conjunction:
        // "Selon une source, un entretien ...", "précise qu'un entretien ... pourrait être envisagé")
        let opening = (max(0, m.start - Self.subjectNounReach - 1)..<m.start).last {
            Self.clausePunctuation.contains(tokens[$0].folded) || grammar.clauseBreaks.contains(tokens[$0].folded)
        }.map { m.start - $0 - 1 }
        // (or after a possessive name: "Viktor Orbán's phone call with X ...")
        let clauseStart = m.start - (opening ?? m.start)
        let possessor = tokens[clauseStart..<m.start]
        let possessed = possessor.count <= Self.subjectNounReach + 4 && possessor.contains { $0.folded == "s" }
            && possessor.allSatisfy { ($0.isWord && $0.isCapitalized) || $0.folded == "s" || $0.folded == "the" }
        guard m.start <= Self.subjectNounReach || (opening ?? Int.max) <= Self.subjectNounReach || possessed else {
            return ownClauseEnd(after: m.end, tokens: tokens)
        }
        var end = (m.end..<tokens.count).first { Self.clausePunctuation.contains(tokens[$0].folded) } ?? tokens.count
        // (a relative clause or a short phrase between commas does not end the predicate: "X's call
        // with Y, which Brussels had warned against, never took place", "La llamada de X a Y,
        // prevista para el jueves, fue aplazada"; up to two of them: "A call between A and B's
        // minister, C, planned for May 5, was postponed")
        for _ in 0..<Self.parentheticals {
            guard end + 1 < tokens.count, tokens[end].folded == ",",
                  let close = (end + 2..<tokens.count).first(where: { Self.clausePunctuation.contains(tokens[$0].folded) }), tokens[close].folded == ",",
                  grammar.relativePronouns.contains(tokens[end + 1].folded) || close - end <= Self.parentheticalReach else { break }
            end = (close + 1..<tokens.count).first { Self.clausePunctuation.contains(tokens[$0].folded) } ?? tokens.count
        }
        return end
    }
    /// How many words (an article, a determiner) may stand before a call noun that is its
    /// sentence's subject.
    static let subjectNounReach = 2
    /// Most tokens of a phrase between commas that a call noun's predicate runs past.
    static let parentheticalReach = 8
    /// Phrases between commas a call noun's predicate runs past.
    static let parentheticals = 2

    /// End of the clause a call noun is the subject of: before a clause
    /// break word or a sentence-internal stop, ten words at most ("la llamada entre X e Y se celebrará").
    func nounClauseEnd(after end: Int, tokens: [Token]) -> Int {
        var k = end
        while k < tokens.count, k - end < 10, !grammar.clauseBreaks.contains(tokens[k].folded),
              ![";", ":", ".", "(", "؛"].contains(tokens[k].folded) { k += 1 }
        return k
    }

    /// Two named parties joined by "and" end right before `start` ("Erdogan and Putin talked").
    static func jointSubjectBefore(_ start: Int, mentions: [Mention], tokens: [Token]) -> Bool {
        guard let last = mentions.last(where: { $0.end == start && $0.isNamed }) else { return false }
        return mentions.contains { p in
            p.isNamed && p.end < last.start && last.start - p.end <= 2
                && tokens[p.end..<last.start].allSatisfy { MentionFinder.andWords.contains($0.folded) }
                && tokens[p.end..<last.start].contains { $0.folded != "," }
        }
    }

    /// A future cue or future-tense verb in `from..<to` ("..., who will visit Madrid on Thursday"):
    /// what follows is planned, so a date there is not the call's.
    func plansAhead(_ tokens: [Token], from: Int, to: Int) -> Bool {
        futureCue(in: tokens, from: from, to: to) || hasFutureVerb(tokens, from: from, to: to)
    }

    /// Most words of an aside between commas that a future cue reaches over to its call words.
    static let asideWords = 3

    /// The clause starting at `start` follows a short aside set off by commas, and the clause
    /// before the aside plans the call: "no tiene previsto, de momento, llamar a X".
    private func plannedBeforeAside(_ start: Int, tokens: [Token], mentions: [Mention]) -> Bool {
        guard start >= 2, tokens[start - 1].folded == ",",
              let a = (max(0, start - 2 - Self.asideWords)..<start - 1).last(where: { tokens[$0].folded == "," }),
              (a + 1..<start - 1).allSatisfy({ tokens[$0].isWord }) else { return false }
        return plansAhead(tokens, from: clauseStart(before: a, tokens: tokens, mentions: mentions), to: a)
    }

    /// A future cue in `from..<to` that no past marker shortly before turns into a past perfect
    /// ("وكان الرئيس قد تلقى": "had received", not "may receive").
    private func futureCue(in tokens: [Token], from: Int, to: Int) -> Bool {
        let lo = max(0, from), hi = min(tokens.count, to)
        guard lo < hi else { return false }
        return (lo..<hi).contains { k in
            (grammar.future.match(tokens, at: k) != nil || futureAcrossQuote(at: k, tokens: tokens))
                && !pastMarker(before: k, tokens: tokens)
                && !isMonthName(at: k, tokens: tokens)
        }
    }

    /// A future phrase whose words a quotation mark splits ('acordaron "conversar telefónicamente
    /// ..."'): read without the mark.
    private func futureAcrossQuote(at k: Int, tokens: [Token]) -> Bool {
        guard k + 2 < tokens.count, tokens[k + 1].folded == "\"", tokens[k].isWord else { return false }
        let joined = [tokens[k]] + tokens[(k + 2)..<min(tokens.count, k + Self.quotedFutureWords + 2)]
        return grammar.future.match(joined, at: 0).map { $0.end > 1 } ?? false
    }
    /// Words after the quotation mark a split future phrase may have.
    static let quotedFutureWords = 4

    /// A past marker up to `pastMarkerReach` words before `k` in its clause ("وكان السلطان هيثم بن
    /// طارق والرئيس مسعود بزشكيان قد تباحثا": a pluperfect, however long its subject). One
    /// appositive between commas is stepped over, uncounted ("وكان أنور إبراهيم، رئيس وزراء
    /// ماليزيا، قد اتصل").
    private func pastMarker(before k: Int, tokens: [Token]) -> Bool {
        var j = k
        var counted = 0
        var crossed = false
        while j > 0, counted < Self.pastMarkerReach {
            if Self.clausePunctuation.contains(tokens[j - 1].folded) {
                guard !crossed, Self.commas.contains(tokens[j - 1].folded),
                      let open = (max(0, j - 1 - Self.appositiveReach)..<(j - 1)).last(where: { Self.clausePunctuation.contains(tokens[$0].folded) }),
                      Self.commas.contains(tokens[open].folded) else { return false }
                crossed = true
                j = open
                continue
            }
            j -= 1
            counted += 1
            if grammar.pastMarkers.match(tokens, at: j) != nil { return true }
        }
        return false
    }
    /// How long an appositive `pastMarker` steps over may be.
    static let appositiveReach = 14
    /// How far back a past marker turns a future cue into a past perfect.
    static let pastMarkerReach = 12

    /// The month a modal is spelled like ("in May 2021", "on 3 May", "le 3 mai"): written with a
    /// capital or next to a number.
    private func isMonthName(at k: Int, tokens: [Token]) -> Bool {
        guard let d = dateWords.match(tokens, at: k), case .month = d.values.first else { return false }
        let number = { (i: Int) in i >= 0 && i < tokens.count && Int(tokens[i].folded) != nil }
        return tokens[k].isCapitalized || number(k - 1) || number(d.end)
    }

    /// A verb in the future tense by its written ending: before the trigger in its clause
    /// ("buscará conversar con él por teléfono") or right after a call noun ("la llamada se
    /// agendará").
    private func hasFutureVerb(_ tokens: [Token], from: Int, to: Int) -> Bool {
        guard !grammar.futureEndings.isEmpty, from < to else { return false }
        return tokens[max(0, from)..<min(tokens.count, to)].contains { t in
            let w = t.text.lowercased()
            return t.isWord && !t.isCapitalized && w.count >= 5 && grammar.futureEndings.contains { w.hasSuffix($0) }   // not a name ("Alexandra")
        }
    }

    /// Tokens inside a source phrase ("según un mensaje publicado en la red X"): the message
    /// there is how the call was reported, not another kind of exchange.
    private func sourceMask(_ tokens: [Token]) -> [Bool] {
        var mask = [Bool](repeating: false, count: tokens.count)
        for m in grammar.sourceCues.matches(in: tokens) { for k in m.start..<m.end { mask[k] = true } }
        return mask
    }

    /// A non-call cue (meeting, letter) in `from..<to` that is not part of a source phrase.
    private func nonCallOccurs(in tokens: [Token], from: Int, to: Int, mask: [Bool]) -> Bool {
        let lo = max(0, from), hi = min(tokens.count, to)
        guard lo < hi else { return false }
        return (lo..<hi).contains { !mask[$0] && grammar.nonCall.match(tokens, at: $0) != nil }
    }

    /// The grammar checks of one reading of a trigger phrase.
    private func accepts(_ t: TriggerLexicon.Trigger, _ m: PhraseMatcher<TriggerLexicon.Trigger>.Match, tokens: [Token],
                         mentions: [Mention], storyReportsCall: Bool) -> Bool {
        if m.end < tokens.count, (t.notBefore ?? []).contains(where: { $0.matches(tokens[m.end]) }) { return false }
        // ("made their own call, publicly and loudly, demanding that ...": an appeal)
        if t.kind == .noun, let appeal = (m.end..<min(tokens.count, m.end + Self.appealReach)).first(where: { grammar.appealFollowers.contains(tokens[$0].folded) }),
           !mentions.contains(where: { $0.start >= m.end && $0.start < appeal }) { return false }
        // ("the call by the African Union for a ceasefire", "l'appel de l'ONU à un cessez-le-feu":
        // the same words after the appeal's author)
        if t.kind == .noun, let words = t.notBefore, m.end < tokens.count,
           grammar.from.contains(tokens[m.end].folded) || grammar.agentWords.contains(tokens[m.end].folded) {
            for k in (m.end + 1)..<min(tokens.count, m.end + Self.authorReach) {
                if grammar.with.contains(tokens[k].folded) || Self.clausePunctuation.contains(tokens[k].folded) { break }
                // (not "l'appel de X au roi Y": a party after the word is the one called)
                if words.contains(where: { $0.matches(tokens[k]) }) {
                    if mentions.contains(where: { $0.start > k && $0.start <= k + 3 }) { break }
                    return false
                }
            }
        }
        // a call noun next to a meeting word ("a conversation on the sidelines of the summit")
        let mask = sourceMask(tokens)
        if t.kind == .noun, nonCallOccurs(in: tokens, from: t.talkNoun == true ? 0 : m.start - 6, to: m.end + 8, mask: mask) { return false }
        // ("X and Y talked on Sunday": two parties joined as the subject need no with-word)
        if t.needsWith == true,
           !(m.end..<min(tokens.count, m.end + 5)).contains(where: { grammar.with.contains(tokens[$0].folded) }),
           !Self.jointSubjectBefore(m.start, mentions: mentions, tokens: tokens) {
            return false
        }
        if t.kind == .weak {
            guard storyReportsCall, !nonCallOccurs(in: tokens, from: 0, to: tokens.count, mask: mask) else { return false }
            // ("s'est aussi entretenu, au palais, avec ...": talks in person, a cue of it right
            // after the verb)
            if (m.end..<min(tokens.count, m.end + Self.inPersonReach + 1)).contains(where: { grammar.inPerson.match(tokens, at: $0) != nil }) { return false }
            // ("spoke for about 25 minutes on Monday": the call's length, not "spoke for")
            // (not "hablaron de nuevo", talked again)
            if m.end < tokens.count, grammar.notAfterWeak.contains(tokens[m.end].folded), grammar.again.match(tokens, at: m.end) == nil,
               !(m.end + 1..<min(tokens.count, m.end + Self.durationReach)).contains(where: { grammar.durationUnits.contains(tokens[$0].folded) }) { return false }
            // "s'entretient à New York avec", "habló con X en La Moncloa": a place, not a call
            // (up to what the talk was about: "spoke with X about the situation in Kharkiv")
            let reach = min(tokens.count - 1, m.end + 8)
            let about = (m.end..<max(m.end, reach)).first { grammar.contentMarkers.match(tokens, at: $0) != nil } ?? reach
            let place = (m.end..<max(m.end, about)).contains { k in
                guard Self.placePrepositions.contains(tokens[k].folded), tokens[k + 1].isCapitalized, tokens[k + 1].isWord else { return false }
                return capitals.match(tokens, at: k + 1) != nil
                    || (dateWords.match(tokens, at: k + 1) == nil && !mentions.contains { $0.start == k + 1 })
            }
            if place { return false }
        }
        if t.needsObject == true {
            // ("letters replaced calls: X wrote to Y": a colon right after the verb opens another clause)
            if m.end < tokens.count, tokens[m.end].folded == ":" { return false }
            // "llamó el domingo 26 de enero a la presidenta", "a appelé mardi 3 mars son homologue"
            let objectStart = objectStart(afterAdverbialsFrom: m.end, tokens: tokens)
            if let objectStart, mentions.contains(where: { $0.start >= objectStart && $0.start <= objectStart + 2 }) { return true }
            if hasObjectPronoun(m.start, m.end, tokens: tokens) || hasFirstPersonObject(m.start, m.end, tokens: tokens, partyStarts: mentions.map(\.start)) {
                // ("called him to resign": an exhortation; "rang him to say ...": what the call was for)
                let next = m.end + 1
                if !grammar.callPurposes.isEmpty, next < tokens.count, let lead = grammar.purposeLeads.match(tokens, at: next),
                   grammar.callPurposes.match(tokens, at: lead.end) == nil {
                    return false
                }
                return true
            }
            if t.objectAfterDate == true { return false }
            guard m.end < tokens.count, !Self.blockedAfter.contains(tokens[m.end].folded) || tokens[m.end].folded == "the",
                  !grammar.with.contains(tokens[m.end].folded),
                  // (a counterpart's country may take several words: "rang his Papua New Guinea counterpart X")
                  let object = mentions.first(where: { $0.start >= m.end && $0.start <= m.end + ($0.isCounterpart ? Self.counterpartObjectReach : 3) }),
                  // ("called the meeting with X constructive": X is no object of the verb)
                  !(m.end..<object.start).contains(where: { grammar.with.contains(tokens[$0].folded) || grammar.from.contains(tokens[$0].folded) })
            else { return false }
            // "called X a liar", "called X to act", "called X's decision ...", 'llamó a X "corrupto"':
            // not a call (but "called X to congratulate him": what the call was for)
            if object.end < tokens.count, (t.notFollowedBy ?? []).contains(where: { $0.matches(tokens[object.end]) })
                || tokens[object.end].folded == "s" || tokens[object.end].folded == "\"",
               grammar.callPurposes.match(tokens, at: object.end + 1) == nil {
                return false
            }
        }
        return true
    }

    /// Words after a calling verb within which a counterpart mention is its object.
    static let counterpartObjectReach = 6

    /// Endings of infinitives ("respetar", "faire") in the languages whose `exhortation` words
    /// bring one in.
    static let infinitiveEndings = ["ar", "er", "ir", "re"]

    /// The object mentioned right after a calling verb is followed by an `exhortation` word and an
    /// infinitive ("a respetar", "à faire").
    func exhorts(after end: Int, tokens: [Token], mentions: [Mention]) -> Bool {
        // (a nationality may close the object: "a su homólogo marroquí a respetar")
        guard !grammar.exhortation.isEmpty, let object = mentions.first(where: { $0.start >= end && $0.start <= end + 4 }),
              object.end + 1 < tokens.count,
              let marker = (object.end..<min(tokens.count - 1, object.end + 2)).first(where: { grammar.exhortation.contains(tokens[$0].folded) }),
              (object.end..<marker).allSatisfy({ tokens[$0].isWord }) else { return false }
        let verb = tokens[marker + 1]
        return verb.isWord && Self.hasInfinitiveEnding(Substring(verb.folded))
    }

    /// A word of more than four letters with an infinitive's ending ("respetar", "faire").
    static func hasInfinitiveEnding(_ word: Substring) -> Bool {
        word.count > 4 && infinitiveEndings.contains { word.hasSuffix($0) }
    }

    /// Object pronouns a Spanish infinitive may carry at its end ("presentarles", "felicitarlo").
    static let encliticPronouns = ["les", "los", "las", "le", "lo", "la", "se", "nos"]

    /// A lower-case infinitive ("respetar", "faire"), with an enclitic pronoun or not
    /// ("presentarles").
    static func isInfinitive(_ token: Token) -> Bool {
        guard token.isWord, !token.isCapitalized else { return false }
        var word = Substring(token.folded)
        if let clitic = encliticPronouns.first(where: { word.count > $0.count + 4 && word.hasSuffix($0) }) { word = word.dropLast(clitic.count) }
        return hasInfinitiveEnding(word)
    }

    /// A negation cue in `from..<to` that does not lie in one of the `outside` spans.
    func negation(in tokens: [Token], from: Int, to: Int, outside spans: [Range<Int>]) -> Bool {
        let lo = max(0, from), hi = min(tokens.count, to)
        guard lo < hi else { return false }
        return (lo..<hi).contains { k in grammar.negation.match(tokens, at: k) != nil && !spans.contains { $0.contains(k) } }
    }

    /// An `unrealized` cue in the trigger's clause before it, quotation marks aside ("pidió
    /// \"una llamada entre los dos presidentes\"").
    func unrealizedBefore(_ start: Int, tokens: [Token]) -> Bool {
        let from = max(0, clauseStart(before: start, tokens: tokens, reach: Self.unrealizedReach))
        guard from < start else { return false }
        let unquoted = tokens[from..<start].filter { $0.folded != "\"" }
        return occurs(grammar.unrealized, in: unquoted, from: 0, to: unquoted.count)
    }

    func occurs(_ matcher: PhraseMatcher<Bool>, in tokens: [Token], from: Int, to: Int) -> Bool {
        let lo = max(0, from), hi = min(tokens.count, to)
        guard lo < hi else { return false }
        return (lo..<hi).contains { matcher.match(tokens, at: $0) != nil }
    }
}
