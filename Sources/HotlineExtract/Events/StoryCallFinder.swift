/// Finds the calls one story reports: per sentence, triggers are grouped, each group takes the
/// parties nearest to it (and the sentence's subject when it lacks a second party), its date
/// from the nearest date cue (else the story's dateline), its initiator from the trigger's
/// grammar; denied calls are removed and repeated reports of one call merged.
struct StoryCallFinder: Sendable {
    let resources: ExtractionResources
    /// Words from which a first paragraph is a lead rather than a headline.
    static let leadWords = 28
    /// Words a fronted adverbial may take before the comma after which a subject pronoun still
    /// opens the sentence ("La veille, il ...").
    static let frontedAdverbialReach = 6
    /// Words from a sentence's start within which its subject pronoun tells a gender.
    static let pronounOpeningReach = 7
    /// Words a date in another calendar may take before its Gregorian equivalent ("15 شعبان
    /// 1446 هـ ،").
    static let otherCalendarDateWords = 5
    /// Words after a coordinator within which a meeting word makes the joined clause a meeting's
    /// ("and later met").
    static let joinedMeetingReach = 4
    /// Words before a call's words within which a first-person subject tells the call of a
    /// headline's speaker ("j'ai eu au téléphone").
    static let quotedCallerReach = 6
    /// First words of a sentence within which an ordinal opens it ("Y la primera ...").
    static let ordinalOpeningReach = 2
    /// Day headings that make a page a list of dated entries, each of several paragraphs.
    static let datedEntries = 3
    /// Words before a call's words within which a subject pronoun stands for the sentence's
    /// subject ("he had just held a call with", "what he described as \"a great call\" with").
    static let pronounSubjectReach = 7
    /// Sentences back an exchange noun's initiative ("L'échange s'est déroulé à l'initiative de
    /// X") may reach for the call it tells of.
    static let initiativeSentenceReach = 5
    /// Tokens an `eventEndLinks` phrase may stand from a sentence's start ("Et, à l'issue du ...").
    static let eventEndOpening = 2
    /// Words after a series' plural call noun within which a from-word says the calls came to
    /// its party ("took two telephone calls on Sunday from fellow ministers").
    static let seriesFromReach = 4
    /// Words between a `joinedCall` verb and the call noun it governs ("took part in the video call").
    static let joinedCallReach = 3
    /// First words of a sentence within which an initiative cue tells of the call the sentence
    /// before reported ("The exchange took place at the initiative of X").
    static let initiativeOpeningReach = 8
    /// Words from an opening exchange noun within which its sentence's initiative cue names its caller.
    static let initiativeSubjectReach = 20
    /// Most words of a fronted source ("D'après la note de Rabat,") before its comma.
    static let attributionOpeningReach = 10
    /// Most tokens between a relative pronoun and the verb of calling its clause opens ("who had
    /// called", "qui l'avait appelé").
    static let relativeCallGap = 3

