// PLACEHOLDER API: the store helper implements these; signatures are the contract with
// HotlineService. Additive changes are fine; report any other change.

/// An article to store.
public struct NewArticle: Sendable {
    public var url: String?
    public var title: String?
    /// ISO 8601 day or timestamp as the client sent it, normalised to `YYYY-MM-DD` when possible.
    public var publishedAt: String?
    public var language: String?
    public var text: String
    /// Hex SHA-256 (or any stable hash) of the normalised text; same text = same article.
    public var textHash: String

    public init(url: String?, title: String?, publishedAt: String?, language: String?, text: String, textHash: String) {
        self.url = url; self.title = title; self.publishedAt = publishedAt
        self.language = language; self.text = text; self.textHash = textHash
    }
}

/// A participant of a new event; `key` identifies the actor across articles.
public struct NewParticipant: Sendable {
    public var key: String
    public var name: String?
    public var country: String?
    public var role: String?
    public var aliases: [String]

    public init(key: String, name: String?, country: String?, role: String?, aliases: [String]) {
        self.key = key; self.name = name; self.country = country; self.role = role; self.aliases = aliases
    }
}

/// An event reported by the article being ingested.
public struct NewEvent: Sendable {
    public var type: String
    /// `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or nil.
    public var date: String?
    public var participants: [NewParticipant]
    public var initiator: Int?
    public var topics: [(id: String, label: String)]
    public var evidence: String
    public var context: String
    public var confidence: Double

    public init(type: String, date: String?, participants: [NewParticipant], initiator: Int?,
                topics: [(id: String, label: String)], evidence: String, context: String, confidence: Double) {
        self.type = type; self.date = date; self.participants = participants; self.initiator = initiator
        self.topics = topics; self.evidence = evidence; self.context = context; self.confidence = confidence
    }
}

/// A stored event that shares at least two participants with a new one (all of them when
/// either has two), offered to the merge decision.
public struct MergeCandidate: Sendable {
    public var id: Int64
    public var date: String?
    public var participantKeys: Set<String>
    public var topicIDs: Set<String>
    /// Context and article publication day of each report already merged into it.
    public var reports: [(context: String, publishedAt: String?)]
}

public struct ActorRecord: Sendable, Equatable {
    public var id: Int64
    public var name: String?
    public var country: String?
    public var role: String?
    public var aliases: [String]
}

public struct SourceRecord: Sendable, Equatable {
    public var articleID: Int64
    public var url: String?
    public var evidence: String
    public var publishedAt: String?
}

public struct EventRecord: Sendable, Equatable {
    public var id: Int64
    public var type: String
    public var date: String?
    public var confidence: Double
    public var participants: [ActorRecord]
    public var initiator: ActorRecord?
    public var topics: [TopicRecord]
    public var sources: [SourceRecord]
}

public struct TopicRecord: Sendable, Equatable {
    public var id: String
    public var label: String
}

public struct ArticleRecord: Sendable, Equatable {
    public var id: Int64
    public var url: String?
    public var title: String?
    public var publishedAt: String?
    public var language: String?
    public var textHash: String
    public var createdAt: String
}

/// Outcome of an ingest: the article (new or already stored) and the events it supports.
public struct IngestResult: Sendable {
    public var article: ArticleRecord
    /// False when the same url or text was already stored (nothing was written).
    public var created: Bool
    public var eventIDs: [Int64]
}

/// Filters of `GET /v1/events`. Dates are ISO prefixes compared on the event date.
public struct EventQuery: Sendable {
    /// Name or alias (case- and accent-insensitive), surname, or a numeric actor id.
    public var actor: String?
    public var country: String?
    public var topic: String?
    public var since: String?
    public var until: String?
    public var type: String?
    public var minConfidence: Double?
    public var limit: Int = 50
    /// Opaque cursor from a previous page's `nextCursor`.
    public var cursor: String?

    public init() {}
}

/// An actor with how often it was on a call and with whom.
public struct ActorSummary: Sendable, Equatable {
    public var actor: ActorRecord
    public var callCount: Int
    public var counterparts: [(actor: ActorRecord, calls: Int)]

    public static func == (a: ActorSummary, b: ActorSummary) -> Bool {
        a.actor == b.actor && a.callCount == b.callCount
            && a.counterparts.map(\.actor) == b.counterparts.map(\.actor) && a.counterparts.map(\.calls) == b.counterparts.map(\.calls)
    }
}

/// The SQLite store: one writer at a time, readers in parallel (WAL).
public final class Store: Sendable {
    /// Opens (creating if needed) the database at `path` and applies `schema.sql`.
    public init(path: String) throws {}

    /// Closes every connection; later calls throw.
    public func close() {}

    /// The stored article with this url or text hash, if any.
    public func existingArticle(url: String?, textHash: String) throws -> ArticleRecord? { nil }

    /// Stores the article and its events in one transaction. Each new event is merged into the
    /// first candidate for which `sameCall` answers true, or inserted. When the url or text is
    /// already stored, writes nothing and returns that article with `created == false`.
    public func ingest(_ article: NewArticle, events: [NewEvent],
                       sameCall: (NewEvent, MergeCandidate) -> Bool) throws -> IngestResult {
        throw StoreError.notImplemented
    }

    public func events(_ query: EventQuery) throws -> (events: [EventRecord], nextCursor: String?) { ([], nil) }
    public func event(id: Int64) throws -> EventRecord? { nil }
    public func events(ids: [Int64]) throws -> [EventRecord] { [] }
    public func article(id: Int64) throws -> (article: ArticleRecord, eventIDs: [Int64])? { nil }
    public func actors(matching q: String?, limit: Int) throws -> [ActorRecord] { [] }
    public func actor(id: Int64) throws -> ActorSummary? { nil }
    public func ping() throws {}
}

/// Errors of the store; `invalidCursor` and `invalidQuery` are the client's fault.
public enum StoreError: Error, Sendable {
    case notImplemented
    case invalidCursor
    case invalidQuery(String)
    case closed
}
