/// Phrase matchers built once from the lexicons.
struct LexiconIndexes: Sendable {
    /// Per-language grammar cue matchers of the trigger lexicon.
    struct Grammar: Sendable {
        var triggers = PhraseMatcher<TriggerLexicon.Trigger>()
        var from: Set<String> = []
        var with: Set<String> = []
        var notAfterWeak: Set<String> = []
        var clauseBreaks: Set<String> = []
        var joiningPhrases = PhraseMatcher<Bool>()
        var undisclosedDetail = PhraseMatcher<Bool>()
        var idioms = PhraseMatcher<Bool>()
        var firstPerson = PhraseMatcher<Bool>()
        var sameDayLinks = PhraseMatcher<Bool>()
        var earlierPeriods = PhraseMatcher<Bool>()
        var eventEndLinks = PhraseMatcher<Bool>()
        var comingCues = PhraseMatcher<Bool>()
        var comingParticiples = PhraseMatcher<Bool>()
        var purposeLeads = PhraseMatcher<Bool>()
        var ordinalReferences = PhraseMatcher<Bool>()
        var recurrence = PhraseMatcher<Bool>()
        var pairPronouns = PhraseMatcher<Bool>()
        var callPairPronouns = PhraseMatcher<Bool>()
        var supersededReports = PhraseMatcher<Bool>()
        var again = PhraseMatcher<Bool>()
        var coordinators = PhraseMatcher<Bool>()
        var separate = PhraseMatcher<Bool>()
        var joint = PhraseMatcher<Bool>()
        var bilateral = PhraseMatcher<Bool>()
        var backReference = PhraseMatcher<Bool>()
        var otherEventDate = PhraseMatcher<Bool>()
        var negation = PhraseMatcher<Bool>()
        var denial = PhraseMatcher<Bool>()
        var absence = PhraseMatcher<Bool>()
        var during = PhraseMatcher<Bool>()
        var future = PhraseMatcher<Bool>()
        var nonCall = PhraseMatcher<Bool>()
        var inPerson = PhraseMatcher<Bool>()
        var mediaCall = PhraseMatcher<Bool>()
        var speech = PhraseMatcher<Bool>()
        var futureEndings: [String] = []
        var initiative = PhraseMatcher<Bool>()
        var initiativeStatements = PhraseMatcher<Bool>()
        var initiatedBy = PhraseMatcher<Bool>()
        var gappedInitiatedBy = PhraseMatcher<Bool>()
        var placingVerbs = PhraseMatcher<Bool>()
        var placedBy = PhraseMatcher<Bool>()
        var arrivalVerbs = PhraseMatcher<Bool>()
        var heldVerbs = PhraseMatcher<Bool>()
        var clauseCoordinators = PhraseMatcher<Bool>()
        var recallMarkers = PhraseMatcher<Bool>()
        var recallVerbs = PhraseMatcher<Bool>()
        var comparatives: Set<String> = []
        var returnedCall = PhraseMatcher<Bool>()
        var convening = PhraseMatcher<Bool>()
        var negatedFrames = PhraseMatcher<Bool>()
        var durationUnits: Set<String> = []
        var appointments = PhraseMatcher<Bool>()
        var exchangeNouns = PhraseMatcher<Bool>()
        var meetingReferences = PhraseMatcher<Bool>()
        var bothCalls = PhraseMatcher<Bool>()
        var callOrdinals = PhraseMatcher<Int>()
        var callListNouns = PhraseMatcher<Bool>()
        var appealFollowers: Set<String> = []
        var joinedCall = PhraseMatcher<Bool>()
        var joinedPronoun = PhraseMatcher<Bool>()
        var objectRelatives = PhraseMatcher<Bool>()
        var callAdverbials = PhraseMatcher<Bool>()
        var calleeClitics: [String] = []
        var calleeWords: [LexiconWord] = []
        var withPronouns: [LexiconWord] = []
        var latter = PhraseMatcher<Bool>()
        var respectively = PhraseMatcher<Bool>()
        var contentMarkers = PhraseMatcher<Bool>()
        var relativeMarkers = PhraseMatcher<Bool>()
        var sourceCues = PhraseMatcher<Bool>()
        var continuation = PhraseMatcher<Bool>()
        var callAnaphors = PhraseMatcher<Bool>()
        var modifierHeads = PhraseMatcher<Bool>()
        var modifierHeadsWithOf = PhraseMatcher<Bool>()
        var modifierTails = PhraseMatcher<Bool>()
        var pastMarkers = PhraseMatcher<Bool>()
        var previousCall = PhraseMatcher<Bool>()
        var previousOne = PhraseMatcher<Bool>()
        var existentialNegation = PhraseMatcher<Bool>()
        var arrangement = PhraseMatcher<Bool>()
        var attribution = PhraseMatcher<Bool>()
        var otherEventParticiples = PhraseMatcher<Bool>()
        var callReference = PhraseMatcher<Bool>()
        var objectPronouns: Set<String> = []
        var firstPersonObjects: Set<String> = []
        var pronounObjectFollowers: Set<String> = []
        var unrealized = PhraseMatcher<Bool>()
        var unrealizedAfter = PhraseMatcher<Bool>()
        var headlineInfinitive: Set<String> = []
        var exhortation: Set<String> = []
        var callPurposes = PhraseMatcher<Bool>()
        var relativePronouns: Set<String> = []
        var complementizers: Set<String> = []
        var passiveAuxiliaries: Set<String> = []
        var agentWords: Set<String> = []
        var perfectAuxiliaries: Set<String> = []
        var pluperfectAuxiliaries: Set<String> = []
        var recentPast: Set<String> = []
        var ceremonies = PhraseMatcher<Bool>()
        var attendanceVerbs = PhraseMatcher<Bool>()
        var gatherings = PhraseMatcher<Bool>()
        var possessiveInitiative: Set<String> = []
        var definiteDeterminers: Set<String> = []
        var definitePrefixes: [String] = []
        var deniedMatters: Set<String> = []
        var callPronouns = PhraseMatcher<Bool>()
        var calendarEquivalents = PhraseMatcher<Bool>()

