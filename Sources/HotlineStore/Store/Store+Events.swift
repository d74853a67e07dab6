extension Store {
    /// One page of events matching `query`, newest first (undated last), and the cursor of the
    /// next page (nil on the last page). Throws `StoreError.invalidCursor` for a cursor this
    /// store did not make and `StoreError.invalidQuery` for a malformed filter.
    public func events(_ query: EventQuery) throws -> (events: [EventRecord], nextCursor: String?) {
        var filters = try Self.validatedFilters(query)
        return try readers.read { db in
            if let actor = query.actor?.nonBlank {
                let ids = try Self.actorIDs(for: actor, db: db)
                if ids.isEmpty { return ([], nil) }
                filters.actorIDs = ids
            }
            let limit = filters.limit
            filters.limit = limit + 1
            let page = EventPageSQL(filters)
            let keys = try db.query(page.sql, page.values) { EventCursor(sortKey: $0.text(1), id: $0.int64(0)) }
            let shown = Array(keys.prefix(limit))
            let records = try EventLoader(db: db).records(ids: shown.map(\.id))
            let next = keys.count > limit ? shown.last?.token : nil
            return (shown.compactMap { records[$0.id] }, next)
        }
    }

    public func event(id: Int64) throws -> EventRecord? {
        try events(ids: [id]).first
    }

    /// The events with these ids, in the order given; unknown ids are skipped.
    public func events(ids: [Int64]) throws -> [EventRecord] {
        guard !ids.isEmpty else { return [] }
        let records = try readers.read { try EventLoader(db: $0).records(ids: ids) }
        return ids.compactMap { records[$0] }
    }

    /// Actor ids for the `actor` filter: a numeric string is an id, anything else a folded
    /// exact match on a name, alias or surname.
    static func actorIDs(for actor: String, db: Connection) throws -> [Int64] {
        if actor.allSatisfy(\.isASCII), actor.allSatisfy(\.isNumber), let id = Int64(actor) {
            return [id]
        }
        let folded = NameFolding.fold(actor)
        guard !folded.isEmpty else { throw StoreError.invalidQuery("actor must contain a letter or digit") }
        return try ActorStore(db: db).ids(matchingFolded: folded)
    }

    /// Checks every filter value and decodes the cursor (the actor is resolved later).
    static func validatedFilters(_ query: EventQuery) throws -> EventPageSQL.Filters {
        for (name, value) in [("since", query.since), ("until", query.until)] {
            if let value, DatePrefix.precision(of: value) == nil {
                throw StoreError.invalidQuery("\(name) must be YYYY, YYYY-MM or YYYY-MM-DD")
            }
        }
        if let minConfidence = query.minConfidence, !minConfidence.isFinite {
            throw StoreError.invalidQuery("min_confidence must be a number")
        }
        return EventPageSQL.Filters(
            actorIDs: nil,
            country: query.country?.nonBlank?.uppercased(),
            topic: query.topic?.nonBlank,
            since: query.since,
            until: query.until,
            type: query.type?.nonBlank,
            minConfidence: query.minConfidence,
            cursor: try query.cursor.map(EventCursor.init(token:)),
            limit: min(max(query.limit, 1), 500))
    }
}