    /// `outlet`: the state of the site the article comes from (`KnowledgeBase.outletCountry`).
    func calls(in story: Story, publishedAt: EventDate?, outlet: String? = nil) -> [CallEvent] {
        let lang = story.language ?? "en"
        guard let grammar = resources.indexes.grammar[lang] ?? resources.indexes.grammar["en"] else { return [] }
        // every call comes from a call word: a story without one reports none (most of a page's do
        // not), and a sentence without one is read only for its parties and dates
        let hasCallWord = story.sentences.map { grammar.triggers.occurs(in: $0.tokens) }
        guard hasCallWord.contains(true) else { return [] }
        // (built once a story: each holds a copy of the grammar, whose fields a copy retains one by one)
        let modifierNames = ModifierNames(grammar: grammar, honorifics: resources.indexes.honorifics)
        let triggerFinder = TriggerFinder(grammar: grammar, capitals: resources.knowledge.capitals,
                                          dateWords: resources.indexes.dateWords[lang] ?? PhraseMatcher())
        let mentionFinder = MentionFinder(knowledge: resources.knowledge, titles: resources.titles, indexes: resources.indexes)
        var resolver = PartyResolver(knowledge: resources.knowledge, manyHolderKinds: resources.indexes.manyHolderKinds,
                                     ministerKinds: resources.indexes.ministerKinds)
        resolver.storyOrganisation = onlyOrganisation(named: story)
        let dateFinder = DateFinder(indexes: resources.indexes)
        let found = dateFinder.dateline(of: story, publishedAt: publishedAt)
        // (a date line that is the first of a timeline's day headings, "Key dates ¶ 4 March 2025
        // ¶ ... ¶ 29 March 2025 ¶ ...", dates its entry, not the story)
        let timeline = found.flatMap { dateFinder.timelineDays(of: story, openedAt: $0.sentence, publishedAt: publishedAt) }
        let dateline = timeline == nil ? found : nil
        let reference = dateline?.date ?? publishedAt
        let outletIsOrganisation = outlet.flatMap { resources.knowledge.countries[$0]?.kind } == "organisation"
        // (on an organisation's own site its bare titles are its own in every sentence)
        var sentenceResolver = resolver
        if outletIsOrganisation { sentenceResolver.outlet = outlet } else { sentenceResolver.homeState = outlet }
        // (a live page's time stamps start entries too: a talk in an entry that reports no call
        // is that entry's readout)
        let stamped = story.entryStamps
        // (a round-up's entry under a day heading, "MONDAY. ...", took place on that day; on a
        // live page, one day heading among the entries, "THURSDAY, NOVEMBER 6", dates every entry
        // below it)
        let headingDays = timeline ?? dateFinder.headingDays(of: story, reference: reference, allowsOne: !stamped.isEmpty)
        let liveDays = !stamped.isEmpty && !headingDays.isEmpty
        let entryOf = { (paragraph: Int) in Self.entry(of: paragraph, startingAt: headingDays.keys) }
        let labelled = Self.labelledParagraphs(of: story)
        // (on an interview page of questions, the headline's label names who answers)
        let headlineSpeaks = Self.asksQuestions(story)
        let talkEntries = stamped.union(headingDays.keys)
        let talkEntryOf = { (paragraph: Int) in Self.entry(of: paragraph, startingAt: talkEntries) }
        // "X spoke with Y" is a call in a story that reports one, or that reports no meeting (a
        // call denied or to come, "n'avait pas eu de conversation téléphonique", "Je suis prêt à
        // l'appeler", reports none)
        let reportsCall = story.sentences.indices.contains { i in
            let tokens = story.sentences[i].tokens
            return hasCallWord[i] && triggerFinder.hasStrong(tokens)
                && !grammar.negation.occurs(in: tokens) && !grammar.deniesCall(tokens) && !grammar.future.occurs(in: tokens)
        }
            || !story.sentences.contains { triggerFinder.reportsMeeting($0.tokens) }
        let topics = TopicFinder(catalogue: resources.topics, indexes: resources.indexes).topics(in: story)
        let context = story.text

        // A first paragraph that opens with a dateline ("HELSINKI, Dec 28 - ...") or is as long as
        // a lead is the lead, not a headline.
        let opensWithDateline = dateline.map { d in
            story.sentences[d.sentence].paragraph == 0 && story.sentences[d.sentence].tokens.count > d.cue.end + 3
        } ?? false
        let firstIsLead = opensWithDateline
            || story.sentences.filter { $0.paragraph == 0 }.reduce(0) { $0 + $1.tokens.filter(\.isWord).count } >= Self.leadWords
        var memory: [ResolvedParty] = []
        var lead: [ResolvedParty]?   // the lead's named parties, found only when a headline reports a call
        var recalled = Set<String>()   // sentences that recall an earlier call
        var events: [CallEvent] = []
        var headlineEvents: [CallEvent] = []
        var references: [CallEvent] = []   // calls referred back to: they only confirm talks
        // "X s'est entretenu avec Y": a talk that is a call only by the story's other reports
        var talks: [Talk] = []
        var seriesCallers: Set<String> = []   // who the story says made several calls, naming no one
        var seriesReceived = false            // and those calls came to them ("took two calls from ...")
        var talkGroups = 0
        var meetings: [Set<String>] = []   // the parties of each sentence reporting a meeting
        var denied: [Set<String>] = []
        var deniedPairs: [Set<String>] = []   // denied calls of two only ("no bilateral call between A and B")
        var namedIn: [Int: Set<String>] = [:]   // the parties each sentence names
        var pendingInitiator: String?
        var previousSubject: ResolvedParty?
        var lastDate: EventDate?
        var lastTriggerDate: EventDate?
        var lastPlanned: Int?       // the last sentence that told of a call ahead
        var priorSentence: (date: EventDate?, keys: Set<String>)?   // set after each sentence
        var priorCallDay: (date: EventDate, keys: Set<String>)?     // likewise, of call words without a call
        var priorOrdinalDay: EventDate?   // the day of a sentence on "the first" of the calls counted
        var unplacedInitiative: String?   // who the sentence before says took the initiative, on no call yet
        var lastStated: EventDate?   // the last full date any sentence gave ("Le 10 décembre 2020, ...")
        var lastCall: (paragraph: Int, keys: Set<String>, date: EventDate?)?   // where the last call was reported, its parties and day
        var inCallList = false   // the items of a list whose lead-in says they are calls
        var loneCall: Int?       // a call of one party, kept for the next sentence's `joinedPronoun`

        for (si, sentence) in story.sentences.enumerated() {
            let tokens = sentence.tokens
            if Self.leadsCallList(sentence, grammar: grammar) {
                inCallList = true
            } else if story.opensParagraph(si), !Self.isListItem(sentence) {
                inCallList = false
            }
            let eventsBefore = events.count
            // (a live page's time stamp starts an entry of its own: a call it reports takes no day
            // from the calls entries before it reported)
            // (so does an interview's answer, and an entry under a day heading; a photo caption's
            // "Photo:" is no speaker's label)
            let caption = resources.topicContext.isCaption(tokens)
            if stamped.contains(sentence.paragraph) || (labelled.contains(sentence.paragraph) && !caption) || headingDays[sentence.paragraph] != nil,
               story.opensParagraph(si) {
                lastTriggerDate = nil
                lastDate = nil
            }
            // (the day heading over the sentence's entry, if any)
            let entryHeadingDay = entryOf(sentence.paragraph).flatMap { headingDays[$0] }
            // (a headline names by surname whom the lead names in full: "Goïta, Traoré et Tiani ont échangé")
            let asHeadline = isHeadline(sentence, of: story) && !firstIsLead
            let headlineCall = hasCallWord[si] && asHeadline
            if headlineCall, lead == nil { lead = leadParties(of: story, mentionFinder: mentionFinder, resolver: resolver, on: reference) }
            let mentions = modifierNames.parties(
                addingSurnames(to: mentionFinder.mentions(in: tokens), tokens: tokens, memory: headlineCall ? (lead ?? []) + memory : memory,
                               holdersOn: hasCallWord[si] ? reference : nil),
                tokens: tokens)
            var cues = dateFinder.cues(in: tokens, language: lang)
            if let dateline, dateline.sentence == si { cues.removeAll { $0.start < dateline.cue.end + 2 } }
            var hits = hasCallWord[si] ? triggerFinder.triggers(in: tokens, mentions: mentions, storyReportsCall: reportsCall) : []
            // "Did the Secretary-General also speak to X?": a question reports no call
            // (nor a correction's account of what the article said before)
            if Self.isQuestion(sentence.text) || grammar.supersededReports.occurs(in: tokens) { for k in hits.indices { hits[k].planned = true } }
            let plannedEarlier = lastPlanned != nil
            let plannedJustBefore = lastPlanned == si - 1
            if hits.contains(where: \.planned) { lastPlanned = si }
            cues += monthModifiers(of: hits, tokens: tokens, language: lang, taken: cues)
            // the commas that may close a short fronted adverbial ("La veille, vendredi, il ...")
            let frontedCommas = tokens.indices.prefix(Self.frontedAdverbialReach).filter { TriggerFinder.commas.contains(tokens[$0].folded) }
            // (also right after a short fronted adverbial: "La veille, il avait ...", "Earlier in the day, he ...")
            // (or two: "La veille, vendredi, il ...")
            // (or right after a fronted date without a comma: "On March 26 he spoke by telephone ...")
            let opensWithPronoun = tokens.prefix(3).contains { resources.indexes.isSubjectPronoun($0) }
                || frontedCommas.contains { k in k + 1 < tokens.count && resources.indexes.isSubjectPronoun(tokens[k + 1]) }
                || cues.contains { c in c.start <= 1 && c.end < tokens.count && resources.indexes.isSubjectPronoun(tokens[c.end]) }
            // ("State House said President Samia had worked the phones. On Thursday she held ...":
            // a pronoun of the other gender than the previous subject's is the party of its gender
            // the story named last)
            var subjectOfPrevious = previousSubject
            // (no lazy closure here: it would copy the finder and its resources)
            if opensWithPronoun, let gender = tokens.prefix(Self.pronounOpeningReach).first(where: { resources.indexes.pronounGender($0) != nil })
                .flatMap({ resources.indexes.pronounGender($0) }),
               let previous = subjectOfPrevious, let known = self.gender(of: previous), known != gender {
                subjectOfPrevious = memory.first { self.gender(of: $0) == gender }
            }
            // (a bare title is first the previous sentence's subject: "X a appelé son homologue Y. À
            // cette occasion, le ministre : ..." speaks of X; "President X telephoned A and President
            // B. According to ..., the President first spoke to A")
            let salient = subjectOfPrevious.map { s in [s] + memory.filter { $0.participant.identityKey != s.participant.identityKey } } ?? memory
            let subjectOfPreviousDay = priorSentence
            let callDayBefore = priorCallDay
            let ordinalDay = priorOrdinalDay
            var subjectLeftOut = false   // a call of the sentence took the previous subject as its own
            defer {
                // ("The groundwork had been laid weeks earlier. X held a call with Y": no day from
                // the calls told before)
                if hits.isEmpty, grammar.earlierPeriods.occurs(in: tokens) { lastTriggerDate = nil }
                // (a weekday or a relative day too: "X met Y on Monday. Later that day, he called Z")
                for c in cues {
                    switch c.value {
                    case let .absolute(year?, month, day?): lastStated = EventDate(year: year, month: month, day: day)
                    case .weekday, .relative:
                        if let day = c.resolve(reference: reference, previous: nil), day.precision == .day { lastStated = day }
                    default: break
                    }
                }
                // (or right after one, of no meeting, when a noun of the exchange opens the sentence
                // before the cue: "X s'est entretenu au téléphone avec Y. L'échange a eu lieu à
                // l'initiative de Y"; not "Jets intercepted drones at the request of Jordan")
                // (a sentence or two on what was said may stand between: "L'entretien a porté sur
                // ... Les deux ministres ont souligné ... L'échange s'est déroulé à l'initiative de")
                // (after a fronted source, "D'après la note de Rabat, cet échange ...": from its comma)
                // (or after a verb of speech and its complementizer: "An aide said that the exchange ...")
                // (the matcher taken out first: a lazy closure would copy the whole grammar)
                let speech = grammar.speech
                let reportedClause = tokens.indices.prefix(Self.attributionOpeningReach).lazy.compactMap { k in speech.match(tokens, at: k) }.first
                    .flatMap { s in s.end < tokens.count && grammar.complementizers.contains(tokens[s.end].folded) ? s.end + 1 : nil }
                let opening = grammar.attribution.match(tokens, at: 0) != nil
                    ? (tokens.indices.prefix(Self.attributionOpeningReach).first { TriggerFinder.commas.contains(tokens[$0].folded) }).map { $0 + 1 } ?? 0 : reportedClause ?? 0
                // (a meeting word only after the cue is another clause's: "..., whose country will
                // host the summit")
                // ("at Rangel's initiative": the possessor opens the cue)
                let followsCall = (max(0, si - Self.initiativeSentenceReach)..<si).contains { hasCallWord[$0] }
                    && (grammar.initiative.matches(in: tokens).first
                        ?? Self.possessiveInitiatives(in: tokens, grammar: grammar).first.map { PhraseMatcher<Bool>.Match(start: $0 - 2, end: $0 + 1, values: []) }).map { cue in
                        // (nor one inside a noun of the exchange: "cette réunion virtuelle a eu lieu à la demande de X";
                        // "the meeting" is the call's in a story of no meeting in person)
                        let inPerson = !meetings.isEmpty || grammar.inPerson.occurs(in: tokens)
                        let nouns = grammar.exchangeNouns.matches(in: tokens) + (inPerson ? [] : grammar.meetingReferences.matches(in: tokens))
                        guard !grammar.nonCall.matches(in: tokens).contains(where: { m in
                            m.start < cue.start && !nouns.contains { $0.start <= m.start && $0.end >= m.end }
                        }) else { return false }
                        let noun = nouns.first { $0.start >= opening && $0.start < cue.start }?.start
                        // (further when the noun opens the sentence, an aside after it: "L'entretien, qui
                        // s'est prolongé près d'une demi-heure, s'est tenu à l'initiative de Y")
                        let reach = noun.map { $0 - opening <= 2 } == true ? Self.initiativeSubjectReach : Self.initiativeOpeningReach
                        return cue.start - opening <= reach && (noun != nil
                            // (or a pronoun for the call: "It had been requested by the White House")
                            || grammar.callPronouns.match(tokens, at: 0) != nil)
                    } == true
                unplacedInitiative = nil
                if let caller = initiativeParty(in: tokens, mentions: mentions, grammar: grammar, resolver: resolver,
                                                on: lastDate ?? reference, memory: salient, hasCallWord: hasCallWord[si] || followsCall),
                   !markInitiator(caller, events: &events, headlineEvents: &headlineEvents, talks: &talks,
                                  everyCall: grammar.bothCalls.occurs(in: tokens), reportedFrom: eventsBefore,
                                  // (when the sentence speaks of a call: "The call was arranged at X's
                                  // request"; not "c'est l'Élysée qui a pris l'initiative" after a recalled call)
                                  justReported: si > 0 && hasCallWord[si] ? events.indices.last { events[$0].evidence.contains(story.sentences[si - 1].text) } : nil) {
                    unplacedInitiative = caller.key
                }
                // (on an organisation's own site its bare titles are its own here too, as in calls:
                // "the Secretary-General" is the subject a later "he" speaks of)
                let named = sentenceResolver.resolve(mentions, on: lastDate ?? reference, memory: salient).filter { $0.participant.name != nil }
                // (a sentence without a call that names parties on one day: "X and Y agreed on Tuesday
                // to ...", for a call the next sentence reports undated, "The two leaders talked by phone")
                // (not a day a relative clause gives what it tells of: "X thanked Y for condemning the
                // attack, in which 26 people died on 22 April")
                let days = Set(cues.filter { !$0.isVague && !Self.inOpenedRelative($0, tokens: tokens, mentions: mentions, grammar: grammar) }
                    .compactMap { $0.resolve(reference: reference, previous: nil) })
                priorSentence = hits.isEmpty && days.count == 1 && !grammar.inPerson.occurs(in: tokens)
                    && !grammar.nonCall.occurs(in: tokens)
                    ? (days.first, Set(named.map(\.participant.identityKey))) : nil
                // ("X was on the telephone most of Monday with his neighbours' leaders": call words
                // on one day that gave no call, for the calls of X the next sentence reports undated;
                // a photo caption between them aside)
                if !caption {
                    let gaveNoCall = !hits.isEmpty && events.count == eventsBefore && !hits.contains { $0.planned || $0.denied }
                    priorCallDay = gaveNoCall && days.count == 1 && !named.isEmpty
                        ? days.first.map { ($0, Set(named.map(\.participant.identityKey))) } : nil
                }
                priorOrdinalDay = priorSentence != nil && named.isEmpty
                    && (0..<min(Self.ordinalOpeningReach, tokens.count)).contains { grammar.ordinalReferences.match(tokens, at: $0) != nil } ? days.first : nil
                if named.count >= 2, hits.isEmpty, triggerFinder.reportsMeeting(tokens) { meetings.append(Set(named.map(\.participant.identityKey))) }
                namedIn[si] = Set(named.map(\.participant.identityKey))
                memory.insert(contentsOf: named.reversed(), at: 0)
                if memory.count > 64 { memory.removeLast(memory.count - 64) }   // recent parties only
                // ("Telephone conversation with X. ... Video call with Y": the subject left out
                // stays the subject)
                if !subjectLeftOut, let first = named.first, first.position <= 3 || !opensWithPronoun {
                    // ("Milei y Arce hablaron también de ..." on a Bolivian site: of a pair, the subject a
                    // bare title or a pronoun of the next sentence speaks of is the one of the
                    // outlet's state, else the first)
                    let partner = Self.pairPartner(of: first, named: named, mentions: mentions, tokens: tokens)
                    previousSubject = partner.map { p in outlet != nil && p.participant.country == outlet && first.participant.country != outlet ? p : first } ?? first
                } else if !subjectLeftOut, mentions.contains(where: { $0.start <= 1 }) {
                    // ("Le président de l'UA a précisé que ...": a subject no one resolves is no
                    // earlier party; "il" in the next sentence is not the last one named)
                    previousSubject = nil
                }
            }
            // ("X also joined the conversation": the noun a join verb governs is the call just
            // reported, not a call of its own)
            // (parties named by name: a bare title there is a name's, "le président du Conseil européen António Costa")
            func joinNamed(toCall latest: Int) {
                let named = sentenceResolver.resolve(mentions.filter(\.isNamed), on: lastDate ?? reference, memory: salient).map(\.participant)
                Self.join(named, toCall: latest, initiative: unplacedInitiative, events: &events)
            }
            if !hits.isEmpty, let latest = Self.latestCall(reportedBefore: si, in: story, events: events),
               case let joined = Self.joinedNouns(tokens, grammar: grammar), hits.allSatisfy({ joined.contains($0.start) }) {
                joinNamed(toCall: latest)
                continue
            }
            // ("... la visioconférence tenue en mars à l'initiative de X. Y ont participé A, B et
            // C": who joins it completes the call of one party)
            if let lone = loneCall {
                loneCall = nil
                joinNamed(toCall: lone)
                if events[lone].participants.count < 2 { events.remove(at: lone) }
            }
            // ("Reports said X had phoned Y. The presidency said no such call took place", "Je n'ai pas
            // connaissance d'un tel entretien": a denial with a call word that names no one (a
            // speaker's title aside) denies the call just reported; "denied that X had spoken with
            // the King" denies X's own)
            // (or whose call words are all negated by an existential phrase, with no one named or
            // titled: "No. There was no such telephone conversation"; not "il n'y a pas eu
            // d'échange entre les deux chefs d'État", of other offices)
            // (a pair phrase of the latest call's offices is that call's: "Il n'y a pas eu d'appel : les
            // deux ministres se sont croisés à Genève")
            let negatedCall = !hits.isEmpty && mentions.isEmpty
                && (!resources.indexes.pairPhrases.occurs(in: tokens) || pairPhraseNamesLatest(tokens, events: events))
                && hits.allSatisfy { $0.denied && triggerFinder.existentialNegation(before: $0.start, tokens: tokens) }
            // ("... that no phone conversation took place between the two foreign ministers": a
            // pair phrase of the offices the story's latest call's parties hold names that call,
            // however far back; so does a denial that names no one nor any office in a story that
            // reported one call and named no one else since: a fact-check's "Verdict: false. No
            // call took place")
            // (not right after a call to come or wished for: "X is ready to call Y at any moment.
            // No such call has been reported" denies that one)
            // (a denied joint call is not a bilateral one: "There was no joint conversation of the
            // three" after two bilateral calls denies neither)
            let deniesOtherJoint = grammar.joint.occurs(in: tokens) && (events.last?.participants.count ?? 0) < 3
            if hasCallWord[si], !mentions.contains(where: \.isNamed), !plannedJustBefore, !deniesOtherJoint,
               grammar.deniesCall(tokens) || negatedCall {
                // (the story's one call, when no one else was named since its report and the denial
                // has call nouns: "Aucun appel n'a eu lieu", not "llamó a la calma y desmintió los bulos")
                let onlyCall = { (calls: [CallEvent]) -> Bool in
                    guard calls.count == 1, mentions.isEmpty, !hits.isEmpty, !resources.indexes.pairPhrases.occurs(in: tokens),
                          hits.allSatisfy({ $0.trigger.kind == .noun || $0.trigger.kind == .strong }),
                          let k = (0..<si).last(where: { calls[0].evidence.contains(story.sentences[$0].text) }) else { return false }
                    let keys = Set(calls[0].participants.map(\.identityKey))
                    return (k + 1..<si).allSatisfy { (namedIn[$0] ?? []).isSubset(of: keys) }
                }
                if let latest = Self.latestCall(reportedBefore: si, in: story, events: events,
                                                within: onlyCall(events) || pairPhraseNamesLatest(tokens, events: events) ? si : Self.denialReach) {
                    denied.append(Set(events[latest].participants.map(\.identityKey)))
                    continue
                }
                // (or the talk the story told of, a call only by the story's call words: "Selon une
                // vidéo, les deux hommes se seraient parlé ... Aucun appel n'a eu lieu"; or the call
                // its first line told of)
                let told = events.isEmpty ? (talks.isEmpty ? headlineEvents : talks.map(\.event)) : []
                if let call = told.last,
                   Self.latestCall(reportedBefore: si, in: story, events: [call], within: onlyCall(told) ? si : Self.denialReach) != nil {
                    denied.append(Set(call.participants.map(\.identityKey)))
                    continue
                }
            }
            // ("Calls of the week: - 12 March: X and Y went over ...": an item of a list of
            // calls that names two parties, of no meeting or plan, is a call on its own date)
            // (a call noun the item holds only restates it: "- Wed: X - Y (Italy), video call on ...")
            let restated = { hits.allSatisfy { ($0.trigger.kind == .noun || $0.trigger.kind == .strong) && !$0.planned && !$0.denied }
                && !tokens.contains { grammar.with.contains($0.folded) } }
            if inCallList, Self.isListItem(sentence), hits.isEmpty || restated(), !triggerFinder.reportsMeeting(tokens), !grammar.future.occurs(in: tokens),
               case let named = sentenceResolver.resolve(mentions.filter(\.isNamed), on: reference, memory: salient).filter({ $0.participant.name != nil }),
               Set(named.map(\.participant.identityKey)).count == 2 {
                let date = cues.first.flatMap { $0.resolve(reference: reference, previous: nil) }
                events.append(CallEvent(date: date, participants: named.map(\.participant), initiator: nil, topics: [],
                                        evidence: [sentence.text], context: context, confidence: Self.listedCallConfidence))
                continue
            }
            guard hits.contains(where: { !$0.planned }) else {
                // ("X spoke separately with A and with B. The discussions took place on Tuesday": the
                // day of every call the sentence before reported)
                if hits.isEmpty, let day = exchangeDay(tokens, cues: cues, mentions: mentions, reference: entryHeadingDay ?? reference, grammar: grammar),
                   dateLatestReport(&events, &talks, &headlineEvents, on: day, before: si, in: story) {
                    continue
                }
                if hits.isEmpty, events.isEmpty, headlineEvents.contains(where: { $0.date == nil }),
                   let found = headlinePairDay(tokens, cues: cues, parties: sentenceResolver.resolve(mentions.filter(\.isNamed), on: reference, memory: salient),
                                               reference: entryHeadingDay ?? reference, grammar: grammar) {
                    for k in headlineEvents.indices where Set(headlineEvents[k].participants.map(\.identityKey)) == found.keys {
                        headlineEvents[k].takeOwnDay(found.day)
                    }
                    continue
                }
                if hits.isEmpty, let latest = Self.latestCall(reportedBefore: si, in: story, events: events), Self.joinsCall(tokens, grammar: grammar) {
                    joinNamed(toCall: latest)
                    continue
                }
                // (also when its call words are all ahead or recurring: "It was not the first time
                // they had spoken: a similar conversation in early February ...")
                if let earlier = earlierCall(in: sentence, cues: cues, mentions: mentions, grammar: grammar, resolver: resolver,
                                                           reference: reference, memory: memory,
                                                           events: events.isEmpty ? (headlineEvents.isEmpty ? references : headlineEvents) : events,
                                                           afterCallWord: si > 0 && hasCallWord[si - 1], hasCallWord: hasCallWord[si]) {
                    events.append(earlier)
                    recalled.insert(sentence.text)
                }
                continue
            }
            let sentenceGroups = groups(hits, mentions: mentions, tokens: tokens, grammar: grammar)
            let inlineColon = Self.inlineListColon(tokens, grammar: grammar)
            // ("They last spoke by phone in August last year": when its call words give no call of
            // their own, the earlier call the sentence recalls)
            // (events and talks only grow while the sentence is read)
            let eventsAtStart = events.count, talksBefore = talks.count, headlinesBefore = headlineEvents.count
            let latestBefore = events.isEmpty ? (headlineEvents.isEmpty ? references : headlineEvents) : events
            defer {
                // (or when all it gave is the latest call's pair again, on no day of its own: "the
                // first call since June 2019, when they last spoke", where they spoke is the
                // earlier call)
                let latest = latestBefore.last
                let latestKeys = latest.map { Set($0.participants.map(\.identityKey)) } ?? []
                let added = events[eventsAtStart...].map { $0 } + talks[talksBefore...].map(\.event)
                if headlineEvents.count == headlinesBefore, added.allSatisfy({ e in
                    Set(e.participants.map(\.identityKey)).isSubset(of: latestKeys) && (e.date == nil || e.date == latest?.date)
                }),
                   let earlier = earlierCall(in: sentence, cues: cues, mentions: mentions, grammar: grammar, resolver: resolver,
                                             reference: reference, memory: memory, events: latestBefore, hasCallWord: true) {
                    events.removeLast(events.count - eventsAtStart)
                    talks.removeLast(talks.count - talksBefore)
                    events.append(earlier)
                    recalled.insert(sentence.text)
                }
            }
            for (gi, group) in sentenceGroups.enumerated() {
                // "The conversation was the first since the October 7 attacks": a call already reported
                let reported = events + headlineEvents + talks.map(\.event)
                let isReference = !reported.isEmpty && refersBack(group, tokens: tokens, grammar: grammar)
                // "During the call with the Qatari minister, ...": a call already reported, unless it names a new party
                let pointsBack = !reported.isEmpty && pointsBackToCall(group, tokens: tokens, grammar: grammar)
                // "Miller later confirmed the call": the body's call again, whoever the sentence names
                let definiteBack = !(events.isEmpty && talks.isEmpty) && isDefiniteCallWord(group, tokens: tokens, mentions: mentions, grammar: grammar)
                // ("X and Y will speak next week ... «de ahí la importancia de esta llamada»": a call
                // word written definite, in a story that has told only of a call ahead, is that call)
                if reported.isEmpty, plannedEarlier, group.hits.allSatisfy({ $0.trigger.kind == .noun }),
                   isDefiniteCallWord(group, tokens: tokens, mentions: mentions, grammar: grammar) { continue }
                // (clauses of other events before the call: neither its parties nor its date)
                let elsewhere = Self.otherEventClauses(before: group.start, tokens: tokens, mentions: mentions, cues: cues, grammar: grammar)
                let cue = isReference ? nil : nearestCue(ownCues(cues, of: gi, in: sentenceGroups, mentions: mentions), to: group,
                                                         mentions: mentions, tokens: tokens, grammar: grammar, elsewhere: elsewhere)
                // Relative days inside a quotation count from the day the words were said.
                let quoted = cue.map { c in tokens[..<c.start].filter { $0.folded == "\"" }.count % 2 == 1 } ?? false
                // (under a day heading, "WEDNESDAY, JANUARY 15", "tonight" is that day's)
                // (not a day and month: "16 - 17 March 2025 ¶ ... phones X on 17 March" is of the
                // story's year, which may run past the heading's day)
                let yearless = cue.map { c in if case .absolute(nil, _, _?) = c.value { return true } else { return false } } ?? false
                let entryReference = yearless ? reference : entryHeadingDay ?? reference
                let cueReference = quoted ? (lastTriggerDate ?? entryReference) : entryReference
                let cueDate = cue.flatMap { c in
                    // ("la veille de cet entretien": counted from the last call the story told)
                    var ofCall: EventDate?
                    if case .relativeToPrevious = c.value, resources.indexes.namesStoryCall(at: c.end, in: tokens) { ofCall = events.last?.date }
                    return resolveCue(c, reference: cueReference, previous: c.value == .thatDay ? lastStated : ofCall ?? lastTriggerDate ?? lastDate,
                                      sentenceCues: cues)
                }
                if let cueDate, !group.hits.contains(where: { $0.denied || $0.planned }) { lastTriggerDate = cueDate }
                // ("last week", "récemment": placed, not dated; no other call's date either)
                // (nor a sentence that leaves its date untold, even in a clause on its source: "selon
                // son équipe, qui n'a pas précisé de date")
                // (the day of the statement does not date a call it leaves undated: "a rappelé
                // mercredi la présidence, sans préciser quand cet échange avait eu lieu")
                let statementDay = cue.map { Self.datesLaterStatement($0, after: group, tokens: tokens, grammar: grammar) }
                let vague = cue?.isVague == true || ((statementDay ?? true) && cues.contains(where: \.isVague))
                // ("At the end of the summit, the three leaders called X": the summit's day, told
                // by the sentence before, when this one gives none)
                let endsEvent = cue == nil && (0...Self.eventEndOpening).contains { grammar.eventEndLinks.match(tokens, at: $0) != nil }
                // (not a day after the report's own)
                let eventDay = endsEvent ? lastStated.flatMap { d in reference.map { DateMath.isBefore($0, d) } == true ? nil : d } : nil
                // (a photo caption's call takes no day from the call reported before it: "Foto: X
                // durante la reunión virtual con Y" shows the story's call, not the one recalled last)
                var date = isReference || vague ? nil : cueDate ?? eventDay ?? (caption ? nil : lastTriggerDate)
                // ("held a video call last week": the month, when that week lies in one and no
                // other period of the sentence leaves the call undated)
                let periods = cues.filter(\.isVague)
                let weekMonth = vague && !isReference && periods.count == 1 ? periods[0].monthOfWeek(reference: cueReference) : nil
                // ("..., mientras que Boric lo llamó": the pronoun is the called party, not the sentence's subject)
                let pronounObject = group.hits.contains { $0.trigger.kind == .active && triggerFinder.hasObjectPronoun($0.start, $0.end, tokens: tokens) }
                let own = ownMentions(of: group, mentions: mentions, tokens: tokens, grammar: grammar, language: lang,
                                      addsSubject: !pronounObject || !group.mentions.contains { mentions[$0].end <= group.start },
                                      pronounObject: pronounObject, elsewhere: elsewhere)
                // ("The Prime Minister spoke to President X" on gov.uk: a bare title opening the
                // sentence right before the call's words is the outlet's state's office)
                var groupResolver = sentenceResolver
                // (also after a fronted adverbial: "Además, el presidente del Gobierno recibió una llamada de X")
                let opening = frontedCommas.last.map { $0 + 1 }
                let opensWithBareTitle = own.contains { m in
                    !m.isNamed && m.country == nil && (m.start <= 2 || opening.map { m.start >= $0 && m.start <= $0 + 1 } == true)
                        && group.start - m.end <= 3 && m.end <= group.start
                }
                // (on an organisation's own site, "the Secretary-General" anywhere is its own: the
                // sentence resolver already has its outlet)
                if opensWithBareTitle {
                    groupResolver.outlet = outlet
                }
                // ("Le président de la République s'est entretenu ..., a annoncé l'Élysée": the state
                // whose seat of power the sentence's attribution names, else a release's header:
                // "Prime Minister's Office, 10 Downing Street")
                if opensWithBareTitle, groupResolver.outlet == nil,
                   let seat = attributedSeat(in: tokens, grammar: grammar)
                       ?? Self.headerSeat(of: story, hasCallWord: hasCallWord, capitals: resources.knowledge.capitals) {
                    groupResolver.outlet = seat
                }
                var resolved = groupResolver.resolve(own, on: date ?? reference, memory: salient)
                var inferred = Set<String>()   // parties the sentence does not name (pronoun, "the two leaders")
                // a headline names by office whom the lead names ("سمو وزير الخارجية يتلقى اتصالا ..."),
                // when that names no more parties than the story so far
                if asHeadline {
                    if lead == nil { lead = leadParties(of: story, mentionFinder: mentionFinder, resolver: resolver, on: reference) }
                    let fromLead = resolver.resolve(own, on: date ?? reference, memory: (lead ?? []) + memory)
                    let named = { (r: [ResolvedParty]) in r.filter { $0.participant.name != nil }.count }
                    // (or when it only adds to them parties named by title and surname: "du président
                    // Faye avec Ouattara et Tinubu"; a bare title, "رئيس الجمهورية", adds none)
                    let keys = { (r: [ResolvedParty]) in Set(r.filter { $0.participant.name != nil }.map(\.participant.identityKey)) }
                    let added = fromLead.filter { $0.participant.name != nil && !keys(resolved).contains($0.participant.identityKey) }
                    let bySurname = !added.isEmpty && added.allSatisfy { p in
                        own.contains { $0.start == p.position && $0.surname.map { PartyResolver.hasSurname($0, p.participant) } == true }
                    }
                    if named(resolved) < 2 || named(fromLead) == named(resolved) || (keys(fromLead).isStrictSuperset(of: keys(resolved)) && bySurname) {
                        resolved = fromLead
                    }
                }
                // "He had called the chancellor": the pronoun stands for the previous subject
                // (one party, however many times named: "le ministre du Pakistan, Mohammad Ishaq Dar");
                // so does an unexpressed subject ("También llamó al vice primer ministro ...")
                // (or a call phrase a verb of holding it leads, only an article or a day between: "El
                // viernes mantuvo ayer una conversación telefónica con X"; not "أجرى القادة الثلاثة
                // اتصالا", whose subject follows the verb; or a received call opening its clause: "وفي
                // مارس، تلقت اتصالا هاتفيا من X", "Recibió una llamada de X"; or a diary's item opened by
                // the call: "Phone call with the minister of X, Ms Y, at her request")
                let dayWords = resources.indexes.dateWords[lang]
                // (only an article, a short word or a day in `r`)
                let onlySmallOrDayWords = { (r: Range<Int>) in r.allSatisfy { tokens[$0].folded.count <= 3 || dayWords?.match(tokens, at: $0) != nil } }
                let heldBy = { (h: TriggerHit) in
                    (max(0, h.start - 3)..<h.start).contains { k in
                        guard let verb = grammar.heldVerbs.match(tokens, at: k), verb.end <= h.start else { return false }
                        return onlySmallOrDayWords(verb.end..<h.start)
                    }
                }
                // (a full sentence, not a title: "Telephone conversation with President X" heads
                // another's readout)
                let itemSentence = !asHeadline && sentence.text.last == "."
                // (a received call after a fronted day: "El domingo recibió una llamada de X")
                let frontedDayOnly = { (h: TriggerHit) in h.start <= 3 && onlySmallOrDayWords(0..<h.start) }
                let dropsSubject = group.hits.contains { h in
                    h.trigger.kind == .active || (h.trigger.kind == .passive && (h.start == 0 || tokens[h.start - 1].folded == "," || frontedDayOnly(h)))
                        || ((h.trigger.kind == .strong || h.trigger.kind == .noun) && (heldBy(h) || (h.start == 0 && itemSentence)))
                } && !mentions.contains { $0.start < group.start }
                // (a party the sentence does not name joins at `position`, outside any plural title;
                // a subject comes first)
                func adopt(_ party: ResolvedParty, at position: Int, asSubject: Bool = false) {
                    var party = party
                    party.position = position
                    party.pluralGroup = nil
                    inferred.insert(party.participant.identityKey)
                    // ("J'en ai parlé au téléphone avec mon homologue néerlandais": a counterpart the
                    // sentence named before its other party joined holds that party's office)
                    if let day = date ?? reference {
                        for k in resolved.indices where resolved[k].participant.name == nil {
                            let at = resolved[k].position
                            guard let country = resolved[k].participant.country,
                                  mentions.contains(where: { $0.isCounterpart && !$0.isNamed && $0.start == at }),
                                  let holder = resources.knowledge.holder(kinds: party.kinds, country: country, on: day) else { continue }
                            resolved[k] = resolver.participant(official: holder, on: day, kinds: party.kinds, fallbackCountry: country)
                            resolved[k].position = at
                        }
                    }
                    resolved.insert(party, at: asSubject ? 0 : resolved.count)
                }
                // "He had a long phone conversation with her", "He called her": no party named, the
                // previous subject and the party the story named last besides them
                let pronounOrWithPronoun = resolved.isEmpty && (pronounObject || withPronoun(near: group, tokens: tokens, grammar: grammar))
                if pronounOrWithPronoun, opensWithPronoun, let subject = subjectOfPrevious,
                   let other = memory.first(where: { $0.participant.identityKey != subject.participant.identityKey && $0.participant.name != nil }) {
                    adopt(other, at: group.end)
                    adopt(subject, at: 0, asSubject: true)
                } else if pronounOrWithPronoun, Self.toldInFirstPerson(before: group.start, within: group.start, tokens: tokens, grammar: grammar),
                          let other = memory.first(where: { $0.participant.name != nil }) {
                    // ("I had a long phone conversation with her": the speaker, found below, and the
                    // party the story named last)
                    adopt(other, at: group.end)
                } else if opensWithPronoun || dropsSubject, unique(resolved).count == 1, let subject = subjectOfPrevious,
                   subject.participant.identityKey != resolved[0].participant.identityKey {
                    adopt(subject, at: 0, asSubject: true)
                    subjectLeftOut = !opensWithPronoun
                } else if opensWithPronoun, unique(resolved).count > 1, let subject = subjectOfPrevious,
                          group.hits.contains(where: { $0.trigger.kind == .weak || $0.trigger.kind == .active }),
                          !resolved.contains(where: { $0.position < group.start || $0.participant.identityKey == subject.participant.identityKey }) {
                    // ("He spoke with A and, separately, with B": every party named is an object, so
                    // the pronoun is the caller of each)
                    adopt(subject, at: 0, asSubject: true)
                }
                // ('"I spoke this morning with X ... . Diplomacy ...," Kallas posted.': a quote told
                // in the first person that closes in the next sentence is its speaker's)
                // ('"Prime Minister X rang me to say ...," he told reporters': the speaker was called)
                let calledSpeaker = group.hits.contains { $0.trigger.kind == .active && triggerFinder.hasFirstPersonObject($0.start, $0.end, tokens: tokens, partyStarts: mentions.map(\.start)) }
                if unique(resolved).count == 1, calledSpeaker || Self.toldInFirstPerson(before: group.end, within: group.end, tokens: tokens, grammar: grammar),
                   let speaker = quoteSpeaker(after: si, in: story, grammar: grammar, mentionFinder: mentionFinder, resolver: sentenceResolver,
                                              on: date ?? reference, memory: memory)
                       ?? (Self.closedByPronounSpeaker(tokens, after: group.end, grammar: grammar, isPronoun: resources.indexes.isSubjectPronoun) ? subjectOfPrevious : nil),
                   speaker.participant.identityKey != resolved[0].participant.identityKey {
                    adopt(speaker, at: 0, asSubject: true)
                }
                // ("A. A. : ... J'ai eu Sergueï Lavrov au téléphone": in an interview, the speaker
                // whose label opens the paragraph, or a label line above it ("Mr David Lammy:"), or
                // else the headline's, "Canciller X: ...", when questions open paragraphs; "El lunes
                // me llamó Y": the speaker was called)
                if unique(resolved).count == 1,
                   calledSpeaker || Self.toldInFirstPerson(before: group.end, within: group.end, tokens: tokens, grammar: grammar),
                   let speaker = speakerLabel(of: sentence.paragraph, in: story, mentionFinder: mentionFinder, resolver: sentenceResolver,
                                              on: date ?? reference, memory: memory)
                       ?? speakerLine(above: sentence.paragraph, in: story, mentionFinder: mentionFinder, resolver: sentenceResolver,
                                      on: date ?? reference, memory: memory)
                       ?? (headlineSpeaks ? speakerLabel(of: 0, in: story, mentionFinder: mentionFinder, resolver: sentenceResolver,
                                                                    on: date ?? reference, memory: memory) : nil),
                   speaker.participant.identityKey != resolved[0].participant.identityKey {
                    adopt(speaker, at: 0, asSubject: true)
                }
                // "Boric lo llamó más tarde": the called party is the one the story's calls share
                if unique(resolved).count == 1, group.hits.contains(where: { h in
                    h.trigger.kind == .active && triggerFinder.hasObjectPronoun(h.start, h.end, tokens: tokens)
                }), let shared = sharedParty(of: reported) ?? lastCalled(in: reported, besides: resolved[0]),
                   shared.participant.identityKey != resolved[0].participant.identityKey {
                    adopt(shared, at: group.end)
                }
                // "Scholz's call with him in November": the party the story named last
                if unique(resolved).count == 1, withPronoun(near: group, tokens: tokens, grammar: grammar),
                   let named = memory.first(where: { $0.participant.identityKey != resolved[0].participant.identityKey && $0.participant.name != nil }) {
                    adopt(named, at: group.end)
                }
                // "les cinq dirigeants ont eu un échange téléphonique avec X": the last five parties
                // the story named, of five states, besides those the sentence names (only when the
                // story named that many)
                if let phrase = resources.indexes.groupPhrases.matches(in: tokens).first(where: { $0.end <= group.start }), let n = phrase.values.first {
                    var seen = Set(resolved.map(\.participant.identityKey)), states = Set(resolved.compactMap(\.participant.country))
                    let members = memory.filter { m in
                        m.participant.name != nil && seen.insert(m.participant.identityKey).inserted
                            && (m.participant.country.map { states.insert($0).inserted } ?? true)
                    }.prefix(n)
                    if members.count == n { for m in members { adopt(m, at: phrase.start) } }
                }
                // "the two leaders spoke by phone": the last two parties the story named
                if resolved.count < 2, resources.indexes.pairPhrases.occurs(in: tokens)
                    || pronounStandsForPair(group, resolved: resolved, tokens: tokens, grammar: grammar, memory: memory,
                                            lastCall: headlineEvents.last ?? events.last) {
                    var seen = Set(resolved.map(\.participant.identityKey))
                    // ("The two presidents last spoke in February": no pair of ministers)
                    let office = pairPhraseOffices(in: tokens)
                    let fits = { (m: ResolvedParty) in office.map { !$0.isDisjoint(with: m.kinds) } ?? true }
                    // ("the goals the US and China set ... the two heads of state during their phone
                    // call in June": the leaders of the two states the sentence names, on the day)
                    // (both states named before the phrase, in its clause: not "the two presidents
                    // agreed that Russia and Ukraine would ...")
                    if resolved.isEmpty, let day = date ?? reference,
                       let leaders = pairOfStatesLeaders(tokens, offices: office, on: day, resolver: sentenceResolver) {
                        for h in leaders where seen.insert(h.participant.identityKey).inserted { adopt(h, at: group.start) }
                    }
                    // (after a call of two parties both named just before, "the two ministers" are its
                    // parties, whoever else was named since: "تبادل الوزيران وجهات النظر هاتفيا"; or
                    // named earlier, when all named since serve one of their two states)
                    // (the body's last call before a headline's: the headline summed up the story)
                    if resolved.isEmpty, let last = events.last ?? headlineEvents.last, last.participants.count == 2,
                       let recent = Self.pairSpan(of: last, in: memory), recent.allSatisfy(fits) {
                        for p in last.participants {
                            guard let m = recent.first(where: { $0.participant.identityKey == p.identityKey }) else { continue }
                            seen.insert(m.participant.identityKey)
                            adopt(m, at: group.start)
                        }
                    }
                    // (of two countries: "the two ministers" are not two officials of one state)
                    let twoCountries = { (m: ResolvedParty) in
                        m.participant.country == nil || !resolved.contains { $0.participant.country == m.participant.country }
                    }
                    for m in memory where resolved.count < 2 && twoCountries(m) && fits(m) && seen.insert(m.participant.identityKey).inserted {
                        adopt(m, at: group.start)
                    }
                }
                var parties = unique(resolved)
                parties.removeAll { $0.participant.name == nil && $0.participant.country == nil }
                // (a spokesperson speaks of calls, or takes the press's: "When the paper phoned
                // presidential spokesperson X, ...", never a state's party on one)
                parties.removeAll { $0.kinds == ["spokesperson"] }
                // ("X took two calls on Sunday from fellow ministers. In the first call, Y reviewed
                // with the prince ...": one of the calls the story counted is X's)
                let ordinalCall = grammar.ordinalReferences.matches(in: tokens).contains { $0.end == group.start || $0.start == group.end }
                var seriesCaller: String?
                if parties.count == 1, ordinalCall, seriesCallers.count == 1, !isReference,
                   !seriesCallers.contains(parties[0].participant.identityKey), !group.hits.contains(where: { $0.denied || $0.planned }),
                   let hub = memory.first(where: { seriesCallers.contains($0.participant.identityKey) }) {
                    // (calls the series' party received were placed by the other side)
                    if seriesReceived { seriesCaller = parties[0].participant.identityKey }
                    parties.append(hub)
                }
                let keys = Set(parties.map(\.participant.identityKey))
                // ("Rubio rang Bayramov on March 18 ... ¶ Ankara's role is different. Erdoğan, who
                // telephoned Aliyev, ...": a call of other parties, in a paragraph of its own, named
                // anew rather than continued, takes no day from the call before)
                if let inherited = date, inherited == lastTriggerDate, cue == nil, cues.isEmpty, let previous = lastCall,
                   previous.date == inherited, previous.paragraph != sentence.paragraph, keys.isDisjoint(with: previous.keys),
                   !opensWithPronoun, !dropsSubject, !grammar.continuation.occurs(in: tokens) {
                    date = nil
                }
                // "X and Y agreed on Tuesday to ... The two heads of state talked on the phone": the
                // call undated in its own sentence takes the day the sentence before gave its parties
                // (also over the day of the story's call before: "On Friday, X called A. On Monday it
                // was B's turn. In a phone call of an hour, X and B ..."; the sentence before named
                // only parties of this call)
                if date == nil, cue == nil, !isReference, keys.count >= 2, let prior = subjectOfPreviousDay, let day = prior.date,
                   keys.isSubset(of: prior.keys) {
                    date = day
                } else if date == nil, cue == nil, !isReference, keys.count >= 2, let prior = callDayBefore, prior.keys.isSubset(of: keys) {
                    date = prior.date
                } else if let inherited = date, inherited == lastTriggerDate, cue == nil, !vague, !isReference, keys.count >= 2,
                          let prior = subjectOfPreviousDay, let day = prior.date, day != inherited,
                          !prior.keys.isEmpty, prior.keys.isSubset(of: keys), let reference, DateMath.isBefore(day, reference) {
                    date = day
                }
                // ("... two calls this week. The first took place on Monday. X phoned Y to ...")
                if date == nil, cue == nil, !isReference, keys.count >= 2, let ordinalDay { date = ordinalDay }
                if group.hits.allSatisfy(\.planned) { continue }
                // "The call was held on Tuesday", "cette conversation, qui a eu lieu jeudi": the date
                // right after a call word (or in its own relative clause) without two parties is the
                // day of the story's latest call that has none, or only the day a statement gave
                let ownDay: EventDate? = {
                    // (or a month right before the call noun: "That January call was ...")
                    guard parties.count < 2, let cueDate, !isReference, let cue else { return nil }
                    if cue.end == group.start, case .absolute(_, _, nil) = cue.value { return cueDate }
                    guard cue.start >= group.end else { return nil }
                    // ("الاتصال جرى في 15 شعبان 1446هـ، الموافق 14 فبراير": the date in another
                    // calendar before the Gregorian one counts as none)
                    let equivalents = grammar.calendarEquivalents   // (a lazy closure would copy the whole grammar)
                    let equivalent = (max(group.end, cue.start - 3)..<cue.start).lazy.compactMap { equivalents.match(tokens, at: $0) }
                        .first { $0.end == cue.start }
                    let gap = equivalent.map { e in min(cue.start - group.end, max(0, e.start - group.end - Self.otherCalendarDateWords)) } ?? cue.start - group.end
                    let relative = (group.end..<cue.start).first { grammar.relativePronouns.contains(tokens[$0].folded) }
                        .map { k in !tokens[group.end..<k].contains(where: \.isWord) } ?? false
                    guard gap <= 4 || (relative && gap <= Self.relativeDayReach),
                          !(group.end..<cue.start).contains(where: { grammar.otherEventDate.match(tokens, at: $0) != nil }) else { return nil }
                    return cueDate
                }()
                // (an office the sentence names without a name, of a reported call's party's country, is
                // that party: "خلال الاتصال مع الوزير القطري")
                let officeOnly = { (p: ResolvedParty) in own.contains { $0.start == p.position && !$0.isNamed } }
                // ("C'est le deuxième appel en trois jours : ils s'étaient déjà parlé vendredi": a call
                // of the reported pair that the sentence recalls, on an earlier day of its own, is that
                // earlier call; not "Au cours de cet appel, ... à l'issue du scrutin du 29 juin")
                let earlierDay = cue != nil && !vague && parties.count >= 2 && grammar.recallMarkers.occurs(in: tokens) && date.map { d in
                    d.precision == .day && !reported.contains { $0.date == d }
                        && reported.contains { r in
                            parties.allSatisfy { p in r.participants.contains { Self.sameParty($0, p.participant) } }
                                && r.date.map { DateMath.isBefore(d, $0) } == true
                        }
                } == true
                // ("ويأتي ذلك عقب المكالمة التي أجريت في الثالث من مايو بين A وB": a
                // call word written definite, of a pair the story reported no call of, on a day of
                // its own that no reported call has, is another call)
                // (its parties after it, a with-word before them: not "The conversation follows the
                // participation of X in a ceremony on 15 January ...")
                // (the parties all after the call word, one of `links` between them and it)
                let linkedAfter = { (links: Set<String>) in
                    parties.map(\.position).min().map { first in
                        first >= group.end && (group.end..<first).contains { links.contains(tokens[$0].folded) }
                    } == true
                }
                let otherDatedCall = definiteBack && !isReference && cue != nil && parties.count >= 2 && linkedAfter(grammar.with)
                    && parties.filter({ $0.participant.name != nil }).count >= 2
                    && date.map { d in d.precision == .day && !reported.contains { $0.date == d } } == true
                    && !reported.contains { r in parties.allSatisfy { p in r.participants.contains { Self.sameParty($0, p.participant) } } }
                let onReported = { (p: ResolvedParty) in reported.contains { $0.participants.contains {
                    Self.sameParty($0, p.participant) || (officeOnly(p) && $0.country != nil && $0.country == p.participant.country)
                } } }
                // ("Cet appel prolonge la conversation téléphonique que A et B avaient tenue en mai": a
                // call word written definite, dated in its sentence, of named parties none of whom is
                // on a call reported before, is another call)
                // (its parties in the call word's own relative clause: not "The conversation follows the
                // participation of X in a ceremony on 15 January")
                let otherPairCall = definiteBack && !isReference && cue != nil && !vague && parties.count >= 2 && linkedAfter(grammar.relativePronouns)
                    && parties.allSatisfy { $0.participant.name != nil && !onReported($0) }
                // (a new party is the call's only when a with-word attaches it to the call's words:
                // "During the call with the Qatari minister"; not "The two leaders witnessed, during the
                // video call, the signing of the accord by minister X", who signed it)
                let attached = { (p: ResolvedParty) in
                    p.position >= group.end && (max(group.end, p.position - Self.withAttachReach)..<p.position).contains {
                        grammar.with.contains(tokens[$0].folded) || grammar.from.contains(tokens[$0].folded)
                    }
                }
                if pointsBack, !earlierDay, parties.allSatisfy(onReported)
                    || (parties.contains(where: onReported) && parties.allSatisfy { onReported($0) || !attached($0) }) {
                    let known = parties.filter(onReported)
                    if known.count >= 2 {
                        references.append(CallEvent(date: date, participants: known.map(\.participant), initiator: nil, topics: [],
                                                    evidence: [sentence.text], context: context, confidence: confidence(of: group)))
                    } else if let ownDay {
                        dateLatestUndated(&events, &talks, &headlineEvents, on: ownDay)
                    }
                    continue
                }
                if group.hits.contains(where: \.denied) {
                    // ("Burhan and Hamdok were not heard on the broadcast part of the conversation":
                    // a negation near the body's call written definite negates something else, unless
                    // the sentence denies or calls off the call)
                    if definiteBack, !grammar.deniesCall(tokens), !grammar.unrealized.occurs(in: tokens) { continue }
                    // (only for parties the sentence names: "il n'y a pas eu d'échange entre les deux
                    // chefs d'État" does not deny the call of the two ministers named before)
                    // (in the denial's own clause: "X, Y discuss air defence; Kremlin rules out
                    // leaders' call" denies no call of X and Y)
                    let semicolons = tokens.indices.filter { Self.clauseSeparators.contains(tokens[$0].folded) }
                    let sameClause = parties.filter { p in
                        !semicolons.contains { ($0 < p.position) != ($0 < group.start) }
                    }
                    let deniedKeys = Set(sameClause.map(\.participant.identityKey))
                    if deniedKeys.subtracting(inferred).count >= 2 {
                        if grammar.bilateral.occurs(in: tokens) { deniedPairs.append(deniedKeys) } else { denied.append(deniedKeys) }
                    }
                    continue
                }
                // ("He then rang X" names the caller elsewhere: a lone party after the verb is called,
                // but Arabic puts the subject after its verb: "اتصل أحمد أبو الغيط هاتفيا ب...")
                if parties.count == 1, lang == "ar" || parties[0].position < group.start, group.hits.contains(where: { $0.trigger.kind == .active }) {
                    pendingInitiator = parties[0].participant.identityKey
                }
                // ("X made a series of phone calls ...": X's talks the story then lists were calls)
                if parties.count == 1, parties[0].participant.name != nil,
                   let series = group.hits.first(where: { $0.trigger.plural == true && $0.trigger.kind == .strong && !$0.planned }) {
                    seriesCallers.insert(parties[0].participant.identityKey)
                    seriesReceived = (series.end..<min(tokens.count, series.end + Self.seriesFromReach)).contains { grammar.from.contains(tokens[$0].folded) }
                }
                guard parties.count >= 2, parties.contains(where: { $0.participant.name != nil }) else {
                    // (a call of one named party that the next sentence says others joined)
                    if parties.count == 1, parties[0].participant.name != nil, !isReference, !definiteBack,
                       si + 1 < story.sentences.count, !hasCallWord[si + 1],
                       grammar.joinedPronoun.occurs(in: story.sentences[si + 1].tokens) {
                        loneCall = events.count
                        events.append(CallEvent(date: date, participants: [parties[0].participant], initiator: nil, topics: topics,
                                                evidence: [sentence.text], context: context, confidence: confidence(of: group)))
                        continue
                    }
                    // ("La llamada fue realizada por X ayer jueves": the agent placed the story's
                    // latest call with X, on the day the sentence gives)
                    if parties.count == 1, !isReference, !vague, let agent = placingAgent(of: group, parties: parties, tokens: tokens, grammar: grammar),
                       markInitiator((agent.participant.identityKey, agent.participant.country), events: &events, headlineEvents: &headlineEvents, talks: &talks) {
                        if let cueDate { dateLatestUndated(&events, &talks, &headlineEvents, on: cueDate) }
                        continue
                    }
                    if let ownDay {
                        dateLatestUndated(&events, &talks, &headlineEvents, on: ownDay)
                    } else if vague, parties.isEmpty, group.hits.allSatisfy({ $0.trigger.kind != .active && $0.trigger.kind != .passive }) {
                        // "The ministry did not say when the call took place": no dateline's day either
                        leaveLatestUndated(&events, &talks, &headlineEvents)
                    } else if parties.count == 1, let cueDate, !vague,
                              Self.toldInFirstPerson(before: group.start, within: Self.quotedCallerReach, tokens: tokens, grammar: grammar),
                              let h = headlineEvents.firstIndex(where: { $0.date == nil && $0.participants.contains { Self.sameParty($0, parties[0].participant) } }) {
                        // ('« Samedi soir, j'ai eu au téléphone le président Zelensky »' under the
                        // headline 'X : « J'ai eu au téléphone le président Zelensky »': the
                        // headline's call, told in the first person, on the day the quote gives)
                        headlineEvents[h].date = cueDate
                    } else if parties.isEmpty, !vague, si > 0, group.hits.contains(where: { $0.trigger.kind == .strong }),
                              let pair = priorPair(subjectOfPreviousDay, memory: memory, reported: reported, tokens: tokens, grammar: grammar) {
                        // "X held talks with Y on Tuesday. The talks, held over the phone, ...": the
                        // call of the pair the sentence before named, on its day
                        events.append(CallEvent(date: cueDate ?? subjectOfPreviousDay?.date, participants: pair.map(\.participant), initiator: nil,
                                                topics: topics, evidence: [story.sentences[si - 1].text, sentence.text], context: context,
                                                confidence: confidence(of: group)))
                    }
                    continue
                }
                // ("Besides X and Y, A, B and C took part in the call": more parties of the call the
                // sentence before reported)
                if isReference || definiteBack, let latest = Self.latestCall(reportedBefore: si, in: story, events: events),
                   Self.joinsCall(tokens, grammar: grammar) {
                    Self.join(parties.map(\.participant), toCall: latest, initiative: unplacedInitiative, events: &events)
                    continue
                }
                let initiatorKey = seriesCaller ?? initiator(of: group, parties: resolved.filter { $0.participant.name != nil || $0.participant.country != nil },
                                             tokens: tokens, grammar: grammar, language: lang) ?? (earlierDay ? nil : pendingInitiator)
                talkGroups += 1
                // ("X spoke with A and B ... In separate calls, X urged ...": the next sentence may say so)
                let nextSaysSeparate = si + 1 < story.sentences.count && grammar.separate.occurs(in: story.sentences[si + 1].tokens)
                let sets = partySets(parties, group: group, tokens: tokens, grammar: grammar, nextSaysSeparate: nextSaysSeparate, cues: cues)
                // "recibió sendas llamadas de A y de B": each call's caller is its own other party
                let hub = sets.count > 1 ? sets[0].map(\.participant.identityKey).first { k in sets.allSatisfy { $0.contains { $0.participant.identityKey == k } } } : nil
                // ("A receives a call from B, and C from D": as B called A, D called C)
                let callerLast = hub == nil && sets.count > 1 && sets.allSatisfy { $0.count == 2 } && initiatorKey != nil
                    && sets[0].last?.participant.identityKey == initiatorKey
                let dayCues = sets.count == 1 ? cues.filter { !$0.isVague } : []
                let previousDay = lastTriggerDate ?? lastDate
                let resolveDay = { (c: DateCue) in c.resolve(reference: cueReference, previous: previousDay) }
                let dated = sets.count == 1 ? splitByOwnDates(parties, group: group, cues: dayCues, resolve: resolveDay) : nil
                let again = dated == nil && sets.count == 1
                    ? repeatedDates(group: group, cues: dayCues, tokens: tokens, grammar: grammar, resolve: resolveDay) : nil
                let datedSets: [([ResolvedParty], EventDate?)] = dated.map { $0.map { ($0.parties, $0.date) } }
                    ?? again.map { days in days.map { (sets[0], $0) } } ?? sets.map { ($0, date) }
                // (on a page of three or more dated entries, "14 juin 2025, 15:40" over a title and
                // a body, every paragraph up to the next heading is the entry's)
                let headingDay = headingDays.count >= Self.datedEntries || liveDays ? entryHeadingDay : headingDays[sentence.paragraph]
                for (set, setDate) in datedSets {
                    let ps = set.map(\.participant)
                    let callers = hub.map { h in initiatorKey != nil && initiatorKey != h } == true
                    let ini = callers ? ps.firstIndex { $0.identityKey != hub }
                        : initiatorKey.flatMap { k in ps.firstIndex { $0.identityKey == k } } ?? (callerLast ? ps.count - 1 : nil)
                    // (an entry's undated call takes its heading's day now, before calls of the same
                    // pair in other entries merge with it; the day is more precise than "this week")
                    // (not a week before it: "la semana pasada" under the page's date line is no day of it)
                    let entryDay = setDate == nil && !periods.contains(where: \.isPastWeek) ? headingDay : nil
                    var event = CallEvent(date: setDate ?? entryDay ?? weekMonth, participants: ps, initiator: ini, topics: topics,
                                          evidence: [sentence.text], context: context, confidence: confidence(of: group))
                    event.vaguelyDated = vague && entryDay == nil
                    event.datedByEarlierCall = cue == nil && eventDay == nil && setDate != nil && setDate == lastTriggerDate
                    event.datedByStatement = cue.map { setDate != nil && setDate == cueDate && Self.datesStatement($0, tokens: tokens, grammar: grammar) } ?? false
                    if (isReference || definiteBack) && !earlierDay && !otherDatedCall && !otherPairCall {
                        references.append(event)
                    } else if group.hits.allSatisfy({ $0.trigger.kind == .weak }) {
                        // (an item of a list of calls continues their series too)
                        let listed = (inCallList && Self.isListItem(sentence)) || inlineColon.map { group.start > $0 } == true
                        talks.append(Talk(event: event, headline: asHeadline, continues: grammar.continuation.occurs(in: tokens) || listed, group: talkGroups,
                                          entry: talkEntryOf(sentence.paragraph),
                                          definite: isWrittenDefinite(group, tokens: tokens, mentions: mentions, grammar: grammar),
                                          confirmed: si + 1 < story.sentences.count
                                              && Self.opensWithCallAnaphor(story.sentences[si + 1], grammar: grammar)))
                    } else if asHeadline {
                        headlineEvents.append(event)
                    } else {
                        events.append(event)
                    }
                }
                if let date { lastDate = date }
                lastCall = (sentence.paragraph, keys, date)
            }
            // ("X called A and B, and C joined the call": who joined is on the sentence's one call)
            if events.count == eventsBefore + 1, Self.joinsCall(tokens, grammar: grammar) {
                joinNamed(toCall: eventsBefore)
            }
            // ("X recalled that on 6 November he had taken part in a call with Y": a call told in
            // passing, whose topics are its sentence's)
            if events.count > eventsBefore, let first = hits.first?.start,
               grammar.recallVerbs.matches(in: tokens).contains(where: { $0.end <= first }) {
                recalled.insert(sentence.text)
            }
        }
        // (entries only on a round-up: other stories need no search for an event's sentence)
        admitTalks(talks, into: &events, headlineEvents: &headlineEvents, references: references, meetings: meetings, seriesCallers: seriesCallers,
                   entryOf: talkEntries.isEmpty ? { _ in nil }
                       : { e in story.sentences.first { e.evidence.contains($0.text) }.flatMap { talkEntryOf($0.paragraph) } })
        events = CallMerger().mergeWithinArticle(events)
        // A headline only summarises: it adds a call only when the body reports none of its pairs;
        // otherwise it only tells who called when the body does not ("X reçoit un appel de Y").
        let firstSentence = { (e: CallEvent) in story.sentences.firstIndex { e.evidence.contains($0.text) } ?? Int.max }
        for var h in headlineEvents {
            // (an undated headline whose call the body first speaks of by reference on another day,
            // "During the phone call, ...", is not the earlier call the body dates later: "X had
            // already called Y on January 9")
            if h.date == nil, let r = references.first(where: { sharesPair(h, $0) && $0.date != nil }),
               let earlier = events.first(where: { sharesPair(h, $0) }), firstSentence(r) < firstSentence(earlier), r.date != earlier.date {
                h.date = r.date
            }
            // (of a compatible date: "In the previous one, on 2 March" is another call of the pair)
            var same = events.indices.filter { sharesPair(h, events[$0]) && CallMerger.compatible(h.date, events[$0].date) }
            // (a headline that gives no day of its own took its day from the page, "09/10/2024 12:20"
            // under it: it is the call of the pair that the lead reports, whatever its day; not one the
            // body recalls later, "X had already called Y on January 9")
            if same.isEmpty, !story.sentences.contains(where: { h.evidence.contains($0.text) && !dateFinder.cues(in: $0.tokens, language: lang).isEmpty }) {
                // (of full sentences: not a masthead, byline or date line)
                let lead = story.sentences.filter { !isHeadline($0, of: story) && $0.tokens.filter(\.isWord).count >= Self.leadSentenceWords }
                    .prefix(Self.headlineLeadSentences).map(\.text)
                // (told as it happened: not "X had already called Y on January 9")
                let recalls = { (e: CallEvent) in story.sentences.contains { e.evidence.contains($0.text) && grammar.recallMarkers.occurs(in: $0.tokens) } }
                let told = events.indices.filter { sharesPair(h, events[$0]) && events[$0].evidence.contains(where: lead.contains) && !recalls(events[$0]) }
                if told.count == 1 { same = told }
            }
            // ("Modi, Putin y Xi: la ronda de llamadas de Lula" over the body's calls of Lula with
            // each: the headline lists the body's parties, it pairs none of them)
            let listsBodyParties = events.count >= 2 && !events.contains(where: { sharesPair(h, $0) })
                && h.participants.allSatisfy { p in events.contains { $0.participants.contains { Self.sameParty($0, p) } } }
            if same.isEmpty, listsBodyParties {
                continue
            } else if same.isEmpty {
                events = CallMerger().mergeWithinArticle(events + [h])
            } else if same.count == 1 {
                if events[same[0]].initiator == nil, let hi = h.initiator {
                    events[same[0]].initiator = events[same[0]].participants.firstIndex { Self.sameParty($0, h.participants[hi]) }
                }
                // (or when the call's date was given to the headline's report: "L'appel a eu lieu dimanche")
                if events[same[0]].date == nil { events[same[0]].date = h.date }
                // (and whom the body names only by office: "le ministre marocain")
                events[same[0]].nameOffices(from: h)
            }
        }
        events.removeAll { e in
            let keys = Set(e.participants.map(\.identityKey))
            return denied.contains { $0.intersection(keys).count >= 2 }
                || (keys.count <= 2 && deniedPairs.contains { $0.intersection(keys).count >= 2 })
        }
        assignOwnTopics(&events, story: story, recalled: recalled, entries: talkEntries, grammar: grammar)
        shareTopicsOfCallsTogether(&events, story: story, grammar: grammar)
        addOfficeTopics(&events)
        events = unifyNames(events)
        fillCountries(&events, story: story, memory: memory, outlet: outlet)
        events = CallMerger().mergeWithinArticle(events)
        // A call the story does not date otherwise took place on the dateline's day; on a live
        // page of time-stamped entries, on the day of publication.
        // (a round-up's entry under a day heading, "MONDAY. ...", took place on that day)
        let undated = events.contains { $0.date == nil && !$0.vaguelyDated }
        let undatedDay = undated ? dateline?.date ?? (stamped.isEmpty ? nil : publishedAt) : nil
        // (not a call every report of which is in the pluperfect: "Le souverain et le président X
        // avaient eu un entretien téléphonique" happened before the dateline's day; "he had just
        // held a call" is of its day)
        // (an auxiliary, not the verb "had" of "had a telephone conversation": no article after it)
        let indefinite = resources.indexes.indefiniteArticles
        let pluperfect = { (e: CallEvent) in
            let articles = indefinite.union(grammar.definiteDeterminers)   // (only for an undated call on a dated page)
            return e.evidence.allSatisfy { text in
                guard let tokens = story.sentences.first(where: { $0.text == text })?.tokens else { return false }
                return tokens.indices.dropLast().contains { k in
                    grammar.pluperfectAuxiliaries.contains(tokens[k].folded) && tokens[k + 1].isWord && !articles.contains(tokens[k + 1].folded)
                        && !grammar.recentPast.contains(tokens[k + 1].folded)
                }
            }
        }
        return events.map { e in
            var e = e
            if e.date == nil, !e.vaguelyDated {
                let paragraph = story.sentences.first { $0.paragraph > 0 && e.evidence.contains($0.text) }?.paragraph
                e.date = paragraph.flatMap { liveDays ? entryOf($0).flatMap { headingDays[$0] } : headingDays[$0] }
                    ?? (dateline != nil && pluperfect(e) ? nil : undatedDay)
            }
            return e
        }
    }

