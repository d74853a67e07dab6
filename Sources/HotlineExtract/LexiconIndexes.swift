/// Phrase matchers built once from the lexicons.
struct LexiconIndexes: Sendable {
    /// Per-language grammar cue matchers of the trigger lexicon.
    struct Grammar: Sendable {
        var triggers = PhraseMatcher<TriggerLexicon.Trigger>()
        var from: Set<String> = []
        var with: Set<String> = []
        var notAfterWeak: Set<String> = []
        var clauseBreaks: Set<String> = []
        var separate = PhraseMatcher<Bool>()
        var joint = PhraseMatcher<Bool>()
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
        var initiatedBy = PhraseMatcher<Bool>()
        var placingVerbs = PhraseMatcher<Bool>()
        var calleeClitics: [String] = []
        var calleeWords: [String] = []
        var latter = PhraseMatcher<Bool>()
        var respectively = PhraseMatcher<Bool>()
        var contentMarkers = PhraseMatcher<Bool>()
        var relativeMarkers = PhraseMatcher<Bool>()
        var sourceCues = PhraseMatcher<Bool>()
        var continuation = PhraseMatcher<Bool>()
        var modifierHeads = PhraseMatcher<Bool>()
        var modifierHeadsWithOf = PhraseMatcher<Bool>()
        var modifierTails = PhraseMatcher<Bool>()
        var pastMarkers = PhraseMatcher<Bool>()
        var previousCall = PhraseMatcher<Bool>()
        var existentialNegation = PhraseMatcher<Bool>()
        var arrangement = PhraseMatcher<Bool>()
        var attribution = PhraseMatcher<Bool>()
        var otherEventParticiples = PhraseMatcher<Bool>()
        var callReference = PhraseMatcher<Bool>()
        var objectPronouns: Set<String> = []
        var pronounObjectFollowers: Set<String> = []
        var unrealized = PhraseMatcher<Bool>()
        var unrealizedAfter = PhraseMatcher<Bool>()
        var callPurposes = PhraseMatcher<Bool>()
        var relativePronouns: Set<String> = []
        var passiveAuxiliaries: Set<String> = []
        var agentWords: Set<String> = []
    }

    /// A title phrase: index into `TitleLexicon.titles`, and whether it names several people.
    struct TitleHit: Sendable {
        let title: Int
        let plural: Bool
    }

    /// A date word.
    enum DateWord: Sendable {
        case month(Int, abbreviated: Bool)
        case weekday(Int)
        case relative(Int)
        case relativeToPrevious(Int)
        case sameDay
        case relativeMonth(Int)
        case vague
    }

    let grammar: [String: Grammar]
    let titles: PhraseMatcher<TitleHit>
    let counterparts: PhraseMatcher<Bool>
    let honorifics: Set<String>
    let titleQualifiers: PhraseMatcher<Bool>
    let titlePremodifiers: PhraseMatcher<Bool>
    let elidedTitles: PhraseMatcher<Bool>
    let subjectPronouns: Set<String>
    /// Latin-script pronouns whose accent tells them from another word ("él", not the article "el"):
    /// folded form -> the spelling a token must have.
    let accentedPronouns: [String: String]

    /// A subject pronoun ("he", "il", "él", "هو"); "El" without its accent is the article.
    func isSubjectPronoun(_ token: Token) -> Bool {
        subjectPronouns.contains(token.folded) && accentedPronouns[token.folded].map { $0 == token.text.lowercased() } != false
    }
    let formerWords: Set<String>
    let pairPhrases: PhraseMatcher<Bool>
    let particles: Set<String>
    let dateWords: [String: PhraseMatcher<DateWord>]
    let ordinalSuffixes: [String]
    let topicCues: PhraseMatcher<Int>
    let topicGroups: [Int: [PhraseMatcher<Bool>]]
    /// Value of a topic's `notCues` phrase in `topicCues`: it hides the cue inside it.
    static let notACue = -1

