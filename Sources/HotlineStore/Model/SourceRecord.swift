/// One article that reported an event, with the sentence that shows it.
public struct SourceRecord: Sendable, Equatable {
    public var articleID: Int64
    public var url: String?
    public var evidence: String
    public var publishedAt: String?

    public init(articleID: Int64, url: String?, evidence: String, publishedAt: String?) {
        self.articleID = articleID; self.url = url; self.evidence = evidence; self.publishedAt = publishedAt
    }
}