    /// Sentences after a headline that make the lead, which reports the headline's call.
    static let headlineLeadSentences = 3
    /// Least words of a sentence of the lead.
    static let leadSentenceWords = 8

    /// A call every party of which holds one of a topic's `partyOffices` on its day is on that
    /// topic, said or not (two defence ministers: security and defence cooperation).
    private func addOfficeTopics(_ events: inout [CallEvent]) {
        for entry in resources.topics.topics {
            guard let offices = entry.partyOffices.map(Set.init), !offices.isEmpty else { continue }
            for k in events.indices where events[k].participants.count >= 2 && !events[k].topics.contains(where: { $0.id == entry.id }) {
                let date = events[k].date
                let all = events[k].participants.allSatisfy { p in
                    resources.knowledge.recordedOffices(of: p).contains { offices.contains($0.kind) && (date.map($0.covers) ?? true) }
                }
                if all { events[k].topics.append(Topic(id: entry.id, label: entry.label)) }
            }
        }
    }

    /// Each call takes the topics of its own context (TopicContext) within its own part of the
    /// story: from the first body sentence reporting it to the first sentence of the next call
    /// (the first call also takes the lines before it), and not past its entry on a live page or
    /// a round-up (`entries`: the paragraphs that start one, a day heading's or a live page's time
    /// stamp's). A call the story only recalls takes its own sentence's.
    private func assignOwnTopics(_ events: inout [CallEvent], story: Story, recalled: Set<String>, entries: Set<Int>,
                                 grammar: LexiconIndexes.Grammar) {
        let entryStarts = story.sentences.indices.filter { story.opensParagraph($0) && entries.contains(story.sentences[$0].paragraph) }
        let finder = TopicFinder(catalogue: resources.topics, indexes: resources.indexes)
        let context = resources.topicContext
        // (a sentence reporting several of the calls, "Entretiens de X avec ses homologues A et B", starts none)
        let shared = Set(events.flatMap(\.evidence).filter { t in events.filter { $0.evidence.contains(t) }.count > 1 })
        let firsts: [Int] = events.map { e in
            story.sentences.indices.first { i in story.sentences[i].paragraph > 0 && e.evidence.contains(story.sentences[i].text) && !shared.contains(story.sentences[i].text) }
                ?? story.sentences.indices.first { i in story.sentences[i].paragraph > 0 && e.evidence.contains(story.sentences[i].text) }
                ?? story.sentences.indices.first { e.evidence.contains(story.sentences[$0].text) } ?? 0
        }
        let isRecalled = events.map { $0.evidence.count == 1 && recalled.contains($0.evidence[0]) }
        let starts = Set(firsts.indices.filter { !isRecalled[$0] }.map { firsts[$0] }).sorted()
        let ordinalParagraphs = ordinalParagraphs(of: events, firsts: firsts, story: story, grammar: grammar)
        for (k, first) in firsts.enumerated() {
            if isRecalled[k] {
                events[k].topics = finder.topics(in: story.sentences[first...first])
                continue
            }
            let lo = first == starts.first ? 0 : first
            let last = story.sentences.indices.last { events[k].evidence.contains(story.sentences[$0].text) } ?? first
            let hi = min(starts.first { $0 > first } ?? story.sentences.count, entryStarts.first { $0 > max(first, last) } ?? story.sentences.count)
            let own = ownSentences(of: k, among: events, firsts: firsts, in: story.sentences[lo..<hi])
            let partyWords = Set(events[k].participants.flatMap(PartyResolver.surnames))
            var chosen = context.sentences(evidence: events[k].evidence, partyWords: partyWords, in: own[...])
            // ("Key events: - X spoke to Y yesterday" above a live page's entry on that call: a
            // report past the part's end opens a part of its own, up to the next call or entry)
            var from = hi
            while let again = story.sentences.indices[from...].first(where: { events[k].evidence.contains(story.sentences[$0].text) }) {
                let end = min(starts.first { $0 > again } ?? story.sentences.count, entryStarts.first { $0 > again } ?? story.sentences.count)
                let more = ownSentences(of: k, among: events, firsts: firsts, in: story.sentences[again..<end])
                chosen += context.sentences(evidence: events[k].evidence, partyWords: partyWords, in: more[...])
                from = end
            }
            // ("Dans le premier entretien, ... Dans le second, ...": a paragraph an ordinal call
            // opens speaks of that call only)
            if !ordinalParagraphs.isEmpty {
                chosen.removeAll { s in ordinalParagraphs[s.paragraph].map { $0 != k } ?? false }
                chosen += story.sentences.filter { s in ordinalParagraphs[s.paragraph] == k && !chosen.contains { $0.text == s.text } }
            }
            events[k].topics = finder.topics(in: chosen[...])
        }
    }