        /// A denial cue in the sentence that denies a call: not one whose object, within
        /// `deniedMatterReach` words, is another matter ("X, who denied any involvement").
        func deniesCall(_ tokens: [Token]) -> Bool {
            denial.matches(in: tokens).contains { m in
                !(m.end..<min(tokens.count, m.end + Self.deniedMatterReach)).contains { deniedMatters.contains(tokens[$0].folded) }
            }
        }
        static let deniedMatterReach = 3
    }

    /// A title phrase: index into `TitleLexicon.titles`, and whether it names several people.
    struct TitleHit: Sendable {
        let title: Int
        let plural: Bool
    }

    /// A date word.
    enum DateWord: Sendable {
        case month(Int, abbreviated: Bool)
        case hijriMonth(Int)
        case weekday(Int)
        case relative(Int)
        case relativeToPrevious(Int)
        case sameDay
        case thatDay
        case relativeMonth(Int)
        case currentMonth
        case dayOrdinal(Int)
        case dayLead
        case vague
        case week(Int)

        /// A period that places without dating ("recently", "last week").
        var isPeriod: Bool {
            switch self {
            case .vague, .week: true
            default: false
            }
        }
    }

    let grammar: [String: Grammar]
    let titles: PhraseMatcher<TitleHit>
    let counterparts: PhraseMatcher<Bool>
    let honorifics: Set<String>
    /// Honorifics only when written in lower case (`TitleLexicon.lowerCaseHonorifics`).
    let lowerCaseHonorifics: Set<String>
    let titleQualifiers: PhraseMatcher<Bool>
    let titlePremodifiers: PhraseMatcher<Bool>
    let newWords: PhraseMatcher<Bool>
    let elidedTitles: PhraseMatcher<Bool>
    /// `TitleLexicon.deceasedMarkers`: a person named right after one is no party.
    let deceasedMarkers: PhraseMatcher<Bool>
    /// Subject pronouns by folded form.
    let subjectPronouns: [String: LexiconWord]

