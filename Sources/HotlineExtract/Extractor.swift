import Foundation

/// Turns article text into call events. Pure: no I/O beyond reading embedded data once
/// (`ExtractionResources.shared`), so an `Extractor` is cheap to create.
///
/// Pipeline: page cleaning and story splitting (Text/), language per story (Language/), then
/// per story call triggers, parties, dates and topics (Events/, Actors/, Dates/, Topics/); the
/// calls of all stories are merged when they repeat one another.
public struct Extractor: Sendable {
    let resources: ExtractionResources

    public init() {
        self.resources = .shared
    }

    init(resources: ExtractionResources) {
        self.resources = resources
    }

    public func extract(_ article: Article) -> Extraction {
        let detector = LanguageDetector(lexicon: resources.stopwords)
        var paragraphsPerStory = PageCleaner(noise: resources.noise).stories(of: article.text)
        if let title = article.title?.trimmingCharacters(in: .whitespacesAndNewlines), !title.isEmpty,
           !paragraphsPerStory.isEmpty, paragraphsPerStory[0].first != title {
            paragraphsPerStory[0].insert(title, at: 0)
        }
        let hint = article.language.map { $0.lowercased() }.flatMap { resources.indexes.grammar[$0] == nil ? nil : $0 }
        var stories: [Story] = []
        for paragraphs in paragraphsPerStory {
            var story = Story(paragraphs: paragraphs)
            story.language = detector.detect(story) ?? hint ?? "en"
            stories.append(story)
        }
        let finder = StoryCallFinder(resources: resources)
        var events: [CallEvent] = []
        let outlet = resources.knowledge.outletCountry(url: article.url)
        for story in stories { events += finder.calls(in: story, publishedAt: article.publishedAt, outlet: outlet) }
        // (a call has two parties at least, whatever a merge of reports left)
        events = CallMerger().mergeWithinArticle(events).map(reportingGuideCodes).filter { $0.participants.count >= 2 }
        if events.contains(where: { $0.participants.contains(where: isWrittenOfficial) }) {
            let words = Set(TextFolding.words(article.text))
            events = events.map { spelledAsWritten($0, words: words) }
        }
        let mainLanguage = hint ?? stories.max { $0.sentences.count < $1.sentences.count }?.language
        return Extraction(language: mainLanguage, events: events)
    }

    /// A participant the knowledge base names `asWritten`.
    private func isWrittenOfficial(_ p: Participant) -> Bool {
        p.officialID.flatMap { resources.knowledge.indexByID[$0] }.map { resources.knowledge.officials[$0].asWritten == true } ?? false
    }

    /// An `asWritten` official is named by the first of their name and Latin aliases whose last
    /// word the article has (`words`, folded): "Mohamed Salem Ould Merzouk" on a page that spells
    /// "Merzouk"; the name stays among the aliases.
    private func spelledAsWritten(_ event: CallEvent, words: Set<String>) -> CallEvent {
        var event = event
        for k in event.participants.indices where isWrittenOfficial(event.participants[k]) {
            let p = event.participants[k]
            guard let name = p.name, let last = TextFolding.words(name).last, !words.contains(last),
                  let form = p.aliases.first(where: { a in !PartyResolver.isArabicScript(a) && TextFolding.words(a).last.map(words.contains) == true })
            else { continue }
            event.participants[k].name = form
            event.participants[k].aliases = [name] + p.aliases.filter { $0 != form }
        }
        return event
    }

    /// The participants' countries as events report them: an organisation whose data code differs
    /// from the annotation guide's takes the guide's (`reportCode`: African Union "AFU" -> "AU").
    private func reportingGuideCodes(_ event: CallEvent) -> CallEvent {
        var event = event
        for k in event.participants.indices {
            if let code = event.participants[k].country, let report = resources.knowledge.countries[code]?.reportCode {
                event.participants[k].country = report
            }
        }
        return event
    }
}