    /// Words from a paragraph's opening within which an ordinal call phrase must stand.
    static let ordinalCallReach = 6

    /// Paragraphs opened by an ordinal next to a noun of the exchange ("In the second call",
    /// "وفي الاتصال الثاني"), each with the call it numbers, counted in the order the story
    /// reported them.
    private func ordinalParagraphs(of events: [CallEvent], firsts: [Int], story: Story, grammar: LexiconIndexes.Grammar) -> [Int: Int] {
        guard events.count > 1 else { return [:] }
        let order = events.indices.sorted { (firsts[$0], $0) < (firsts[$1], $1) }
        var found: [Int: Int] = [:]
        for i in story.sentences.indices where story.opensParagraph(i) {
            let tokens = story.sentences[i].tokens
            let reach = min(tokens.count, Self.ordinalCallReach)
            let ordinals = grammar.callOrdinals   // (a lazy closure would copy the whole grammar)
            for n in grammar.exchangeNouns.matches(in: tokens) where n.start < reach {
                let after = ordinals.match(tokens, at: n.end)
                let before = (max(0, n.start - 2)..<n.start).lazy.compactMap { ordinals.match(tokens, at: $0) }.first { $0.end == n.start }
                guard let number = (after ?? before)?.values.first, number >= 1, number <= order.count,
                      firsts[order[number - 1]] < i else { continue }
                found[story.sentences[i].paragraph] = order[number - 1]
                break
            }
        }
        return found
    }