    /// Gendered subject pronouns by folded form.
    let pronounGenders: [String: [(word: LexiconWord, gender: String)]]

    /// The gender a subject pronoun speaks of ("she": "f"), nil for another word.
    func pronounGender(_ token: Token) -> String? {
        pronounGenders[token.folded]?.first { $0.word.matches(token) }?.gender
    }

    /// A subject pronoun ("he", "il", "él", "هو"); "El" without its accent is the article.
    func isSubjectPronoun(_ token: Token) -> Bool {
        subjectPronouns[token.folded]?.matches(token) == true
    }

    /// A subject pronoun of no gender of its own: an honorific standing for a person ("سموه",
    /// His Highness; "majesty").
    func isHonorificPronoun(_ token: Token) -> Bool {
        isSubjectPronoun(token) && pronounGender(token) == nil
    }

    /// An honorific ("Mr", "Sheikh", "don"); "Don" capitalised is a given name ("Don Farrell").
    func isHonorific(_ token: Token) -> Bool {
        honorifics.contains(token.folded) && !(token.isCapitalized && lowerCaseHonorifics.contains(token.folded))
    }
    let formerWords: Set<String>
    /// Folded last words of `indefiniteArticles` ("a", "un", "autre").
    let indefiniteArticles: Set<String>
    /// Folded `deputyWords` ("deputy", "vice", "نائب").
    let deputyWords: Set<String>
    /// Folded `electWords` ("elect", "electo", "المنتخب").
    let electWords: Set<String>
    let pairPhrases: PhraseMatcher<Bool>
    /// `ministerPairPhrases` and the `ministerKinds` they name.
    let ministerPairPhrases: PhraseMatcher<Bool>
    /// `groupPhrases`, each carrying its count.
    let groupPhrases: PhraseMatcher<Int>
    let ministerKinds: Set<String>
    /// `manyHolderKinds` of the title lexicon.
    let manyHolderKinds: Set<String>
    let particles: Set<String>
    /// Folded `appositionWords` of the title lexicon.
    let appositionWords: Set<String>
    /// Folded `givenNameHonorifics` of the title lexicon.
    let givenNameHonorifics: Set<String>
    /// `qualifierPrepositions` of the title lexicon.
    let qualifierPrepositions: PhraseMatcher<Bool>
    /// `portfolioLinks` of the title lexicon.
    let portfolioLinks: PhraseMatcher<Bool>
    /// `portfolioWords` of the title lexicon.
    let portfolioWords: PhraseMatcher<Bool>
    /// Folded `nounDeterminers` of the title lexicon.
    let nounDeterminers: Set<String>
    /// Folded `patronymParticles` of the title lexicon.
    let patronymParticles: Set<String>
    let dateWords: [String: PhraseMatcher<DateWord>]
    /// One-word month and weekday names of every language, folded: capitalised words that are
    /// no surname ("Friday", "Mayo").
    let calendarNames: Set<String>
    /// Folded stopwords of every language (`StopwordLexicon`): no word of a name.
    let functionWords: Set<String>
    /// The with- and from-words of every language's grammar ("with", "avec", "من").
    let linkWords: Set<String>
    let ordinalSuffixes: [String]
    /// Folded `periodStarts` words of every language ("since", "depuis", "desde", "منذ").
    let periodStarts: Set<String>
    /// `periodEnds` phrases of every language ("until", "jusqu'au", "hasta el", "حتى").
    let periodEnds: PhraseMatcher<Bool>
    /// Folded `nextWords` of every language ("next", "prochain", "المقبل").
    let nextWords: Set<String>
    /// Folded `recurringWords` of every language ("every", "chaque", "cada", "كل").
    let recurringWords: Set<String>
    /// Folded `bareDayFollowers` and `ordinalJoiners` of every language.
    let bareDayFollowers: Set<String>
    let ordinalJoiners: Set<String>
    /// Folded `rangeJoiners` words of every language ("to", "au", "al").
    let rangeJoiners: Set<String>
    /// Folded `eventOf` words of every language ("of", "du", "del").
    let eventOf: Set<String>
    /// `eventOfCall` phrases of every language ("cet entretien", "that call").
    let eventOfCall: PhraseMatcher<Bool>