    init(triggers: TriggerLexicon, titles: TitleLexicon, dates: DateLexicon, topics: TopicCatalogue) {
        var grammar: [String: Grammar] = [:]
        for (lang, l) in triggers.languages {
            var g = Grammar()
            for t in l.triggers { g.triggers.add(t.phrase, t) }
            g.from = Set(l.from.map(TextFolding.fold))
            g.with = Set(l.with.map(TextFolding.fold))
            g.notAfterWeak = Set((l.notAfterWeak ?? []).map(TextFolding.fold))
            g.clauseBreaks = Set((l.clauseBreaks ?? []).map(TextFolding.fold))
            for p in l.separate { g.separate.add(p, true) }
            for p in l.joint ?? [] { g.joint.add(p, true) }
            for p in l.backReference ?? [] { g.backReference.add(p, true) }
            for p in l.otherEventDate ?? [] { g.otherEventDate.add(p, true) }
            for p in l.negation { g.negation.add(p, true) }
            for p in l.denial ?? [] { g.denial.add(p, true) }
            for p in l.absence ?? [] { g.absence.add(p, true) }
            for p in l.during ?? [] { g.during.add(p, true) }
            for p in l.future { g.future.add(p, true) }
            for p in l.nonCall { g.nonCall.add(p, true) }
            for p in l.inPerson ?? [] { g.inPerson.add(p, true) }
            for p in l.mediaCall ?? [] { g.mediaCall.add(p, true) }
            for p in l.speech ?? [] { g.speech.add(p, true) }
            g.futureEndings = l.futureEndings ?? []
            for p in l.initiative ?? [] { g.initiative.add(p, true) }
            for p in l.initiatedBy ?? [] { g.initiatedBy.add(p, true) }
            for p in l.placingVerbs ?? [] { g.placingVerbs.add(p, true) }
            g.calleeClitics = (l.calleeClitics ?? []).map(TextFolding.fold)
            g.calleeWords = l.calleeWords ?? []
            for p in l.latter ?? [] { g.latter.add(p, true) }
            for p in l.respectively ?? [] { g.respectively.add(p, true) }
            for p in l.contentMarkers ?? [] { g.contentMarkers.add(p, true) }
            for p in l.relativeMarkers ?? [] { g.relativeMarkers.add(p, true) }
            for p in l.sourceCues ?? [] { g.sourceCues.add(p, true) }
            for p in l.continuation ?? [] { g.continuation.add(p, true) }
            for p in l.modifierHeads ?? [] { g.modifierHeads.add(p, true) }
            for p in l.modifierHeadsWithOf ?? [] { g.modifierHeadsWithOf.add(p, true) }
            for p in l.modifierTails ?? [] { g.modifierTails.add(p, true) }
            for p in l.pastMarkers ?? [] { g.pastMarkers.add(p, true) }
            for p in l.previousCall ?? [] { g.previousCall.add(p, true) }
            for p in l.existentialNegation ?? [] { g.existentialNegation.add(p, true) }
            for p in l.arrangement ?? [] { g.arrangement.add(p, true) }
            for p in l.attribution ?? [] { g.attribution.add(p, true) }
            for p in l.otherEventParticiples ?? [] { g.otherEventParticiples.add(p, true) }
            for p in l.callReference ?? [] { g.callReference.add(p, true) }
            g.objectPronouns = Set((l.objectPronouns ?? []).map(TextFolding.fold))
            g.pronounObjectFollowers = Set((l.pronounObjectFollowers ?? []).map(TextFolding.fold))
            for p in l.unrealized ?? [] { g.unrealized.add(p, true) }
            for p in l.unrealizedAfter ?? [] { g.unrealizedAfter.add(p, true) }
            for p in l.callPurposes ?? [] { g.callPurposes.add(p, true) }
            g.relativePronouns = Set((l.relativePronouns ?? []).map(TextFolding.fold))
            g.passiveAuxiliaries = Set((l.passiveAuxiliaries ?? []).map(TextFolding.fold))
            g.agentWords = Set((l.agentWords ?? []).map(TextFolding.fold))
            grammar[lang] = g
        }
        self.grammar = grammar
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
        subjectPronouns = Set((titles.subjectPronouns ?? []).map(TextFolding.fold))
        var accented: [String: String] = [:]
        for p in titles.subjectPronouns ?? [] where TextFolding.fold(p) != p.lowercased() && p.unicodeScalars.allSatisfy({ $0.value < 0x0600 }) {
            accented[TextFolding.fold(p)] = p.lowercased()
        }
        accentedPronouns = accented
        formerWords = Set((titles.formerWords ?? []).map(TextFolding.fold))
        var pairs = PhraseMatcher<Bool>()
        for p in titles.pairPhrases ?? [] { pairs.add(p, true) }
        pairPhrases = pairs
        counterparts = cm
        honorifics = Set(titles.honorifics.map(TextFolding.fold))
        var qualifiers = PhraseMatcher<Bool>()
        for p in titles.titleQualifiers ?? [] { qualifiers.add(p, true) }
        titleQualifiers = qualifiers
        var premodifiers = PhraseMatcher<Bool>()
        for p in titles.titlePremodifiers ?? [] { premodifiers.add(p, true) }
        titlePremodifiers = premodifiers
        var elided = PhraseMatcher<Bool>()
        for p in titles.elidedTitles ?? [] { elided.add(p, true) }
        elidedTitles = elided
        particles = Set(titles.nameParticles.map(TextFolding.fold))
        var dw: [String: PhraseMatcher<DateWord>] = [:]
        for lang in Set(dates.months.keys).union(dates.weekdays.keys).union(dates.relativeDays.keys) {
            var m = PhraseMatcher<DateWord>()
            for (i, forms) in (dates.months[lang] ?? []).enumerated() {
                for (k, f) in forms.enumerated() { m.add(f, .month(i + 1, abbreviated: k > 0 && f.count <= 4)) }
            }
            for (i, forms) in (dates.weekdays[lang] ?? []).enumerated() { for f in forms { m.add(f, .weekday(i)) } }
            for (p, off) in dates.relativeDays[lang] ?? [:] { m.add(p, .relative(off)) }
            for p in dates.sameDay[lang] ?? [] { m.add(p, .sameDay) }
            for (p, off) in dates.relativeToPrevious?[lang] ?? [:] { m.add(p, .relativeToPrevious(off)) }
            for (p, off) in dates.relativeMonths?[lang] ?? [:] { m.add(p, .relativeMonth(off)) }
            for p in dates.vaguePeriods?[lang] ?? [] { m.add(p, .vague) }
            dw[lang] = m
        }
        dateWords = dw
        ordinalSuffixes = dates.ordinalSuffixes
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
    }
}
