/// Loads full `EventRecord`s for a batch of ids with four queries in all (events,
/// participants, topics, sources), never one query per event.
struct EventLoader {
    let db: Connection

    /// Records of the ids that exist, keyed by id.
    func records(ids: [Int64]) throws -> [Int64: EventRecord] {
        guard !ids.isEmpty else { return [:] }
        let list = SQLValue.text(IDList.json(ids))
        var records: [Int64: EventRecord] = [:]
        var initiators: [Int64: Int64] = [:]
        var actors: [Int64: ActorRecord] = [:]
        try db.each("""
            SELECT id, type, date, confidence, initiator_actor_id FROM events
            WHERE id IN (SELECT value FROM json_each(?1))
            """, [list]) { row in
            let id = row.int64(0)
            records[id] = EventRecord(id: id, type: row.text(1), date: row.optionalText(2), confidence: row.double(3),
                                      participants: [], initiator: nil, topics: [], sources: [])
            if let initiator = row.optionalInt64(4) { initiators[id] = initiator }
        }
        try db.each("""
            SELECT p.event_id, \(ActorStore.columns) FROM event_participants p JOIN actors a ON a.id = p.actor_id
            WHERE p.event_id IN (SELECT value FROM json_each(?1))
            ORDER BY p.event_id, p.position
            """, [list]) { row in
            // An actor of several events of the page (the queried one, in all of them) is read
            // once: decoding its aliases costs more than the rest of its row.
            let actorID = row.int64(1)
            let actor = actors[actorID] ?? ActorStore.record(Row(handle: row.handle, offset: 1))
            actors[actorID] = actor
            records[row.int64(0)]?.participants.append(actor)
        }
        try db.each("""
            SELECT event_id, topic_id, label FROM event_topics
            WHERE event_id IN (SELECT value FROM json_each(?1))
            ORDER BY event_id, position
            """, [list]) { row in
            records[row.int64(0)]?.topics.append(TopicRecord(id: row.text(1), label: row.text(2)))
        }
        try db.each("""
            SELECT s.event_id, s.article_id, a.url, s.evidence, a.published_at
            FROM event_sources s JOIN articles a ON a.id = s.article_id
            WHERE s.event_id IN (SELECT value FROM json_each(?1))
            ORDER BY s.event_id, s.article_id
            """, [list]) { row in
            records[row.int64(0)]?.sources.append(SourceRecord(articleID: row.int64(1), url: row.optionalText(2),
                                                               evidence: row.text(3), publishedAt: row.optionalText(4)))
        }
        for (eventID, actorID) in initiators {
            let initiator = records[eventID]?.participants.first { $0.id == actorID }
            records[eventID]?.initiator = initiator
        }
        return records
    }
}
