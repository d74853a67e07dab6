/// Reads and writes `articles` on one connection.
struct ArticleStore {
    let db: Connection

    static let columns = "id, url, title, published_at, language, text_hash, created_at"

    static func record(_ row: Row) -> ArticleRecord {
        ArticleRecord(id: row.int64(0), url: row.optionalText(1), title: row.optionalText(2),
                      publishedAt: row.optionalText(3), language: row.optionalText(4),
                      textHash: row.text(5), createdAt: row.text(6))
    }

    /// The article with this url (when non-nil) or this text hash; the oldest if both match two.
    func find(url: String?, textHash: String) throws -> ArticleRecord? {
        try db.queryOne("SELECT \(Self.columns) FROM articles WHERE url = ?1 OR text_hash = ?2 ORDER BY id LIMIT 1",
                        [.optional(url), .text(textHash)], map: Self.record)
    }

    func find(id: Int64) throws -> ArticleRecord? {
        try db.queryOne("SELECT \(Self.columns) FROM articles WHERE id = ?1", [.integer(id)], map: Self.record)
    }

    func insert(_ article: NewArticle) throws -> ArticleRecord {
        let sql = """
            INSERT INTO articles (url, title, published_at, language, text_hash, text)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING \(Self.columns)
            """
        let values: [SQLValue] = [.optional(article.url), .optional(article.title), .optional(article.publishedAt),
                                  .optional(article.language), .text(article.textHash), .text(article.text)]
        guard let record = try db.queryOne(sql, values, map: Self.record) else {
            throw SQLiteError(code: 1, message: "INSERT ... RETURNING gave no row", sql: sql)
        }
        return record
    }

    /// Events the article supports, in the order they were recorded.
    func eventIDs(articleID: Int64) throws -> [Int64] {
        try db.query("SELECT event_id FROM event_sources WHERE article_id = ?1 ORDER BY id", [.integer(articleID)]) { $0.int64(0) }
    }
}
