extension Store {
    /// Ids (ascending) of the stored articles a knowledge-base change may affect (see `ArticleScope`).
    public func articleIDs(in scope: ArticleScope) throws -> [Int64] {
        try readers.read { try ArticleStore(db: $0).ids(in: scope) }
    }

    /// The article with its text, nil when unknown.
    public func storedArticle(id: Int64) throws -> StoredArticle? {
        try readers.read { db in
            let articles = ArticleStore(db: db)
            guard let record = try articles.find(id: id), let text = try articles.text(id: id) else { return nil }
            return StoredArticle(record: record, text: text)
        }
    }

    /// Replaces what article `articleID` contributes to the events with `events`, in one
    /// transaction: its sources are removed, events left without any source deleted, then
    /// `events` are merged or inserted exactly as `ingest` does. Actors that took part in the
    /// removed events and no longer take part in any are deleted, unless a user official backs
    /// them. Returns the article's event ids (as `ingest`), nil when the article is unknown.
    ///
    /// Known limit: an event that other articles also report keeps the participants this
    /// article gave it (participants are not recorded per source).
    public func replaceEvents(ofArticle articleID: Int64, with events: [NewEvent],
                              sameCall: (NewEvent, MergeCandidate) -> Bool) throws -> [Int64]? {
        try withoutActuallyEscaping(sameCall) { sameCall in try replaceEvents(articleID, events, sameCall) }
    }

    private func replaceEvents(_ articleID: Int64, _ events: [NewEvent],
                               _ sameCall: @escaping (NewEvent, MergeCandidate) -> Bool) throws -> [Int64]? {
        try writer.write { db in
            guard try ArticleStore(db: db).find(id: articleID) != nil else { return nil }
            let previousActors = try db.query("""
                SELECT p.actor_id FROM event_sources s JOIN event_participants p ON p.event_id = s.event_id
                WHERE s.article_id = ?1
                UNION
                SELECT e.initiator_actor_id FROM event_sources s JOIN events e ON e.id = s.event_id
                WHERE s.article_id = ?1 AND e.initiator_actor_id IS NOT NULL
                """, [.integer(articleID)]) { $0.int64(0) }
            let previousEvents = try ArticleStore(db: db).eventIDs(articleID: articleID)
            try db.run("DELETE FROM event_sources WHERE article_id = ?1", [.integer(articleID)])
            for eventID in previousEvents {
                try db.run("DELETE FROM events WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM event_sources WHERE event_id = ?1)",
                           [.integer(eventID)])
            }
            var eventIDs: [Int64] = []
            for (index, event) in events.enumerated() {
                let id = try Self.record(event, index: index, articleID: articleID, db: db, sameCall: sameCall)
                if !eventIDs.contains(id) { eventIDs.append(id) }
            }
            try ActorStore(db: db).deleteUnreferenced(previousActors)
            return eventIDs
        }
    }
}
