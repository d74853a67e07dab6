/// An article handed to the extractor.
public struct Article: Sendable {
    /// Plain text (HTML is reduced to text with `HTMLText` before extraction).
    public var text: String
    public var title: String?
    public var url: String?
    /// Publication day; relative dates ("on Tuesday", "hier") resolve against it.
    public var publishedAt: EventDate?
    /// ISO 639-1 hint from the client; detection per story is used when nil.
    public var language: String?

    public init(text: String, title: String? = nil, url: String? = nil, publishedAt: EventDate? = nil, language: String? = nil) {
        self.text = text
        self.title = title
        self.url = url
        self.publishedAt = publishedAt
        self.language = language
    }
}
