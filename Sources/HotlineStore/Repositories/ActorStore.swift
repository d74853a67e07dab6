/// Reads and writes `actors` and keeps the `actor_names` lookup index in sync.
struct ActorStore {
    let db: Connection

    static let columns = "a.id, a.name, a.country, a.role, a.aliases"

    static func record(_ row: Row) -> ActorRecord {
        ActorRecord(id: row.int64(0), name: row.optionalText(1), country: row.optionalText(2),
                    role: row.optionalText(3), aliases: ActorAliases.decode(row.text(4)))
    }

    /// The id of the actor with `participant.key`, created if new. An existing actor gets the
    /// name, country and role it lacked and the aliases it did not have.
    func findOrCreate(_ participant: NewParticipant) throws -> Int64 {
        let name = participant.name?.nonBlank
        let country = participant.country?.nonBlank?.uppercased()
        let role = participant.role?.nonBlank
        let found = try db.queryOne("SELECT \(Self.columns) FROM actors a WHERE a.key = ?1", [.text(participant.key)], map: Self.record)
        guard let existing = found else {
            let aliases = ActorAliases.union([], participant.aliases)
            let id = try db.queryOne("INSERT INTO actors (key, name, country, role, aliases) VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
                                     [.text(participant.key), .optional(name), .optional(country), .optional(role),
                                      .text(ActorAliases.encode(aliases))]) { $0.int64(0) }
            guard let id else { throw SQLiteError(code: 1, message: "INSERT ... RETURNING gave no row", sql: nil) }
            try syncNames(actorID: id, name: name, aliases: aliases)
            return id
        }
        var updated = existing
        updated.name = existing.name ?? name
        updated.country = existing.country ?? country
        updated.role = existing.role ?? role
        updated.aliases = ActorAliases.union(existing.aliases, participant.aliases)
        if updated != existing {
            try db.run("UPDATE actors SET name = ?2, country = ?3, role = ?4, aliases = ?5 WHERE id = ?1",
                       [.integer(existing.id), .optional(updated.name), .optional(updated.country),
                        .optional(updated.role), .text(ActorAliases.encode(updated.aliases))])
            if updated.name != existing.name || updated.aliases != existing.aliases {
                try syncNames(actorID: existing.id, name: updated.name, aliases: updated.aliases)
            }
        }
        return existing.id
    }

    /// Rewrites the lookup entries of one actor: folded name, its last token, folded aliases.
    func syncNames(actorID: Int64, name: String?, aliases: [String]) throws {
        try db.run("DELETE FROM actor_names WHERE actor_id = ?1", [.integer(actorID)])
        var entries: [(folded: String, kind: String)] = []
        if let name {
            let folded = NameFolding.fold(name)
            entries.append((folded, "name"))
            if let surname = NameFolding.surname(ofFolded: folded) { entries.append((surname, "surname")) }
        }
        entries += aliases.map { (NameFolding.fold($0), "alias") }
        var seen = Set<String>()
        for entry in entries where !entry.folded.isEmpty && seen.insert(entry.folded).inserted {
            try db.run("INSERT INTO actor_names (folded, actor_id, kind) VALUES (?1, ?2, ?3)",
                       [.text(entry.folded), .integer(actorID), .text(entry.kind)])
        }
    }

    func find(id: Int64) throws -> ActorRecord? {
        try db.queryOne("SELECT \(Self.columns) FROM actors a WHERE a.id = ?1", [.integer(id)], map: Self.record)
    }

    /// Ids of the actors whose folded name, alias or surname is exactly `folded`.
    func ids(matchingFolded folded: String) throws -> [Int64] {
        try db.query("SELECT DISTINCT actor_id FROM actor_names WHERE folded = ?1 ORDER BY actor_id", [.text(folded)]) { $0.int64(0) }
    }

    /// Actors whose folded names contain `folded`: exact matches first, then prefixes, then the
    /// rest, each by name.
    func search(folded: String, limit: Int) throws -> [ActorRecord] {
        let sql = """
            SELECT \(Self.columns),
                   MIN(CASE WHEN n.folded = ?1 THEN 0 WHEN substr(n.folded, 1, length(?1)) = ?1 THEN 1 ELSE 2 END) AS rank
            FROM actor_names n JOIN actors a ON a.id = n.actor_id
            WHERE instr(n.folded, ?1) > 0
            GROUP BY a.id
            ORDER BY rank, \(Self.foldedName), a.id
            LIMIT ?2
            """
        return try db.query(sql, [.text(folded), .integer(Int64(limit))], map: Self.record)
    }

    /// The folded canonical name of actor `a`, to order by name ignoring case and accents.
    static let foldedName = "(SELECT fn.folded FROM actor_names fn WHERE fn.actor_id = a.id AND fn.kind = 'name')"

    /// All actors by name ignoring case and accents (unnamed ones last).
    func all(limit: Int) throws -> [ActorRecord] {
        try db.query("SELECT \(Self.columns) FROM actors a ORDER BY a.name IS NULL, \(Self.foldedName), a.id LIMIT ?1",
                     [.integer(Int64(limit))], map: Self.record)
    }

    /// Number of events the actor takes part in.
    func callCount(actorID: Int64) throws -> Int {
        try db.queryOne("SELECT COUNT(*) FROM event_participants WHERE actor_id = ?1", [.integer(actorID)]) { $0.int(0) } ?? 0
    }

    /// Other actors of the actor's events with the number of shared events, most first (from
    /// `actor_counterparts`, which triggers keep in step with the participants).
    func counterparts(actorID: Int64) throws -> [(actor: ActorRecord, calls: Int)] {
        let sql = """
            SELECT \(Self.columns), c.calls
            FROM actor_counterparts c
            JOIN actors a ON a.id = c.other_id
            WHERE c.actor_id = ?1
            ORDER BY c.calls DESC, a.id
            """
        return try db.query(sql, [.integer(actorID)]) { (Self.record($0), $0.int(5)) }
    }
}
