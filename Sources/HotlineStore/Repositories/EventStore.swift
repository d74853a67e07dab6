/// Writes `events` and their participants, topics and sources.
struct EventStore {
    let db: Connection

    /// Inserts a bare event (participants, topics and source are added separately).
    func insert(type: String, date: String?, initiatorID: Int64?, confidence: Double) throws -> Int64 {
        let sql = """
            INSERT INTO events (type, date, date_precision, sort_key, initiator_actor_id, confidence)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id
            """
        let precision = date.flatMap(DatePrefix.precision(of:)) ?? 0
        let id = try db.queryOne(sql, [.text(type), .optional(date), .integer(Int64(precision)), .text(date ?? ""),
                                       initiatorID.map(SQLValue.integer) ?? .null, .real(confidence)]) { $0.int64(0) }
        guard let id else { throw SQLiteError(code: 1, message: "INSERT ... RETURNING gave no row", sql: sql) }
        return id
    }

    /// Adds a participant after the existing ones; nothing when already there.
    func addParticipant(eventID: Int64, actorID: Int64) throws {
        try db.run("""
            INSERT OR IGNORE INTO event_participants (event_id, actor_id, position, sort_key, country)
            SELECT ?1, ?2, (SELECT COALESCE(MAX(position) + 1, 0) FROM event_participants WHERE event_id = ?1), sort_key,
                   (SELECT country FROM actors WHERE id = ?2)
            FROM events WHERE id = ?1
            """, [.integer(eventID), .integer(actorID)])
    }

    /// Adds a topic after the existing ones; nothing when already there.
    func addTopic(eventID: Int64, id: String, label: String) throws {
        try db.run("""
            INSERT OR IGNORE INTO event_topics (event_id, topic_id, label, position, sort_key)
            SELECT ?1, ?2, ?3, (SELECT COALESCE(MAX(position) + 1, 0) FROM event_topics WHERE event_id = ?1), sort_key
            FROM events WHERE id = ?1
            """, [.integer(eventID), .text(id), .text(label)])
    }

    /// Records that the article reports the event; an article counts once per event.
    func addSource(eventID: Int64, articleID: Int64, evidence: String, context: String) throws {
        try db.run("INSERT OR IGNORE INTO event_sources (event_id, article_id, evidence, context) VALUES (?1, ?2, ?3, ?4)",
                   [.integer(eventID), .integer(articleID), .text(evidence), .text(context)])
    }

    /// Folds a new report into a stored event: the date is refined when the stored one is
    /// unknown or a coarser compatible prefix, the initiator kept if already set, the
    /// confidence raised to the larger one.
    func merge(eventID: Int64, date: String?, initiatorID: Int64?, confidence: Double) throws {
        let current = try db.queryOne("SELECT date, initiator_actor_id, confidence FROM events WHERE id = ?1",
                                      [.integer(eventID)]) { ($0.optionalText(0), $0.optionalInt64(1), $0.double(2)) }
        guard let (storedDate, storedInitiator, storedConfidence) = current else { return }
        var newDate = storedDate
        if let date {
            if let stored = storedDate {
                if DatePrefix.refines(date, stored) { newDate = date }
            } else {
                newDate = date
            }
        }
        let precision = newDate.flatMap(DatePrefix.precision(of:)) ?? 0
        try db.run("""
            UPDATE events SET date = ?2, date_precision = ?3, sort_key = ?4, initiator_actor_id = ?5, confidence = ?6
            WHERE id = ?1
            """, [.integer(eventID), .optional(newDate), .integer(Int64(precision)), .text(newDate ?? ""),
                  (storedInitiator ?? initiatorID).map(SQLValue.integer) ?? .null, .real(max(storedConfidence, confidence))])
    }
}
