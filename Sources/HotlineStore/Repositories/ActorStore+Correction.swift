extension ActorStore {
    /// The identity key of an actor.
    func key(id: Int64) throws -> String? {
        try db.queryOne("SELECT key FROM actors WHERE id = ?1", [.integer(id)]) { $0.text(0) }
    }

    func id(key: String) throws -> Int64? {
        try db.queryOne("SELECT id FROM actors WHERE key = ?1", [.text(key)]) { $0.int64(0) }
    }

    /// Overwrites the actor `id` (or, when nil, the actor with `correction.key`, created if
    /// missing) with the correction, key included, and rewrites its name index. Throws
    /// `ActorKeyConflictError` when another actor has the key. Returns the actor id.
    func correct(id: Int64?, with correction: ActorCorrection) throws -> Int64 {
        let holder = try self.id(key: correction.key)
        let target: Int64
        if let id {
            if let holder, holder != id { throw ActorKeyConflictError(key: correction.key, actorID: holder) }
            target = id
        } else if let holder {
            target = holder
        } else {
            target = try findOrCreate(NewParticipant(key: correction.key, name: nil, country: nil, role: nil, aliases: []))
        }
        let aliases = ActorAliases.union([], correction.aliases)
        let name = correction.name?.nonBlank
        try db.run("UPDATE actors SET key = ?2, name = ?3, country = ?4, role = ?5, aliases = ?6 WHERE id = ?1",
                   [.integer(target), .text(correction.key), .optional(name),
                    .optional(correction.country?.nonBlank?.uppercased()), .optional(correction.role?.nonBlank),
                    .text(ActorAliases.encode(aliases))])
        try syncNames(actorID: target, name: name, aliases: aliases)
        return target
    }

    /// Deletes those of `ids` that no event refers to any more (as participant or initiator),
    /// except actors backed by a user official (their key is "kb:" + a `user_officials` id).
    func deleteUnreferenced(_ ids: [Int64]) throws {
        for id in ids {
            try db.run("""
                DELETE FROM actors WHERE id = ?1
                  AND NOT EXISTS (SELECT 1 FROM event_participants WHERE actor_id = ?1)
                  AND NOT EXISTS (SELECT 1 FROM events WHERE initiator_actor_id = ?1)
                  AND key NOT IN (SELECT 'kb:' || id FROM user_officials)
                """, [.integer(id)])
        }
    }
}
