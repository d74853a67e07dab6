import Foundation

extension ArticleStore {
    /// The stored text of an article.
    func text(id: Int64) throws -> String? {
        try db.queryOne("SELECT text FROM articles WHERE id = ?1", [.integer(id)]) { $0.text(0) }
    }

    /// Ids (ascending) of the articles `scope` selects. The name-form scan is SQLite `LIKE`:
    /// case-insensitive for ASCII letters only, so each form is also tried without its
    /// diacritics; a form written in the text with other non-ASCII case is missed.
    func ids(in scope: ArticleScope) throws -> [Int64] {
        var ids = Set<Int64>()
        let patterns = Set(scope.nameForms.flatMap { form -> [String] in
            let trimmed = form.trimmingCharacters(in: .whitespacesAndNewlines)
            return [trimmed, trimmed.folding(options: .diacriticInsensitive, locale: nil)]
        }.filter { !$0.isEmpty }).sorted().map { "%" + Self.escapeLike($0) + "%" }
        if !patterns.isEmpty {
            let sql = """
                SELECT a.id FROM articles a
                WHERE EXISTS (SELECT 1 FROM json_each(?1) p WHERE a.text LIKE p.value ESCAPE '\\')
                """
            ids.formUnion(try db.query(sql, [.text(Self.jsonArray(patterns))]) { $0.int64(0) })
        }
        if !scope.actorKeys.isEmpty {
            let sql = """
                SELECT DISTINCT s.article_id FROM actors a
                JOIN event_participants p ON p.actor_id = a.id
                JOIN event_sources s ON s.event_id = p.event_id
                WHERE a.key IN (SELECT value FROM json_each(?1))
                """
            ids.formUnion(try db.query(sql, [.text(Self.jsonArray(scope.actorKeys))]) { $0.int64(0) })
        }
        if !scope.unnamedCountries.isEmpty {
            let sql = """
                SELECT DISTINCT s.article_id FROM actors a
                JOIN event_participants p ON p.actor_id = a.id
                JOIN event_sources s ON s.event_id = p.event_id
                WHERE a.name IS NULL AND a.country IN (SELECT value FROM json_each(?1))
                """
            ids.formUnion(try db.query(sql, [.text(Self.jsonArray(scope.unnamedCountries.map { $0.uppercased() }))]) { $0.int64(0) })
        }
        return ids.sorted()
    }

    /// `text` with the `LIKE` wildcards and the escape character escaped by a backslash.
    static func escapeLike(_ text: String) -> String {
        var out = ""
        for c in text {
            if c == "%" || c == "_" || c == "\\" { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// A JSON array of strings, to bind a list as one parameter (read with `json_each`).
    static func jsonArray(_ values: [String]) -> String {
        ActorAliases.encode(values)
    }
}
