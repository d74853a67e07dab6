/// Reads and writes `user_officials`.
struct UserOfficialStore {
    let db: Connection

    static func record(_ row: Row) -> UserOfficialRecord {
        UserOfficialRecord(id: row.text(0), entry: row.text(1), updatedAt: row.text(2))
    }

    /// Every entry, by id.
    func all() throws -> [UserOfficialRecord] {
        try db.query("SELECT id, entry, updated_at FROM user_officials ORDER BY id", map: Self.record)
    }

    func find(id: String) throws -> UserOfficialRecord? {
        try db.queryOne("SELECT id, entry, updated_at FROM user_officials WHERE id = ?1", [.text(id)], map: Self.record)
    }

    /// Inserts the entry or replaces the one with the same id.
    func save(id: String, entry: String) throws {
        try db.run("""
            INSERT INTO user_officials (id, entry) VALUES (?1, ?2)
            ON CONFLICT (id) DO UPDATE SET entry = excluded.entry,
                updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
            """, [.text(id), .text(entry)])
    }
}
