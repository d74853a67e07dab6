/// A stored article with its text, for re-extraction.
public struct StoredArticle: Sendable, Equatable {
    public var record: ArticleRecord
    public var text: String

    public init(record: ArticleRecord, text: String) {
        self.record = record; self.text = text
    }
}