    /// Sentences after a call's report within which a sentence on "both calls" may speak of it.
    static let callsTogetherReach = 4

    /// "Both conversations focused on the security of the mission": a sentence that speaks of
    /// the calls just reported together (a `bothCalls` phrase holding a noun of the exchange, not
    /// "both leaders") gives its topics to each call reported in the few sentences before it.
    private func shareTopicsOfCallsTogether(_ events: inout [CallEvent], story: Story, grammar: LexiconIndexes.Grammar) {
        guard events.count > 1 else { return }
        let finder = TopicFinder(catalogue: resources.topics, indexes: resources.indexes)
        for (i, s) in story.sentences.enumerated() {
            let both = grammar.bothCalls.matches(in: s.tokens)
            guard !both.isEmpty else { continue }
            let nouns = grammar.exchangeNouns.matches(in: s.tokens)
            guard both.contains(where: { m in nouns.contains { m.start <= $0.start && $0.start < m.end } }) else { continue }
            let covered = events.indices.filter { k in
                story.sentences.indices.contains { j in j < i && i - j <= Self.callsTogetherReach && events[k].evidence.contains(story.sentences[j].text) }
            }
            guard covered.count > 1 else { continue }
            let found = finder.topics(in: story.sentences[i...i])
            for k in covered {
                events[k].topics += found.filter { t in !events[k].topics.contains { $0.id == t.id } }
            }
        }
    }

