/// Finds stored events a new event may be the same call as, and describes them for the
/// merge decision.
struct MergeCandidates {
    let db: Connection

    /// Posting lists longer than this count as "long"; counting stops there.
    static let postingCountCap = 10_000

    /// Events of `type` sharing at least two of `actorIDs`, newest first. Since the shared
    /// count never exceeds either event's participant count, "at least two shared" also means
    /// "both shared" whenever either event has exactly two participants.
    ///
    /// Such an event holds at least one actor other than the one with the most events, so the
    /// walk starts from the other actors' (shorter) posting lists and checks the shared count
    /// by primary-key probes: a pair with one very frequent actor costs the rarer one's events.
    func ids(type: String, actorIDs: [Int64]) throws -> [Int64] {
        guard actorIDs.count >= 2 else { return [] }
        var sizes: [(id: Int64, events: Int)] = []
        for id in actorIDs {
            let events = try db.queryOne("SELECT COUNT(*) FROM (SELECT 1 FROM event_participants WHERE actor_id = ?1 LIMIT ?2)",
                                         [.integer(id), .integer(Int64(Self.postingCountCap))]) { $0.int(0) } ?? 0
            sizes.append((id, events))
        }
        let drivers = sizes.sorted { $0.events < $1.events }.dropLast().map(\.id)
        let sql = """
            SELECT e.id
            FROM (SELECT DISTINCT event_id FROM event_participants WHERE actor_id IN (SELECT value FROM json_each(?1))) driven
            CROSS JOIN events e ON e.id = driven.event_id
            WHERE e.type = ?3
              AND (SELECT COUNT(*) FROM event_participants s
                   WHERE s.event_id = e.id AND s.actor_id IN (SELECT value FROM json_each(?2))) >= 2
            ORDER BY e.sort_key DESC, e.id DESC
            """
        return try db.query(sql, [.text(IDList.json(Array(drivers))), .text(IDList.json(actorIDs)), .text(type)]) { $0.int64(0) }
    }

    /// The stored event as `MergeCandidate`, its reports ordered by article id.
    func candidate(id: Int64) throws -> MergeCandidate? {
        guard let date = try db.queryOne("SELECT date FROM events WHERE id = ?1", [.integer(id)], map: { $0.optionalText(0) }) else {
            return nil
        }
        let keys = try db.query("SELECT a.key FROM event_participants p JOIN actors a ON a.id = p.actor_id WHERE p.event_id = ?1",
                                [.integer(id)]) { $0.text(0) }
        let topics = try db.query("SELECT topic_id FROM event_topics WHERE event_id = ?1", [.integer(id)]) { $0.text(0) }
        let reports = try db.query("""
            SELECT s.context, a.published_at FROM event_sources s JOIN articles a ON a.id = s.article_id
            WHERE s.event_id = ?1 ORDER BY s.article_id
            """, [.integer(id)]) { (context: $0.text(0), publishedAt: $0.optionalText(1)) }
        return MergeCandidate(id: id, date: date, participantKeys: Set(keys), topicIDs: Set(topics), reports: reports)
    }
}
