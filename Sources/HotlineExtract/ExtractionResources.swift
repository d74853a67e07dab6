import Foundation

/// Every data file the extractor needs, decoded and indexed once (`shared`), or built from
/// given JSON texts (tests).
struct ExtractionResources: Sendable {
    let knowledge: KnowledgeBase
    let triggers: TriggerLexicon
    let titles: TitleLexicon
    let dates: DateLexicon
    let topics: TopicCatalogue
    let noise: NoiseLexicon
    let stopwords: StopwordLexicon
    let indexes: LexiconIndexes
    /// The topic-context cues of `topics`, indexed.
    let topicContext: TopicContext

    /// Data embedded in the module; a missing or malformed file leaves that part empty.
    static let shared: ExtractionResources = ExtractionResources(
        officials: EmbeddedData.text(named: "officials.json"),
        countries: EmbeddedData.text(named: "countries.json"))

    /// Lexicons from the embedded files; knowledge from the given JSON texts.
    init(officials: String?, countries: String?) {
        let officialsFile: OfficialsFile? = Self.decode(officials)
        let countriesFile: CountriesFile? = Self.decode(countries)
        knowledge = KnowledgeBase(officials: officialsFile?.officials ?? [], countries: countriesFile?.countries ?? [],
                                  spellingVariants: officialsFile?.spellingVariants ?? [])
        triggers = Self.decode(EmbeddedData.text(named: "lexicons/triggers.json")) ?? TriggerLexicon(languages: [:])
        titles = Self.decode(EmbeddedData.text(named: "lexicons/titles.json"))
            ?? TitleLexicon(titles: [], counterparts: [:], counterpartPlurals: nil, subjectPronouns: nil, pronounGenders: nil, pairPhrases: nil, ministerPairPhrases: nil, groupPhrases: nil, ministerKinds: nil, manyHolderKinds: nil, formerWords: nil, deceasedMarkers: nil, indefiniteArticles: nil, deputyWords: nil, electWords: nil, honorifics: [], lowerCaseHonorifics: nil, titleQualifiers: nil, titlePremodifiers: nil, newWords: nil, elidedTitles: nil, nameParticles: [], appositionWords: nil, givenNameHonorifics: nil, qualifierPrepositions: nil, portfolioLinks: nil, portfolioWords: nil, nounDeterminers: nil, patronymParticles: nil)
        dates = Self.decode(EmbeddedData.text(named: "lexicons/dates.json"))
            ?? DateLexicon(months: [:], hijriMonths: nil, weekdays: [:], relativeDays: [:], sameDay: [:], relativeToPrevious: nil,
                           relativeMonths: nil, vaguePeriods: nil, earlierPeriods: nil, weekPeriods: nil, periodStarts: nil, periodEnds: nil, nextWords: nil, recurringWords: nil, thatDay: nil, monthLeads: nil, currentMonth: nil, eventOf: nil, eventOfCall: nil, dayOrdinals: nil, dayLeads: nil, bareDayFollowers: nil, ordinalJoiners: nil, rangeJoiners: nil, pastMonths: nil, ordinalSuffixes: [])
        topics = Self.decode(EmbeddedData.text(named: "topics.json")) ?? TopicCatalogue(topics: [])
        noise = Self.decode(EmbeddedData.text(named: "lexicons/noise.json"))
            ?? NoiseLexicon(storyEndMarkers: [], dropLinePrefixes: [], linkBlockHeaders: nil, storySeparators: nil,
                             storySeparatorPrefixes: nil, storySeparatorSuffixes: nil, captionPrefixes: nil, maxNoiseLineWords: 0)
        stopwords = Self.decode(EmbeddedData.text(named: "lexicons/stopwords.json")) ?? StopwordLexicon(stopwords: [:], letters: nil)
        indexes = LexiconIndexes(triggers: triggers, titles: titles, dates: dates, topics: topics, stopwords: stopwords)
        topicContext = TopicContext(cues: topics.context, captions: noise.captionPrefixes, countryNames: knowledge.countryNames,
                                    particles: indexes.particles)
    }

    static func decode<T: Decodable>(_ text: String?) -> T? {
        guard let text else { return nil }
        return try? JSONDecoder().decode(T.self, from: Data(text.utf8))
    }
}