    /// Triggers with no mention between them form one group; each mention joins the nearest group.
    struct Group {
        var hits: [TriggerHit]
        var mentions: [Int] = []
        var start: Int { hits.first!.start }
        var end: Int { hits.last!.end }
        /// The tokens from the group's first trigger or mention to its last.
        func extent(_ all: [Mention]) -> (lo: Int, hi: Int) {
            (min(start, mentions.map { all[$0].start }.min() ?? start), max(end, mentions.map { all[$0].end }.max() ?? end))
        }
    }

    func groups(_ hits: [TriggerHit], mentions allMentions: [Mention], tokens: [Token], grammar: LexiconIndexes.Grammar) -> [Group] {
        let mentions = allMentions
        var groups: [Group] = []
        for h in hits {
            // (a semicolon ends a group: "The call was their second; in a call in May 2021 A and B ...")
            if var last = groups.last, last.hits.last?.planned == h.planned, last.hits.last?.denied == h.denied,
               !allMentions.contains(where: { $0.start >= last.end && $0.start < h.start })
                   || Self.opensRelativeCall(h, after: last, mentions: allMentions, tokens: tokens, grammar: grammar),
               !tokens[min(last.end, h.start)..<h.start].contains(where: { $0.folded == ";" }) {
                last.hits.append(h)
                groups[groups.count - 1] = last
            } else {
                groups.append(Group(hits: [h]))
            }
        }
        for (i, m) in mentions.enumerated() {
            // "X's call with Y was criticised by Z": the agent of another verb's passive is no party
            if isAgentOfOtherVerb(m, hits: hits, tokens: tokens, grammar: grammar) { continue }
            let best = groups.indices.min { distance(m, groups[$0]) < distance(m, groups[$1]) }
            if let best { groups[best].mentions.append(i) }
        }
        // "X s'est entretenu avec Y lors d'un échange téléphonique": a call word with no party of
        // its own after a group qualifies that group's call; so does a call noun right after the
        // group's parties, with those its own clause names ("X spoke with Y in a joint call that Z
        // joined")
        var merged: [Group] = []
        for g in groups {
            if var last = merged.last, last.hits.last?.planned == g.hits.first?.planned,
               last.hits.last?.denied == g.hits.first?.denied,
               g.mentions.isEmpty || qualifies(g, last, mentions: mentions, tokens: tokens, grammar: grammar)
                || isManner(of: last, g, mentions: mentions, tokens: tokens, grammar: grammar) || Self.fronts(last, g, mentions: mentions, tokens: tokens) {
                last.hits += g.hits
                last.mentions += g.mentions
                merged[merged.count - 1] = last
            } else {
                merged.append(g)
            }
        }
        return merged
    }

    /// Whether `hit`, a verb of calling, opens a relative clause on the last party named since
    /// `group`: "spoke by phone with X, who called him to ..." is that group's call, placed by X,
    /// not a call of its own; so is "..., with X, whom he called to ..." (`objectRelatives`),
    /// placed by the other party. Not when a party follows it after a with-word: "..., who called
    /// him after the vote, and with Y" lists another call.
    static func opensRelativeCall(_ hit: TriggerHit, after group: Group, mentions: [Mention], tokens: [Token],
                                  grammar: LexiconIndexes.Grammar) -> Bool {
        // (an apposition may stand between the party and the clause: "X, Iran's foreign minister, whom ...")
        guard hit.trigger.kind == .active, let party = mentions.last(where: { $0.start >= group.end && $0.start < hit.start }),
              party.end + 1 < hit.start,
              let comma = (party.end..<hit.start).last(where: { tokens[$0].folded == "," }), comma - party.end <= relativeAppositionReach,
              !tokens[party.end..<comma].contains(where: { TriggerFinder.clausePunctuation.contains($0.folded) && !TriggerFinder.commas.contains($0.folded) }),
              let relativeEnd = grammar.relativePronouns.contains(tokens[comma + 1].folded) ? comma + 2
                  : grammar.objectRelatives.match(tokens, at: comma + 1)?.end,
              // (an auxiliary or an object pronoun may come between: "who had called him", "qui l'avait appelé")
              hit.start - relativeEnd <= relativeCallGap else { return false }
        return !mentions.contains { m in
            m.start >= hit.end && (max(hit.end, m.start - 2)..<m.start).contains { grammar.with.contains(tokens[$0].folded) }
        }
    }

    /// Most tokens of an apposition between a party and the relative clause on it.
    static let relativeAppositionReach = 8

    /// Most words after a fronted call noun before the comma that closes its phrase ("وفي اتصال منفصل،").
    static let frontedNounReach = 2

    /// `first` is a call noun in a phrase fronted before the clause of `next` ("In a separate
    /// call, X discussed by phone with Y", "وفي اتصال منفصل، بحث X ... هاتفيا مع Y"): its
    /// parties, all after the phrase's comma, are the clause's, and so is the call.
    static func fronts(_ first: Group, _ next: Group, mentions: [Mention], tokens: [Token]) -> Bool {
        guard first.start < frontedAdverbialReach, first.hits.allSatisfy({ $0.trigger.kind == .noun }),
              let comma = (first.end..<min(tokens.count, first.end + frontedNounReach + 1)).first(where: { tokens[$0].folded == "," })
        else { return false }
        return next.start > comma && first.mentions.allSatisfy { mentions[$0].start > comma }
    }

    /// The entry `paragraph` belongs to: the last of `starts` at or before it.
    static func entry(of paragraph: Int, startingAt starts: some Collection<Int>) -> Int? {
        starts.filter { $0 <= paragraph }.max()
    }

    /// Words between a closing quote and the name of its speaker ('," said Foreign Minister X').
    static let quoteSpeakerReach = 5

    /// Who says a quote that opens sentence `si` and closes in the next one: the party named by
    /// name right after the closing quote, next to a reporting verb ('..., Kallas posted').
    func quoteSpeaker(after si: Int, in story: Story, grammar: LexiconIndexes.Grammar, mentionFinder: MentionFinder,
                      resolver: PartyResolver, on date: EventDate?, memory: [ResolvedParty]) -> ResolvedParty? {
        let tokens = story.sentences[si].tokens
        let quotes = { (ts: [Token]) in ts.indices.filter { ts[$0].folded == "\"" } }
        guard si + 1 < story.sentences.count, let open = quotes(tokens).first, open <= 1, quotes(tokens).count % 2 == 1 else { return nil }
        let next = story.sentences[si + 1].tokens
        guard quotes(next).count % 2 == 1, let close = quotes(next).last else { return nil }
        let speech = { (k: Int) in k >= 0 && k < next.count && grammar.speech.match(next, at: k) != nil }
        guard let m = mentionFinder.mentions(in: next).first(where: { m in
            m.isNamed && m.start > close && m.start - close <= Self.quoteSpeakerReach && (speech(m.end) || speech(m.start - 1))
        }) else { return nil }
        return resolver.resolve([m], on: date, memory: memory).first { $0.participant.name != nil }
    }

    /// A `joinedCall` verb right before a noun of the exchange ("took part in the call", "ont
    /// pris part à l'échange").
    static func joinsCall(_ tokens: [Token], grammar: LexiconIndexes.Grammar) -> Bool {
        !joinedNouns(tokens, grammar: grammar).isEmpty
    }

    /// Where the nouns of the exchange that a `joinedCall` verb governs start.
    static func joinedNouns(_ tokens: [Token], grammar: LexiconIndexes.Grammar) -> Set<Int> {
        var found = Set<Int>()
        for m in grammar.joinedCall.matches(in: tokens) {
            if let k = (m.end..<min(tokens.count, m.end + joinedCallReach)).first(where: { grammar.exchangeNouns.match(tokens, at: $0) != nil }) {
                found.insert(k)
            }
        }
        return found
    }

    /// Sentences after a reported call within which a denial naming no party denies it (an
    /// interview's question, "Is that right?", and a first answer may come between).
    static let denialReach = 4

    /// The story's latest call (its index in `events`) when one of the `reach` sentences before
    /// sentence `si` reported it; nil otherwise.
    static func latestCall(reportedBefore si: Int, in story: Story, events: [CallEvent], within reach: Int = 2) -> Int? {
        guard let latest = events.indices.last else { return nil }
        let before = story.sentences[max(0, si - reach)..<si].map(\.text)
        return events[latest].evidence.contains(where: before.contains) ? latest : nil
    }

