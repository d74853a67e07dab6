extension Store {
    /// Every user official, by id.
    public func userOfficials() throws -> [UserOfficialRecord] {
        try readers.read { try UserOfficialStore(db: $0).all() }
    }

    public func userOfficial(id: String) throws -> UserOfficialRecord? {
        try readers.read { try UserOfficialStore(db: $0).find(id: id) }
    }

    /// The identity key of an actor ("kb:<official id>", "name:...", "office:..."), nil when unknown.
    public func actorKey(id: Int64) throws -> String? {
        try readers.read { try ActorStore(db: $0).key(id: id) }
    }

    /// In one transaction: saves the user official `entry` (a JSON object in the officials.json
    /// format) under `id`, replacing any entry with that id, and overwrites the actor row with
    /// `correction` — actor `actorID`, or the actor with `correction.key` (created if missing)
    /// when `actorID` is nil. Throws `ActorKeyConflictError` when another actor has the key.
    /// Returns the corrected actor.
    public func saveUserOfficial(id: String, entry: String, actorID: Int64?, correction: ActorCorrection) throws -> ActorRecord {
        try writer.write { db in
            try UserOfficialStore(db: db).save(id: id, entry: entry)
            let actors = ActorStore(db: db)
            let actorID = try actors.correct(id: actorID, with: correction)
            guard let record = try actors.find(id: actorID) else {
                throw SQLiteError(code: 1, message: "corrected actor \(actorID) vanished", sql: nil)
            }
            return record
        }
    }
}
