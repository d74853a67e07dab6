extension Store {
    /// The stored article with this url or text hash, if any (a blank url counts as none).
    public func existingArticle(url: String?, textHash: String) throws -> ArticleRecord? {
        try readers.read { try ArticleStore(db: $0).find(url: url?.nonBlank, textHash: textHash) }
    }

    /// The article with its event ids (in the order they were recorded).
    public func article(id: Int64) throws -> (article: ArticleRecord, eventIDs: [Int64])? {
        try readers.read { db in
            let articles = ArticleStore(db: db)
            guard let article = try articles.find(id: id) else { return nil }
            return (article, try articles.eventIDs(articleID: id))
        }
    }
}
