/// What the extractor found in one article.
public struct Extraction: Sendable {
    /// Language of the article's main story (ISO 639-1), nil when undetermined.
    public var language: String?
    public var events: [CallEvent]

    public init(language: String?, events: [CallEvent]) {
        self.language = language
        self.events = events
    }
}