    /// Adds the named parties to call `k` ("Besides X and Y, A, B and C took part in the call"),
    /// and makes `initiative` its caller when it has none and that party is now on it (an
    /// initiative told before the party joined: "convened at the initiative of X. Besides Y, X
    /// and Z took part").
    static func join(_ parties: [Participant], toCall k: Int, initiative: String?, events: inout [CallEvent]) {
        for p in parties where p.name != nil && !events[k].participants.contains(where: { sameParty($0, p) }) {
            events[k].participants.append(p)
        }
        if let initiative, events[k].initiator == nil {
            events[k].initiator = events[k].participants.firstIndex { $0.identityKey == initiative }
        }
    }

    /// A `withPronouns` word next to the group's call words (up to three words before or after),
    /// after a with-word or fused with one ("call with him", "entretenu avec lui par téléphone",
    /// "تحدث معه هاتفيا").
    /// So does an honorific pronoun after a with- or from-word ("الاتصال الذي تلقاه X من سموه",
    /// the call X received from His Highness).
    private func withPronoun(near group: Group, tokens: [Token], grammar: LexiconIndexes.Grammar) -> Bool {
        let start = max(0, group.start - 3)
        if (start..<min(tokens.count, group.end + 3)).contains(where: { k in
            grammar.withPronouns.contains { $0.matches(tokens[k]) }
                && ((k > 0 && grammar.with.contains(tokens[k - 1].folded)) || grammar.with.contains { tokens[k].folded.hasPrefix($0) })
        }) { return true }
        // (the honorific further after the call word: a relative clause may come between, "الاتصال
        // الذي تلقاه الرئيس X من سموه")
        let indexes = resources.indexes
        return (max(1, start)..<min(tokens.count, group.end + Self.honorificPronounReach)).contains { k in
            indexes.isHonorificPronoun(tokens[k]) && (grammar.with.contains(tokens[k - 1].folded) || grammar.from.contains(tokens[k - 1].folded))
        }
    }

    /// Most letters of an object clitic between a purpose word and its infinitive ("leur", "lui").
    static let cliticLetters = 4

    /// Words after a call word within which an honorific pronoun after a with- or from-word is its party.
    static let honorificPronounReach = 7

    /// A pair pronoun up to two words before the group's call words ("ambos hablaron por
    /// teléfono"): their subject is the pair of the story's last call.
    private func pairPronounLeads(_ group: Group, tokens: [Token], grammar: LexiconIndexes.Grammar,
                                  pronouns: PhraseMatcher<Bool>) -> Bool {
        // (not a pronoun of people who spoke with someone else, or with the speaker: "they had
        // spoken by phone with the captain", "They call me at night")
        if (group.end..<min(tokens.count, group.end + Self.pairWithReach)).contains(where: {
            grammar.with.contains(tokens[$0].folded) || grammar.firstPersonObjects.contains(tokens[$0].folded)
        }) { return false }
        return (max(0, group.start - 4)..<group.start).contains { k in
            pronouns.match(tokens, at: k).map { group.start - $0.end <= 2 } ?? false
        }
    }

    /// Most words after a pair pronoun's call words in which a with-word gives them another party.
    static let pairWithReach = 4

    /// A pair pronoun leads the group and stands for a pair the sentence's `resolved` parties
    /// all belong to: the last two parties the story named or the last call's ("ambos
    /// conversaron por teléfono y Lula le aseguró"; not "they last spoke ..., when they
    /// discussed X's trip", of X); "they" only for the last call's pair, once there is one.
    private func pronounStandsForPair(_ group: Group, resolved: [ResolvedParty], tokens: [Token], grammar: LexiconIndexes.Grammar,
                                      memory: [ResolvedParty], lastCall: CallEvent?) -> Bool {
        let lastCallPair = Set((lastCall?.participants ?? []).map(\.identityKey))
        let inLastCall = resolved.allSatisfy { lastCallPair.contains($0.participant.identityKey) }
        if pairPronounLeads(group, tokens: tokens, grammar: grammar, pronouns: grammar.pairPronouns) {
            var lastPair: [String] = []
            for m in memory where m.participant.name != nil && lastPair.count < 2 && !lastPair.contains(m.participant.identityKey) {
                lastPair.append(m.participant.identityKey)
            }
            if inLastCall || resolved.allSatisfy({ lastPair.contains($0.participant.identityKey) }) { return true }
        }
        return !lastCallPair.isEmpty && inLastCall && pairPronounLeads(group, tokens: tokens, grammar: grammar, pronouns: grammar.callPairPronouns)
    }

    /// The clause-break word at `k` closes a `joiningPhrases` phrase ("ainsi que"): no break.
    private func joins(at k: Int, tokens: [Token], grammar: LexiconIndexes.Grammar) -> Bool {
        (max(0, k - 2)..<k).contains { grammar.joiningPhrases.match(tokens, at: $0)?.end == k + 1 }
    }

    /// `g` is a phone phrase closing `last`'s clause after more of its with-objects ("X spoke with
    /// A on Monday and with B on Tuesday by phone"): it tells how `last`'s talks were held.
    private func isManner(of last: Group, _ g: Group, mentions: [Mention], tokens: [Token], grammar: LexiconIndexes.Grammar) -> Bool {
        guard g.hits.allSatisfy({ $0.trigger.kind == .strong }), last.hits.allSatisfy({ $0.trigger.kind == .weak }),
              !tokens[last.end..<g.start].contains(where: { [";", ".", ":"].contains($0.folded) || grammar.clauseBreaks.contains($0.folded) }) else { return false }
        let between = g.mentions.map { mentions[$0] }.filter { $0.start < g.start }
        return !between.isEmpty && between.allSatisfy { m in
            (max(0, m.start - 3)..<m.start).contains { grammar.with.contains(tokens[$0].folded) }
        }
    }

    /// `g` is a call noun led by a `callAdverbials` phrase right after the party `last`'s trigger
    /// is with (a comma between): it tells how `last`'s call was held.
    private func qualifies(_ g: Group, _ last: Group, mentions: [Mention], tokens: [Token], grammar: LexiconIndexes.Grammar) -> Bool {
        guard let h = g.hits.first, h.trigger.kind == .noun || h.trigger.kind == .strong,
              // ("in a joint call", "au cours d'un appel")
              let lead = (max(0, h.start - 6)..<h.start).first(where: { j in
                  grammar.callAdverbials.match(tokens, at: j).map { h.start - $0.end <= 1 } ?? false
              }) else { return false }
        let before = (last.mentions + g.mentions).map { mentions[$0] }.filter { $0.start < h.start }
        let end = lead > 0 && TriggerFinder.commas.contains(tokens[lead - 1].folded) ? lead - 1 : lead
        return before.count >= 2 && before.contains { $0.end == end && $0.start >= last.end }
    }

    /// One call with all the parties, or, when they were called one by one ("separately", "calls",
    /// a plural title or counterparts), one call per party with the hub; "respectively" pairs the
    /// parties before the trigger with those after it in order.
    private func partySets(_ parties: [ResolvedParty], group: Group, tokens: [Token], grammar: LexiconIndexes.Grammar,
                           nextSaysSeparate: Bool = false, cues: [DateCue] = []) -> [[ResolvedParty]] {
        // "A and B spoke respectively with C and D": A–C and B–D
        let left = parties.filter { $0.position < group.start }, right = parties.filter { $0.position >= group.end }
        if left.count >= 2, left.count == right.count, left.count + right.count == parties.count,
           grammar.respectively.occurs(in: tokens) {
            return zip(left, right).map { [$0, $1] }
        }
        // "A receives a call from B, and C from D": the verb left out of the second clause, two calls
        if left.count == 1, right.count == 3, gapsSecondCall(right, after: group.end, tokens: tokens, grammar: grammar) {
            return [[left[0], right[0]], [right[1], right[2]]]
        }
        // "the presidents of A, B and C held a videoconference": a plural title with no party
        // outside it is one call of all its holders
        let hubless = !parties.contains { $0.pluralGroup == nil } && Set(parties.compactMap(\.pluralGroup)).count == 1
        // ("a trilateral call with his counterparts of A and B": one call of the three)
        // ("X telephoned A and B": a caller phones its objects one by one)
        let calledEach = group.hits.contains { $0.trigger.kind == .active } && left.count == 1 && right.count >= 2
        // ("X spoke by phone to A and to B", "con A y con B": a with-word repeated after the
        // coordinator before each later object makes each object a call of its own; not when a
        // date stands between them, "with A on Saturday and with B on Sunday", whose days split them)
        let withEach = left.count == 1 && right.count >= 2 && zip(right, right.dropFirst()).allSatisfy { previous, next in
            repeatsWithWord(tokens: tokens, from: previous.position + 1, to: next.position, grammar: grammar)
                && !cues.contains { !$0.isVague && $0.start > previous.position && $0.start < next.position }
        }
        // ("X y sus homólogos de A, Y, y de B, Z, sostuvieron una videollamada": counterparts
        // joined to the subject before the call's words hold it together)
        let coSubjects = right.isEmpty && left.count == parties.count
        let oneByOne = group.hits.contains { $0.trigger.plural == true } || (parties.contains { $0.pluralGroup != nil } && !hubless && !coSubjects) || calledEach || withEach
        // ("the Secretary had separate conversations with A and with B", the subject unresolved:
        // the two objects were each called by someone the story does not name, not by each other)
        if parties.count == 2, left.isEmpty, let first = right.first?.position,
           (0..<first).contains(where: { grammar.separate.match(tokens, at: $0) != nil }) {
            return []
        }
        // ("X called A and B, and C joined the call": one call that all were on)
        let separate = parties.count > 2 && (grammar.separate.occurs(in: tokens)
            || (!grammar.joint.occurs(in: tokens) && !Self.joinsCall(tokens, grammar: grammar) && (oneByOne || nextSaysSeparate)))
        guard separate else { return [parties] }
        let hub = parties.first { $0.pluralGroup == nil } ?? parties[0]
        return parties.filter { $0.participant.identityKey != hub.participant.identityKey }.map { [hub, $0] }
    }

    /// Parties B, C, D after a call's words: a from-word before B, a comma or coordinator before
    /// C ("والمنفي": the conjunction on its word) and a from-word between C and D ("اتصالا من
    /// أردوغان والمنفي من السيسي", "a call from B, C from D").
    private func gapsSecondCall(_ right: [ResolvedParty], after end: Int, tokens: [Token], grammar: LexiconIndexes.Grammar) -> Bool {
        let (b, c, d) = (right[0].position, right[1].position, right[2].position)
        guard end <= b, b < c, c < d, d <= tokens.count else { return false }
        let from = { (r: Range<Int>) in r.contains { grammar.from.contains(tokens[$0].folded) } }
        let joined = (b + 1..<c).contains { MentionFinder.andWords.contains(tokens[$0].folded) }
            || (tokens[c].isArabic && tokens[c].folded.hasPrefix("و"))
        return from(end..<b) && joined && from(c + 1..<d) && !from(b + 1..<c)
    }

    /// A coordinator right before a with-word between two token positions ("and to", "y con"; the
    /// Arabic "ومع" is one token).
    private func repeatsWithWord(tokens: [Token], from start: Int, to end: Int, grammar: LexiconIndexes.Grammar) -> Bool {
        guard start < end, end <= tokens.count else { return false }
        for k in start..<end {
            let word = tokens[k].folded
            if word.hasPrefix("و"), grammar.with.contains(String(word.dropFirst())) { return true }
            if let coordinator = grammar.coordinators.match(tokens, at: k), coordinator.end < end,
               grammar.with.contains(tokens[coordinator.end].folded) { return true }
        }
        return false
    }

    /// 0.9 for a trigger that reports a call by itself, 0.8 for a call noun, 0.7 for a talking verb.
    private func confidence(of group: Group) -> Double {
        let kinds = group.hits.map { $0.trigger.kind }
        if kinds.contains(.strong) || kinds.contains(.passive) || kinds.contains(.active) { return 0.9 }
        return kinds.contains(.noun) ? 0.8 : 0.7
    }

