/// The one SQL statement that selects a page of event ids for an `EventQuery`.
///
/// The statement is driven by the most selective index available, and always reads rows in
/// index order (sort_key DESC, id DESC) so a page stops after `limit + 1` rows:
/// - an actor filter walks `event_participants_by_actor` (one range scan for one actor);
/// - else a topic filter walks `event_topics_by_topic`;
/// - else a country filter walks the participants of that country's actors;
/// - else `events_by_type` or `events_by_sort`.
/// Other filters are conditions on the joined event. Every value is a bound parameter.
struct EventPageSQL {
    private(set) var sql = ""
    private(set) var values: [SQLValue] = []

    /// Filters already validated and resolved: `actorIDs` non-nil means "any of these actors".
    struct Filters {
        var actorIDs: [Int64]?
        var country: String?
        var topic: String?
        var since: String?
        var until: String?
        var type: String?
        var minConfidence: Double?
        var cursor: EventCursor?
        var limit: Int
    }

    init(_ filters: Filters) {
        let from: String
        var conditions: [String] = []
        var distinct = false
        let key: String, id: String
        var countryDone = false, topicDone = false

        if let actorIDs = filters.actorIDs {
            from = "event_participants d JOIN events e ON e.id = d.event_id"
            key = "d.sort_key"; id = "d.event_id"
            if actorIDs.count == 1 {
                conditions.append("d.actor_id = \(param(.integer(actorIDs[0])))")
            } else {
                conditions.append("d.actor_id IN (SELECT value FROM json_each(\(param(.text(IDList.json(actorIDs))))))")
                distinct = true
            }
        } else if let topic = filters.topic {
            from = "event_topics d JOIN events e ON e.id = d.event_id"
            key = "d.sort_key"; id = "d.event_id"
            conditions.append("d.topic_id = \(param(.text(topic)))")
            topicDone = true
        } else if let country = filters.country {
            from = "event_participants d JOIN events e ON e.id = d.event_id"
            key = "d.sort_key"; id = "d.event_id"
            conditions.append("d.actor_id IN (SELECT id FROM actors WHERE country = \(param(.text(country))))")
            distinct = true
            countryDone = true
        } else {
            from = "events e"
            key = "e.sort_key"; id = "e.id"
        }
        if let topic = filters.topic, !topicDone {
            conditions.append("EXISTS (SELECT 1 FROM event_topics t WHERE t.event_id = e.id AND t.topic_id = \(param(.text(topic))))")
        }
        if let country = filters.country, !countryDone {
            conditions.append("""
                EXISTS (SELECT 1 FROM event_participants cp JOIN actors ca ON ca.id = cp.actor_id \
                WHERE cp.event_id = e.id AND ca.country = \(param(.text(country))))
                """)
        }
        if let type = filters.type {
            conditions.append("e.type = \(param(.text(type)))")
        }
        if let since = filters.since {
            conditions.append("e.date IS NOT NULL AND \(key) >= \(param(.text(since)))")
        }
        if let until = filters.until {
            // Inclusive prefix: "2023-06" keeps "2023-06-30" ("\u{FFFF}" sorts after any date character).
            conditions.append("e.date IS NOT NULL AND \(key) <= \(param(.text(until + "\u{FFFF}")))")
        }
        if let minConfidence = filters.minConfidence {
            conditions.append("e.confidence >= \(param(.real(minConfidence)))")
        }
        if let cursor = filters.cursor {
            conditions.append("(\(key), \(id)) < (\(param(.text(cursor.sortKey))), \(param(.integer(cursor.id))))")
        }
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        sql = "SELECT \(distinct ? "DISTINCT " : "")\(id), \(key) FROM \(from)\(whereClause)"
            + " ORDER BY \(key) DESC, \(id) DESC LIMIT \(param(.integer(Int64(filters.limit))))"
    }

    /// Appends a bound value and returns its placeholder.
    private mutating func param(_ value: SQLValue) -> String {
        values.append(value)
        return "?\(values.count)"
    }
}