    /// The story's call named from `k`, an `eventOf` word before it or not ("[la veille] de cet
    /// entretien", "[the day before] that call").
    func namesStoryCall(at k: Int, in tokens: [Token]) -> Bool {
        guard k < tokens.count else { return false }
        return eventOfCall.match(tokens, at: eventOf.contains(tokens[k].folded) ? k + 1 : k) != nil
    }
    /// Folded `monthLeads` words of every language ("in", "début", "mes", "مطلع").
    let monthLeads: Set<String>
    /// `pastMonths` phrases of every language: before a month, after a month -> years back.
    let pastMonthBefore: PhraseMatcher<Int>
    let pastMonthAfter: PhraseMatcher<Int>
    let topicCues: PhraseMatcher<Int>
    let topicGroups: [Int: [PhraseMatcher<Bool>]]
    /// The topic context's `unsaid` phrases.
    let topicUnsaid: PhraseMatcher<Bool>
    /// Value of a topic's `notCues` phrase in `topicCues`: it hides the cue inside it.
    static let notACue = -1

    /// The folded forms of a lexicon's word list.
    static func folded(_ words: [String]?) -> Set<String> { Set((words ?? []).map(TextFolding.fold)) }
    /// The folded forms of a per-language word list, every language together.
    static func folded(_ words: [String: [String]]?) -> Set<String> { Set((words ?? [:]).values.joined().map(TextFolding.fold)) }

