/// Outcome of an ingest: the article (new or already stored) and the events it supports.
public struct IngestResult: Sendable {
    public var article: ArticleRecord
    /// False when the same url or text was already stored (nothing was written).
    public var created: Bool
    /// Events the article supports: in `NewEvent` order without duplicates for a new article;
    /// in the order they were recorded for an already stored one.
    public var eventIDs: [Int64]

    public init(article: ArticleRecord, created: Bool, eventIDs: [Int64]) {
        self.article = article; self.created = created; self.eventIDs = eventIDs
    }
}
