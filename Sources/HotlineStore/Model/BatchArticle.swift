/// One article of `Store.ingestBatch`: the article and the events it reports.
public struct BatchArticle: Sendable {
    public var article: NewArticle
    public var events: [NewEvent]

    public init(article: NewArticle, events: [NewEvent]) {
        self.article = article
        self.events = events
    }
}
