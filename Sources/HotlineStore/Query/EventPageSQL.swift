/// The one SQL statement that selects a page of event ids (columns: id, sort key) for an
/// `EventQuery`.
///
/// The statement is driven by the most selective index available and reads rows in index
/// order (sort_key DESC, id DESC), so a page stops after `limit + 1` rows whatever the table size:
/// - an actor filter walks `event_participants_by_actor`, or with a topic (else a country) filter
///   the actor's rows of `event_actor_topics` (`event_actor_countries`); when the name matches
///   several actors, each actor's walk is limited on its own and the walks are merged (UNION);
/// - else a topic filter walks `event_topics_by_topic`;
/// - else a country filter walks `event_participants_by_country`;
/// - else `events_by_type` or `events_by_sort`.
/// Other filters are conditions on the joined event. Every value is a bound parameter.
struct EventPageSQL {
    private(set) var sql = ""
    private(set) var values: [SQLValue] = []

    /// Beyond this many matching actors, one sorted IN query replaces the merged walks.
    static let maxMergedActors = 32

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

    /// Where rows come from, and the names of its sort key and event id columns.
    private struct Driver {
        var from: String
        var key = "d.sort_key"
        var id = "d.event_id"
        var distinct = false
    }

    init(_ filters: Filters) {
        let participants = "event_participants d JOIN events e ON e.id = d.event_id"
        if let actorIDs = filters.actorIDs {
            let facet = actorFacet(filters)
            let from = facet?.from ?? participants
            let driver = Driver(from: from, distinct: actorIDs.count > 1)
            if actorIDs.count == 1 || actorIDs.count > Self.maxMergedActors {
                let actor = actorIDs.count == 1
                    ? "d.actor_id = \(param(.integer(actorIDs[0])))"
                    : "d.actor_id IN (SELECT value FROM json_each(\(param(.text(IDList.json(actorIDs))))))"
                let conditions = [actor] + (facet.map { [$0.condition] } ?? [])
                    + shared(filters, driver, topicDone: facet?.isTopic == true, countryDone: facet?.isTopic == false)
                sql = select(driver, conditions, limit: param(.integer(Int64(filters.limit))))
            } else {
                let actors = actorIDs.map { "d.actor_id = \(param(.integer($0)))" }
                let conditions = (facet.map { [$0.condition] } ?? [])
                    + shared(filters, driver, topicDone: facet?.isTopic == true, countryDone: facet?.isTopic == false)
                let limit = param(.integer(Int64(filters.limit)))
                let arms = actors.map { "SELECT * FROM (" + select(Driver(from: from), [$0] + conditions, limit: limit) + ")" }
                sql = "SELECT page_id, page_key FROM (" + arms.joined(separator: " UNION ")
                    + ") ORDER BY page_key DESC, page_id DESC LIMIT \(limit)"
            }
        } else if let topic = filters.topic {
            let driver = Driver(from: "event_topics d JOIN events e ON e.id = d.event_id")
            let conditions = ["d.topic_id = \(param(.text(topic)))"] + shared(filters, driver, topicDone: true, countryDone: false)
            sql = select(driver, conditions, limit: param(.integer(Int64(filters.limit))))
        } else if let country = filters.country {
            // Two participants of one country would list the event twice: DISTINCT (rows come
            // in index order, so duplicates are adjacent and the page still stops early).
            let driver = Driver(from: participants, distinct: true)
            let conditions = ["d.country = \(param(.text(country)))"] + shared(filters, driver, topicDone: false, countryDone: true)
            sql = select(driver, conditions, limit: param(.integer(Int64(filters.limit))))
        } else {
            let driver = Driver(from: "events e", key: "e.sort_key", id: "e.id")
            sql = select(driver, shared(filters, driver, topicDone: false, countryDone: false),
                         limit: param(.integer(Int64(filters.limit))))
        }
    }

    /// With an actor filter, the per-actor index of a topic (preferred) or country filter: its
    /// rows, the condition on it, and which filter it settles.
    private mutating func actorFacet(_ filters: Filters) -> (from: String, condition: String, isTopic: Bool)? {
        if let topic = filters.topic {
            return ("event_actor_topics d JOIN events e ON e.id = d.event_id", "d.topic_id = \(param(.text(topic)))", true)
        }
        if let country = filters.country {
            return ("event_actor_countries d JOIN events e ON e.id = d.event_id", "d.country = \(param(.text(country)))", false)
        }
        return nil
    }

    private func select(_ driver: Driver, _ conditions: [String], limit: String) -> String {
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return "SELECT \(driver.distinct ? "DISTINCT " : "")\(driver.id) AS page_id, \(driver.key) AS page_key FROM \(driver.from)"
            + whereClause + " ORDER BY \(driver.key) DESC, \(driver.id) DESC LIMIT \(limit)"
    }

    /// Conditions every shape applies to the joined event `e` (and the keyset position).
    private mutating func shared(_ filters: Filters, _ driver: Driver, topicDone: Bool, countryDone: Bool) -> [String] {
        var conditions: [String] = []
        if let topic = filters.topic, !topicDone {
            conditions.append("EXISTS (SELECT 1 FROM event_topics t WHERE t.event_id = e.id AND t.topic_id = \(param(.text(topic))))")
        }
        if let country = filters.country, !countryDone {
            // `+c.country` keeps the probe on the primary key (event_id): without it SQLite may walk
            // the whole country index for every row (minutes at 1M events; found by hotline-bench).
            conditions.append("EXISTS (SELECT 1 FROM event_participants c WHERE c.event_id = e.id AND +c.country = \(param(.text(country))))")
        }
        if let type = filters.type {
            conditions.append("e.type = \(param(.text(type)))")
        }
        if let since = filters.since {
            conditions.append("e.date IS NOT NULL AND \(driver.key) >= \(param(.text(since)))")
        }
        if let until = filters.until {
            // Inclusive prefix: "2023-06" keeps "2023-06-30" ("\u{FFFF}" sorts after any date character).
            conditions.append("e.date IS NOT NULL AND \(driver.key) <= \(param(.text(until + "\u{FFFF}")))")
        }
        if let minConfidence = filters.minConfidence {
            conditions.append("e.confidence >= \(param(.real(minConfidence)))")
        }
        if let cursor = filters.cursor {
            conditions.append("(\(driver.key), \(driver.id)) < (\(param(.text(cursor.sortKey))), \(param(.integer(cursor.id))))")
        }
        return conditions
    }

    /// Appends a bound value and returns its numbered placeholder (reusable in several arms).
    private mutating func param(_ value: SQLValue) -> String {
        values.append(value)
        return "?\(values.count)"
    }
}