    /// The mentions that are parties of a trigger group: those nearest to it, without possessive
    /// modifiers and reporting speakers when it has enough parties without them, and with the
    /// sentence's subject when it lacks a second party (`addsSubject`: not when the call's object
    /// is a pronoun after its own subject, "mientras que Boric lo llamó").
    private func ownMentions(of group: Group, mentions: [Mention], tokens: [Token], grammar: LexiconIndexes.Grammar,
                             language: String, addsSubject: Bool = true, pronounObject: Bool = false,
                             elsewhere: [Range<Int>] = []) -> [Mention] {
        var own = group.mentions.map { mentions[$0] }
        var possessors = Set<Int>()
        // "at Zelensky's request": a possessive person is a modifier, a party only when the call
        // lacks one ("Netanyahu's office said he spoke with Biden")
        // (English only: "Albares s'est entretenu" is French reflexive, not a possessive)
        if language == "en" {
            let possessive = own.filter { isPossessive($0, tokens: tokens, hits: group.hits) }
            if own.count - possessive.count >= 2 { own.removeAll { isPossessive($0, tokens: tokens, hits: group.hits) } }
            possessors = Set(mentions.filter { ownsCallsSubject($0, group: group, tokens: tokens) }.map(\.start))
            own.removeAll { possessors.contains($0.start) }
        }
        // ('confirmó que había tenido "una conversación" con X y que las negociaciones tendrían
        // al frente a Y': who is named in a second reported clause is not on the call)
        if let next = (group.end..<tokens.count).first(where: { grammar.clauseCoordinators.match(tokens, at: $0) != nil }) {
            own.removeAll { $0.start > next }
        }
        // "Misri said the DGMO of Pakistan called his Indian counterpart": the speaker is not a
        // party when two parties follow the reporting verb (but "X said he spoke with Y", and "X
        // informó que Y le llamó": the object pronoun is the speaker)
        if !pronounObject, let said = (0..<group.start).last(where: { grammar.speech.match(tokens, at: $0) != nil }),
           own.filter({ $0.start > said }).count >= 2,
           !tokens[(said + 1)...].prefix(3).contains(where: { resources.indexes.isSubjectPronoun($0) }) {
            own.removeAll { $0.end <= said }
        }
        // "According to a statement from spokesperson X, the President spoke to Y": the source
        // named after an attribution head, before its comma, is not on the call
        let sources = own.filter { m in
            (m.start < group.start || m.start >= group.end)
                && (max(0, m.start - 8)..<m.start).last(where: { grammar.attribution.match(tokens, at: $0) != nil }).map { a in
                    !(a..<m.start).contains { TriggerFinder.commas.contains(tokens[$0].folded) }
                } == true
        }.map(\.start)
        if !sources.isEmpty, own.count - sources.count >= 2 { own.removeAll { sources.contains($0.start) } }
        // "..., State Department spokesman Matthew Miller said" / "..., said spokesman X": who
        // reports the call after it, in a closing attribution, is not on it
        let attributions = own.filter { m in
            guard m.start > group.end, let comma = (group.end..<m.start).last(where: { tokens[$0].folded == "," }) else { return false }
            return (m.end < tokens.count && grammar.speech.match(tokens, at: m.end) != nil)
                || (comma + 1..<m.start).contains { grammar.speech.match(tokens, at: $0) != nil }
        }.map(\.start)
        // (only when the call has its own subject: in '"I spoke with X," Biden said' the speaker is on it)
        if !attributions.isEmpty, own.count - attributions.count >= 2, own.contains(where: { $0.end <= group.start }) {
            own.removeAll { attributions.contains($0.start) }
        }
        // "Lors de cet entretien, les deux présidents sont convenus que le ministre X se rendrait
        // à Alger": who is named in what was agreed or said is not on the call (but "a call that
        // X joined", "a call in which X took part" qualify the call itself: right after the trigger)
        // ("..., según un mensaje publicado por el propio ministro": the source is not a party)
        var limit = tokens.count
        // ("to discuss the results of his meeting with X", "sobre la visita de X": the subject matter)
        let inMention = { (k: Int) in own.contains { $0.start < k && k < $0.end } }
        // (a place set off by commas before the called party opens no other clause: "ont téléphoné
        // ensemble, depuis le palais Mariinsky, au président X")
        // (its opening word: the one right after the comma)
        let inPlace = { (k: Int) in k > 0 && TriggerFinder.placeBeforeObject(at: k - 1, tokens: tokens) != nil }
        // ("una llamada conjunta en la que también participó X": a relative clause on the call)
        let markers = grammar.relativeMarkers   // (a lazy closure would copy the whole grammar)
        let relative = (group.end..<min(tokens.count, group.end + 3)).lazy.compactMap { markers.match(tokens, at: $0) }.first
        // (from the end of an object right after the call's words: "called Macron about ...")
        let objectEnd = own.first { $0.start == group.end }?.end
        // ("with X, who leads Congo, and with Y": a relative clause on one party, closed by a comma
        // and "and with", does not end the call's clause)
        let onParty = { (k: Int) in
            k > 0 && TriggerFinder.commas.contains(tokens[k - 1].folded) && own.contains { $0.end == k - 1 }
                && grammar.relativePronouns.contains(tokens[k].folded)
                && (k + 1..<max(k + 1, tokens.count - 2)).contains { j in
                    TriggerFinder.commas.contains(tokens[j].folded) && MentionFinder.andWords.contains(tokens[j + 1].folded)
                        && grammar.with.contains(tokens[j + 2].folded)
                }
        }
        // ("... con sus homólogos A y B, para explicarles el plan que propuso Z": what the
        // call was for, an infinitive after a purpose word once two parties are named, names no
        // party; in the languages with infinitive endings, not English "to", which titles take:
        // "Special Envoy to the Middle East")
        let leads = grammar.purposeLeads
        let opensPurpose = { (k: Int) in
            guard !grammar.exhortation.isEmpty, let lead = leads.match(tokens, at: k), lead.end < tokens.count, !inMention(k),
                  own.filter({ $0.start < k }).count >= 2 else { return false }
            // (a clitic may come first: "pour leur présenter")
            if TriggerFinder.isInfinitive(tokens[lead.end]) { return true }
            return lead.end + 1 < tokens.count && tokens[lead.end].isWord && tokens[lead.end].folded.count <= Self.cliticLetters
                && TriggerFinder.isInfinitive(tokens[lead.end + 1])
        }
        if let brk = (min(max(objectEnd ?? group.end + 2, relative?.end ?? 0), tokens.count)..<tokens.count).first(where: {
            (grammar.clauseBreaks.contains(tokens[$0].folded) && !joins(at: $0, tokens: tokens, grammar: grammar) && !inPlace($0) && !onParty($0))
                || grammar.sourceCues.match(tokens, at: $0) != nil
                || grammar.initiative.match(tokens, at: $0) != nil   // "a iniciativa del ministro jordano"
                || (grammar.contentMarkers.match(tokens, at: $0) != nil && !inMention($0))
                || opensPurpose($0)
        }) {
            let before = own.filter { $0.start < brk }
            if before.count >= 2 || resources.indexes.pairPhrases.occurs(in: Array(tokens[..<brk])) {
                own = before
                limit = brk
            }
        }
        // "a phone call regarding X's visit": the subject matter names no party even when the call's
        // other party goes unnamed (but "pour évoquer avec X ...": a with-word names one)
        if limit == tokens.count, let subject = (group.end..<tokens.count).first(where: {
            grammar.contentMarkers.match(tokens, at: $0) != nil && grammar.relativeMarkers.match(tokens, at: $0) == nil && !inMention($0)
        }) {
            // (nor the speaker after the closing quote when the call lacks a party: '"I spoke with X
            // about Y," Macron said', not '"The President spoke with X about Y," his spokesman said';
            // without quotes, when the call is told in the first person: "Hablé con X sobre Y, escribió Z")
            let lacksParty = own.filter { $0.start < subject }.count < 2
            let firstPerson = Self.toldInFirstPerson(before: group.end, within: group.end, tokens: tokens, grammar: grammar)
            let speaker = { (m: Mention) in
                lacksParty && (firstPerson || tokens[subject..<m.start].contains { $0.folded == "\"" })
                    && ((m.end < tokens.count && grammar.speech.match(tokens, at: m.end) != nil)
                        || (max(subject, m.start - 2)..<m.start).contains { grammar.speech.match(tokens, at: $0) != nil })
            }
            own = own.filter { m in
                m.start < subject || (max(subject, m.start - 3)..<m.start).contains { grammar.with.contains(tokens[$0].folded) } || speaker(m)
            }
            limit = subject
        }
        // "X se reunió con Y y luego habló por teléfono con Z": who is named in a meeting's clause
        // joined to the call's is not on the call
        if let meeting = (0..<group.start).last(where: { grammar.nonCall.match(tokens, at: $0) != nil }),
           own.contains(where: { $0.end <= meeting }),
           let joint = (meeting..<group.start).last(where: { k in grammar.coordinators.match(tokens, at: k).map { $0.end <= group.start } ?? false }) {
            own.removeAll { $0.start > meeting && $0.start < joint }
        }
        // ("X telephoned the families, and later met Y": who is named in a meeting's clause joined
        // after the call's is not on it either)
        if let joint = (group.end..<tokens.count).first(where: { k in grammar.coordinators.match(tokens, at: k) != nil }),
           let meeting = (joint..<min(tokens.count, joint + Self.joinedMeetingReach)).first(where: { grammar.nonCall.match(tokens, at: $0) != nil }),
           !own.contains(where: { $0.start > group.end && $0.start < joint }) || own.filter({ $0.start < joint }).count >= 2 {
            own.removeAll { $0.start > meeting }
        }
        // "After meeting X in Amman, Blinken called Y": who is named in a fronted other event is
        // not on the call, when the call's own clause names its parties
        if let fronted = elsewhere.first(where: { $0.lowerBound == 0 }),
           own.filter({ $0.start >= fronted.upperBound }).count >= 2 || own.contains(where: { $0.start >= fronted.upperBound && $0.start < group.start }) {
            own.removeAll { $0.start < fronted.upperBound }
        }
        // "X telefoneó a Y para felicitarlo por la declaración firmada con Z bajo los auspicios de
        // W": who is named after another event's participle is that event's, once the call has
        // its two parties before it
        if let participle = (group.end..<max(group.end, limit)).first(where: { k in grammar.otherEventParticiples.match(tokens, at: k) != nil && !inMention(k) }),
           own.filter({ $0.start < participle }).count >= 2 {
            own.removeAll { $0.start > participle }
        }
        // "The call came a day after Lula criticised Maduro": who is named in the other event
        // is not on the call (but "calls with leaders since Sunday, including X": a date, no event)
        let dateWords = resources.indexes.dateWords[language]
        if let other = (group.end..<max(group.end, limit)).first(where: { k in
            guard let m = grammar.otherEventDate.match(tokens, at: k), !inMention(k), !inPlace(k), dateWords?.covers(k, in: tokens) != true else { return false }
            // (nor "Leur dernier échange avant celui-ci, entre X et Y": a with-word names the call's parties)
            guard m.end < tokens.count, dateWords?.match(tokens, at: m.end) == nil, Int(tokens[m.end].folded) == nil else { return false }
            let next = max(m.end, own.first { $0.start >= m.end }?.start ?? limit)
            return !(m.end..<next).contains { grammar.with.contains(tokens[$0].folded) }
        }) {
            own.removeAll { $0.start >= other }
            limit = other
        }
        if addsSubject, own.count < 2, let subject = mentions.first, subject.start < limit, !own.contains(where: { $0.start == subject.start }),
           !possessors.contains(subject.start) {
            own.insert(subject, at: 0)
        }
        // ("Trump announced ..., saying he had just held a call with A and B": a subject pronoun
        // shortly before the call's words, every party after its with-word, is the sentence's
        // subject, on the call with them)
        if addsSubject, own.count >= 2, let subject = mentions.first, subject.isNamed, subject.end <= group.start,
           !own.contains(where: { $0.start < group.start }), !possessors.contains(subject.start),
           let with = (group.end..<min(tokens.count, group.end + 2)).first(where: { grammar.with.contains(tokens[$0].folded) }),
           own.allSatisfy({ $0.start > with }),
           (max(subject.end, group.start - Self.pronounSubjectReach)..<group.start).contains(where: { resources.indexes.isSubjectPronoun(tokens[$0]) }) {
            own.insert(subject, at: 0)
        }
        return own
    }

    /// The state of a capital or seat of power ("l'Élysée", "the Kremlin", "Washington") that a
    /// reporting word within three words attributes the sentence to ("a annoncé l'Élysée", "the
    /// Kremlin said"); nil when none or several states.
    func attributedSeat(in tokens: [Token], grammar: LexiconIndexes.Grammar) -> String? {
        let seats = resources.knowledge.capitals.matches(in: tokens).filter { c in
            (max(0, c.start - 3)..<min(tokens.count, c.end + 3)).contains { grammar.speech.match(tokens, at: $0) != nil }
        }
        let codes = Set(seats.flatMap(\.values))
        return codes.count == 1 ? codes.first : nil
    }

    /// The state whose seat of power or capital the story's first `headerLines` lines without a
    /// call word name, when they name exactly one state.
    static func headerSeat(of story: Story, hasCallWord: [Bool], capitals: PhraseMatcher<String>) -> String? {
        let header = story.sentences.indices.prefix(Self.headerLines).filter { !hasCallWord[$0] && story.sentences[$0].tokens.count <= Self.headerLineWords }
        let codes = Set(header.flatMap { capitals.matches(in: story.sentences[$0].tokens).flatMap(\.values) })
        return codes.count == 1 ? codes.first : nil
    }
    /// How many lines from a story's start may be a release's header.
    static let headerLines = 4
    /// Words a header line holds at most.
    static let headerLineWords = 14

    /// The mention follows the agent word of a passive whose verb is no call word ("was criticised
    /// by", "a été salué par", "fue criticada por"): an auxiliary of the passive stands within
    /// six words before the agent word, and no trigger from it to the agent word ("was called on
    /// Monday by", "was phoned by").
    func isAgentOfOtherVerb(_ m: Mention, hits: [TriggerHit], tokens: [Token], grammar: LexiconIndexes.Grammar) -> Bool {
        let agent = m.start - 1
        guard agent >= 2, grammar.agentWords.contains(tokens[agent].folded), tokens[agent - 1].isWord,
              let auxiliary = (max(0, agent - 6)..<agent).last(where: { grammar.passiveAuxiliaries.contains(tokens[$0].folded) })
        else { return false }
        // (a trigger anywhere from the auxiliary to the agent word: "was called on Monday by",
        // the passive trigger "was called by" itself)
        return !hits.contains { $0.start <= agent && $0.end > auxiliary }
    }

    /// A named person whose possessed noun, right before the call's words, is the call's subject
    /// ("Macron's advisers spoke with ..."): the possessor is no party.
    private func ownsCallsSubject(_ m: Mention, group: Group, tokens: [Token]) -> Bool {
        let noun = m.end + 1
        return m.isNamed && m.end < tokens.count && tokens[m.end].folded == "s" && noun < group.start && group.start - noun <= 2
            && tokens[noun..<group.start].allSatisfy { $0.isWord && !$0.isCapitalized }
    }

    /// A named person written in the possessive ("Zelensky's") that does not own the call itself.
    private func isPossessive(_ m: Mention, tokens: [Token], hits: [TriggerHit]) -> Bool {
        m.isNamed && m.end + 1 < tokens.count && tokens[m.end].folded == "s"
            && !hits.contains { $0.start == m.end + 1 || $0.start == m.end + 2 }
    }

    private func distance(_ m: Mention, _ g: Group) -> Int {
        m.start >= g.end ? m.start - g.end : m.end <= g.start ? g.start - m.end : 0
    }

    /// How recently (in parties named) both parties of the story's last call must have been
    /// named for "the two leaders" to be them.
    static let pairRecency = 4

    /// The most recent parties of the story down to both of `call`'s, when both are among the last
    /// `pairRecency` or everyone named after them is of one of their two countries.
    static func pairSpan(of call: CallEvent, in memory: [ResolvedParty]) -> ArraySlice<ResolvedParty>? {
        let at = call.participants.map { p in memory.firstIndex { $0.participant.identityKey == p.identityKey } }
        guard at.allSatisfy({ $0 != nil }), let deepest = at.compactMap({ $0 }).max() else { return nil }
        let countries = Set(call.participants.compactMap(\.country))
        guard deepest < pairRecency || (countries.count == 2
            && memory[..<deepest].allSatisfy({ $0.participant.country.map(countries.contains) ?? false })) else { return nil }
        return memory[...deepest]
    }

    /// The party joined by "and" to the first a sentence names ("Milei y Arce"): the next named
    /// party, when its mention starts right after an "and" word that ends the first's.
    static func pairPartner(of first: ResolvedParty, named: [ResolvedParty], mentions: [Mention], tokens: [Token]) -> ResolvedParty? {
        guard named.count >= 2, let m = mentions.first(where: { $0.start == first.position }), m.end + 1 < tokens.count,
              tokens[m.end].folded != ",", MentionFinder.andWords.contains(tokens[m.end].folded),
              named[1].position == m.end + 1, named[1].participant.identityKey != first.participant.identityKey else { return nil }
        return named[1]
    }

    /// Words before a party within which a with- or from-word attaches it to a call reference
    /// ("during the call with the Qatari minister").
    static let withAttachReach = 2

    /// A sentence that ends with a question mark (Latin or Arabic), closing quotes aside.
    static func isQuestion(_ text: String) -> Bool {
        let end = text.reversed().first { !$0.isWhitespace && !"\"”»'’)".contains($0) }
        return end == "?" || end == "؟"
    }

    private func unique(_ parties: [ResolvedParty]) -> [ResolvedParty] {
        var seen = Set<String>()
        return parties.filter { seen.insert($0.participant.identityKey).inserted }
    }
}
