/// A stored article (without its text).
public struct ArticleRecord: Sendable, Equatable {
    public var id: Int64
    public var url: String?
    public var title: String?
    public var publishedAt: String?
    public var language: String?
    public var textHash: String
    /// UTC timestamp `YYYY-MM-DDTHH:MM:SSZ` of the insert.
    public var createdAt: String

    public init(id: Int64, url: String?, title: String?, publishedAt: String?, language: String?,
                textHash: String, createdAt: String) {
        self.id = id; self.url = url; self.title = title; self.publishedAt = publishedAt
        self.language = language; self.textHash = textHash; self.createdAt = createdAt
    }
}
