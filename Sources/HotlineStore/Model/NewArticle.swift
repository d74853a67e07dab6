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