    init(triggers: TriggerLexicon, titles: TitleLexicon, dates: DateLexicon, topics: TopicCatalogue, stopwords: StopwordLexicon? = nil) {
        functionWords = Self.folded(stopwords?.stopwords)
        var grammar: [String: Grammar] = [:]
        for (lang, l) in triggers.languages {
            var g = Grammar()
            for t in l.triggers { g.triggers.add(t.phrase, t) }
            g.triggers.skippedWords = Self.folded(l.insertedAdverbs)
            g.from = Set(l.from.map(TextFolding.fold))
            g.with = Set(l.with.map(TextFolding.fold))
            g.notAfterWeak = Self.folded(l.notAfterWeak)
            g.clauseBreaks = Self.folded(l.clauseBreaks)
            g.joiningPhrases = PhraseMatcher(phrases: l.joiningPhrases)
            g.undisclosedDetail = PhraseMatcher(phrases: l.undisclosedDetail)
            g.idioms = PhraseMatcher(phrases: l.idioms)
            g.firstPerson = PhraseMatcher(phrases: l.firstPerson)
            g.sameDayLinks = PhraseMatcher(phrases: l.sameDayLinks)
            g.earlierPeriods = PhraseMatcher(phrases: dates.earlierPeriods?[lang])
            g.eventEndLinks = PhraseMatcher(phrases: l.eventEndLinks)
            g.comingCues = PhraseMatcher(phrases: l.comingCues)
            g.comingParticiples = PhraseMatcher(phrases: l.comingParticiples)
            g.purposeLeads = PhraseMatcher(phrases: l.purposeLeads)
            g.ordinalReferences = PhraseMatcher(phrases: l.ordinalReferences)
            g.recurrence = PhraseMatcher(phrases: l.recurrence)
            g.pairPronouns = PhraseMatcher(phrases: l.pairPronouns)
            g.callPairPronouns = PhraseMatcher(phrases: l.callPairPronouns)
            g.supersededReports = PhraseMatcher(phrases: l.supersededReports)
            g.again = PhraseMatcher(phrases: l.again)
            g.coordinators = PhraseMatcher(phrases: l.coordinators)
            g.separate = PhraseMatcher(phrases: l.separate)
            g.joint = PhraseMatcher(phrases: l.joint)
            g.bilateral = PhraseMatcher(phrases: l.bilateral)
            g.backReference = PhraseMatcher(phrases: l.backReference)
            g.otherEventDate = PhraseMatcher(phrases: l.otherEventDate)
            for phrase in l.otherEventDateExceptions ?? [] {
                let words = TextFolding.words(phrase)
                guard words.count >= 2 else { continue }
                g.otherEventDate.notFollowedBy[words[words.count - 2], default: []].insert(words[words.count - 1])
            }
            g.negation = PhraseMatcher(phrases: l.negation)
            g.denial = PhraseMatcher(phrases: l.denial)
            g.absence = PhraseMatcher(phrases: l.absence)
            g.deniedMatters = Self.folded(l.deniedMatters)
            g.callPronouns = PhraseMatcher(phrases: l.callPronouns)
            g.calendarEquivalents = PhraseMatcher(phrases: l.calendarEquivalents)
            g.during = PhraseMatcher(phrases: l.during)
            g.future = PhraseMatcher(phrases: l.future)
            g.nonCall = PhraseMatcher(phrases: l.nonCall)
            g.inPerson = PhraseMatcher(phrases: l.inPerson)
            g.mediaCall = PhraseMatcher(phrases: l.mediaCall)
            g.speech = PhraseMatcher(phrases: l.speech)
            g.futureEndings = l.futureEndings ?? []
            g.initiative = PhraseMatcher(phrases: l.initiative)
            g.initiativeStatements = PhraseMatcher(phrases: l.initiativeStatements)
            g.initiatedBy = PhraseMatcher(phrases: l.initiatedBy)
            g.gappedInitiatedBy = PhraseMatcher(phrases: l.gappedInitiatedBy)
            g.placingVerbs = PhraseMatcher(phrases: l.placingVerbs)
            g.placedBy = PhraseMatcher(phrases: l.placedBy)
            g.arrivalVerbs = PhraseMatcher(phrases: l.arrivalVerbs)
            g.heldVerbs = PhraseMatcher(phrases: l.heldVerbs)
            g.clauseCoordinators = PhraseMatcher(phrases: l.clauseCoordinators)
            g.recallMarkers = PhraseMatcher(phrases: l.recallMarkers)
            g.recallVerbs = PhraseMatcher(phrases: l.recallVerbs)
            g.comparatives = Self.folded(l.comparatives)
            g.returnedCall = PhraseMatcher(phrases: l.returnedCall)
            g.convening = PhraseMatcher(phrases: l.convening)
            g.negatedFrames = PhraseMatcher(phrases: l.negatedFrames)
            g.durationUnits = Self.folded(l.durationUnits)
            g.appointments = PhraseMatcher(phrases: l.appointments)
            g.exchangeNouns = PhraseMatcher(phrases: l.exchangeNouns)
            g.meetingReferences = PhraseMatcher(phrases: l.meetingReferences)
            g.bothCalls = PhraseMatcher(phrases: l.bothCalls)
            for (word, n) in l.callOrdinals ?? [:] { g.callOrdinals.add(word, n) }
            g.callListNouns = PhraseMatcher(phrases: l.callListNouns)
            g.appealFollowers = Self.folded(l.appealFollowers)
            g.joinedCall = PhraseMatcher(phrases: l.joinedCall)
            g.joinedPronoun = PhraseMatcher(phrases: l.joinedPronoun)
            g.objectRelatives = PhraseMatcher(phrases: l.objectRelatives)
            g.callAdverbials = PhraseMatcher(phrases: l.callAdverbials)
            g.calleeClitics = (l.calleeClitics ?? []).map(TextFolding.fold)
            g.calleeWords = l.calleeWords ?? []
            g.withPronouns = l.withPronouns ?? []
            g.latter = PhraseMatcher(phrases: l.latter)
            g.respectively = PhraseMatcher(phrases: l.respectively)
            g.contentMarkers = PhraseMatcher(phrases: l.contentMarkers)
            g.relativeMarkers = PhraseMatcher(phrases: l.relativeMarkers)
            g.sourceCues = PhraseMatcher(phrases: l.sourceCues)
            g.continuation = PhraseMatcher(phrases: l.continuation)
            g.callAnaphors = PhraseMatcher(phrases: l.callAnaphors)
            g.modifierHeads = PhraseMatcher(phrases: l.modifierHeads)
            g.modifierHeadsWithOf = PhraseMatcher(phrases: l.modifierHeadsWithOf)
            g.modifierTails = PhraseMatcher(phrases: l.modifierTails)
            g.pastMarkers = PhraseMatcher(phrases: l.pastMarkers)
            g.previousCall = PhraseMatcher(phrases: l.previousCall)
            g.previousOne = PhraseMatcher(phrases: l.previousOne)
            g.existentialNegation = PhraseMatcher(phrases: l.existentialNegation)
            g.arrangement = PhraseMatcher(phrases: l.arrangement)
            g.attribution = PhraseMatcher(phrases: l.attribution)
            g.otherEventParticiples = PhraseMatcher(phrases: l.otherEventParticiples)
            g.callReference = PhraseMatcher(phrases: l.callReference)
            g.objectPronouns = Self.folded(l.objectPronouns)
            g.firstPersonObjects = Self.folded(l.firstPersonObjects)
            g.pronounObjectFollowers = Self.folded(l.pronounObjectFollowers)
            g.unrealized = PhraseMatcher(phrases: l.unrealized)
            g.unrealizedAfter = PhraseMatcher(phrases: l.unrealizedAfter)
            g.headlineInfinitive = Self.folded(l.headlineInfinitive)
            g.exhortation = Self.folded(l.exhortation)
            g.callPurposes = PhraseMatcher(phrases: l.callPurposes)
            g.relativePronouns = Self.folded(l.relativePronouns)
            g.complementizers = Self.folded(l.complementizers)
            g.passiveAuxiliaries = Self.folded(l.passiveAuxiliaries)
            g.agentWords = Self.folded(l.agentWords)
            g.perfectAuxiliaries = Self.folded(l.perfectAuxiliaries)
            g.pluperfectAuxiliaries = Self.folded(l.pluperfectAuxiliaries)
            g.recentPast = Self.folded(l.recentPast)
            g.ceremonies = PhraseMatcher(phrases: l.ceremonies)
            g.attendanceVerbs = PhraseMatcher(phrases: l.remoteAttendance?.verbs)
            g.gatherings = PhraseMatcher(phrases: l.remoteAttendance?.gatherings)
            g.possessiveInitiative = Self.folded(l.possessiveInitiative)
            g.definiteDeterminers = Self.folded(l.definiteDeterminers)
            g.definitePrefixes = (l.definitePrefixes ?? []).map(TextFolding.fold)
            grammar[lang] = g
        }
        self.grammar = grammar
        linkWords = grammar.values.reduce(into: Set<String>()) { $0.formUnion($1.with); $0.formUnion($1.from) }
        var tm = PhraseMatcher<TitleHit>()
        for (i, t) in titles.titles.enumerated() {
            for (_, list) in t.phrases { for p in list { tm.add(p, TitleHit(title: i, plural: false)) } }
            for (_, list) in t.plurals ?? [:] { for p in list { tm.add(p, TitleHit(title: i, plural: true)) } }
        }
        self.titles = tm
        var cm = PhraseMatcher<Bool>()
        // value: the phrase names several counterparts
        for (_, list) in titles.counterparts { for p in list { cm.add(p, false) } }
        for (_, list) in titles.counterpartPlurals ?? [:] { for p in list { cm.add(p, true) } }
        var pronouns: [String: LexiconWord] = [:]
        for p in titles.subjectPronouns ?? [] {
            let word = LexiconWord(p)
            // (an accented spelling wins over a plain one that folds alike)
            if pronouns[word.folded]?.spelling == nil { pronouns[word.folded] = word }
        }
        subjectPronouns = pronouns
        var genders: [String: [(word: LexiconWord, gender: String)]] = [:]
        for (gender, list) in titles.pronounGenders ?? [:] {
            for p in list { let word = LexiconWord(p); genders[word.folded, default: []].append((word, gender)) }
        }
        pronounGenders = genders
        formerWords = Self.folded(titles.formerWords)
        indefiniteArticles = Set((titles.indefiniteArticles ?? []).compactMap { TextFolding.words($0).last })
        deputyWords = Self.folded(titles.deputyWords)
        electWords = Self.folded(titles.electWords)
        pairPhrases = PhraseMatcher(phrases: titles.pairPhrases)
        ministerPairPhrases = PhraseMatcher(phrases: titles.ministerPairPhrases)
        var gp = PhraseMatcher<Int>()
        for (phrase, n) in titles.groupPhrases ?? [:] { gp.add(phrase, n) }
        groupPhrases = gp
        ministerKinds = Set(titles.ministerKinds ?? [])
        manyHolderKinds = Set(titles.manyHolderKinds ?? [])
        counterparts = cm
        honorifics = Set(titles.honorifics.map(TextFolding.fold))
        lowerCaseHonorifics = Set((titles.lowerCaseHonorifics ?? []).map(TextFolding.fold))
        titleQualifiers = PhraseMatcher(phrases: titles.titleQualifiers)
        deceasedMarkers = PhraseMatcher(phrases: titles.deceasedMarkers)
        titlePremodifiers = PhraseMatcher(phrases: titles.titlePremodifiers)
        newWords = PhraseMatcher(phrases: titles.newWords)
        elidedTitles = PhraseMatcher(phrases: titles.elidedTitles)
        particles = Set(titles.nameParticles.map(TextFolding.fold))
        appositionWords = Set((titles.appositionWords ?? []).map(TextFolding.fold))
        givenNameHonorifics = Self.folded(titles.givenNameHonorifics)
        qualifierPrepositions = PhraseMatcher(phrases: titles.qualifierPrepositions)
        portfolioLinks = PhraseMatcher(phrases: titles.portfolioLinks)
        portfolioWords = PhraseMatcher(phrases: titles.portfolioWords)
        nounDeterminers = Self.folded(titles.nounDeterminers)
        patronymParticles = Self.folded(titles.patronymParticles)
        var dw: [String: PhraseMatcher<DateWord>] = [:]
        for lang in Set(dates.months.keys).union(dates.weekdays.keys).union(dates.relativeDays.keys) {
            var m = PhraseMatcher<DateWord>()
            for (i, forms) in (dates.months[lang] ?? []).enumerated() {
                // (a short later form is an abbreviation, "Jan.", but not an Arabic month's
                // Levantine name, "أيار", "آب")
                for (k, f) in forms.enumerated() { m.add(f, .month(i + 1, abbreviated: k > 0 && f.count <= 4 && lang != "ar")) }
            }
            for (i, forms) in (dates.hijriMonths?[lang] ?? []).enumerated() { for f in forms { m.add(f, .hijriMonth(i + 1)) } }
            for (i, forms) in (dates.weekdays[lang] ?? []).enumerated() { for f in forms { m.add(f, .weekday(i)) } }
            for (p, off) in dates.relativeDays[lang] ?? [:] { m.add(p, .relative(off)) }
            for p in dates.sameDay[lang] ?? [] { m.add(p, .sameDay) }
            for p in dates.thatDay?[lang] ?? [] { m.add(p, .thatDay) }
            for (p, off) in dates.relativeToPrevious?[lang] ?? [:] { m.add(p, .relativeToPrevious(off)) }
            for (p, off) in dates.relativeMonths?[lang] ?? [:] { m.add(p, .relativeMonth(off)) }
            for p in (dates.vaguePeriods?[lang] ?? []) + (dates.earlierPeriods?[lang] ?? []) { m.add(p, .vague) }
            for (p, off) in dates.weekPeriods?[lang] ?? [:] { m.add(p, .week(off)) }
            for p in dates.currentMonth?[lang] ?? [] { m.add(p, .currentMonth) }
            for (p, day) in dates.dayOrdinals?[lang] ?? [:] { m.add(p, .dayOrdinal(day)) }
            for p in dates.dayLeads?[lang] ?? [] { m.add(p, .dayLead) }
            dw[lang] = m
        }
        dateWords = dw
        let calendarForms = Array(dates.months.values.joined().joined()) + Array(dates.weekdays.values.joined().joined())
        calendarNames = Set(calendarForms.map(TextFolding.words).filter { $0.count == 1 }.joined())
        ordinalSuffixes = dates.ordinalSuffixes
        periodStarts = Set((dates.periodStarts ?? [:]).values.joined().flatMap { TextFolding.words($0).suffix(1) })
        periodEnds = PhraseMatcher(phrases: Array((dates.periodEnds ?? [:]).values.joined()))
        eventOf = Self.folded(dates.eventOf)
        eventOfCall = PhraseMatcher(phrases: (dates.eventOfCall ?? [:]).values.flatMap { $0 })
        nextWords = Self.folded(dates.nextWords)
        recurringWords = Self.folded(dates.recurringWords)
        monthLeads = Self.folded(dates.monthLeads)
        var before = PhraseMatcher<Int>(), after = PhraseMatcher<Int>()
        for phrases in (dates.pastMonths ?? [:]).values {
            for (p, years) in phrases.before ?? [:] { before.add(p, years) }
            for (p, years) in phrases.after ?? [:] { after.add(p, years) }
        }
        pastMonthBefore = before
        pastMonthAfter = after
        bareDayFollowers = Self.folded(dates.bareDayFollowers)
        ordinalJoiners = Self.folded(dates.ordinalJoiners)
        rangeJoiners = Self.folded(dates.rangeJoiners)
        var tc = PhraseMatcher<Int>()
        var groups: [Int: [PhraseMatcher<Bool>]] = [:]
        for (i, t) in topics.topics.enumerated() {
            for c in t.cues { tc.add(c, i) }
            for c in t.notCues ?? [] { tc.add(c, Self.notACue) }
            for group in t.together ?? [] {
                var g = PhraseMatcher<Bool>()
                for c in group { g.add(c, true) }
                groups[i, default: []].append(g)
            }
        }
        topicCues = tc
        topicGroups = groups
        topicUnsaid = PhraseMatcher(phrases: topics.context?.unsaid)
    }
}

extension PhraseMatcher where Value == LexiconIndexes.DateWord {
    /// A date word that starts before `k` runs over it: the word at `k` is inside the date
    /// ("après" in "cet après-midi", which is no "après" of another event).
    func covers(_ k: Int, in tokens: [Token]) -> Bool {
        (max(0, k - Self.innerReach)..<k).contains { j in match(tokens, at: j).map { $0.end > k } ?? false }
    }
    /// How many words of a date word may stand before one inside it.
    static var innerReach: Int { 3 }
}
