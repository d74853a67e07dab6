import HotlineExtract
import HotlineStore

/// Runs one article through extraction and into the store, merging reports of the same call.
/// Used by `POST /v1/articles` and by `hotline ingest`.
public struct ArticleIngestor: Sendable {
    public let store: Store
    /// Holds the extractor in use; replaced when users add or correct officials.
    public let extractors: ExtractorHolder
    public let mergePolicy: MergePolicy

    /// The extractor in use now.
    public var extractor: Extractor { extractors.current }

    public init(store: Store, extractor: Extractor = Extractor(), mergePolicy: MergePolicy = MergePolicy()) {
        self.init(store: store, extractors: ExtractorHolder(extractor), mergePolicy: mergePolicy)
    }

    public init(store: Store, extractors: ExtractorHolder, mergePolicy: MergePolicy = MergePolicy()) {
        self.store = store
        self.extractors = extractors
        self.mergePolicy = mergePolicy
    }

    /// Stores the article and its events; when the url or text is already stored, returns the stored
    /// article and its events with `created == false`, writing nothing.
    public func ingest(_ submission: ArticleSubmission) throws -> IngestOutcome {
        let hash = submission.textHash
        if let existing = try store.existingArticle(url: submission.url, textHash: hash),
           let stored = try store.article(id: existing.id) {
            return IngestOutcome(article: stored.article, created: false, events: try store.events(ids: stored.eventIDs))
        }
        let prepared = extracted(submission)
        let policy = mergePolicy
        let result = try store.ingest(prepared.article, events: prepared.events) { new, candidate in
            policy.isSameCall(CallEvent(new), publishedAt: submission.publishedAt, as: MergePolicy.Stored(candidate))
        }
        return IngestOutcome(article: result.article, created: result.created, events: try store.events(ids: result.eventIDs))
    }

    /// Runs extraction (no lock held) and returns the store's form of the article and its events.
    func extracted(_ submission: ArticleSubmission) -> BatchArticle {
        let extraction = extractors.current.extract(Article(text: submission.text, title: submission.title, url: submission.url,
                                                   publishedAt: submission.publishedAt, language: submission.language))
        let article = NewArticle(url: submission.url, title: submission.title, publishedAt: submission.publishedAt?.iso,
                                 language: submission.language ?? extraction.language, text: submission.text,
                                 textHash: submission.textHash)
        return BatchArticle(article: article, events: extraction.events.map(NewEvent.init))
    }
}

/// What an ingest produced: the article (new or already stored) and the events it supports.
public struct IngestOutcome: Sendable {
    public var article: ArticleRecord
    /// False when the same url or text was already stored.
    public var created: Bool
    public var events: [EventRecord]
}

extension NewEvent {
    /// The store's form of an extracted event.
    init(_ event: CallEvent) {
        self.init(type: event.type, date: event.date?.iso,
                  participants: event.participants.map {
                      NewParticipant(key: $0.identityKey, name: $0.name, country: $0.country, role: $0.role, aliases: $0.aliases)
                  },
                  initiator: event.initiator, topics: event.topics.map { (id: $0.id, label: $0.label) },
                  evidence: event.evidence.joined(separator: " "), context: event.context, confidence: event.confidence)
    }
}

extension CallEvent {
    /// An extracted event rebuilt from the store's form, for the merge decision.
    init(_ event: NewEvent) {
        self.init(type: event.type, date: event.date.flatMap(EventDate.init(iso:)),
                  participants: event.participants.map {
                      Participant(name: $0.name, country: $0.country, role: $0.role, aliases: $0.aliases,
                                  officialID: $0.key.hasPrefix("kb:") ? String($0.key.dropFirst(3)) : nil)
                  },
                  initiator: event.initiator, topics: event.topics.map { Topic(id: $0.id, label: $0.label) },
                  evidence: [event.evidence], context: event.context, confidence: event.confidence)
    }
}

extension MergePolicy.Stored {
    /// A stored merge candidate in the extractor's terms.
    init(_ candidate: MergeCandidate) {
        self.init(date: candidate.date.flatMap(EventDate.init(iso:)), participantKeys: candidate.participantKeys,
                  topicIDs: candidate.topicIDs,
                  reports: candidate.reports.map { (context: $0.context, publishedAt: $0.publishedAt.flatMap(EventDate.init(iso:))) })
    }
}
