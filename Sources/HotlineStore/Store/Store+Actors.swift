extension Store {
    /// Actors whose folded name, alias or surname contains the folded `q` (exact matches
    /// first, then prefixes, then the rest, each by name); all actors by name when `q` is nil
    /// or has no letters. `limit` is clamped to 1...500.
    public func actors(matching q: String?, limit: Int) throws -> [ActorRecord] {
        let limit = min(max(limit, 1), 500)
        let folded = q.map(NameFolding.fold) ?? ""
        return try readers.read { db in
            let actors = ActorStore(db: db)
            return folded.isEmpty ? try actors.all(limit: limit) : try actors.search(folded: folded, limit: limit)
        }
    }

    /// The actor with its number of calls and its counterparts, most frequent first.
    public func actor(id: Int64) throws -> ActorSummary? {
        try readers.read { db in
            let actors = ActorStore(db: db)
            guard let actor = try actors.find(id: id) else { return nil }
            return ActorSummary(actor: actor, callCount: try actors.callCount(actorID: id),
                                counterparts: try actors.counterparts(actorID: id))
        }
    }
}
