import CSQLite

extension Connection {
    /// Copies the WAL into the database file and truncates it (used on close).
    func checkpoint() throws {
        let db = try database()
        let rc = sqlite3_wal_checkpoint_v2(db, nil, SQLITE_CHECKPOINT_TRUNCATE, nil, nil)
        guard rc == SQLITE_OK else {
            throw SQLiteError(code: sqlite3_extended_errcode(db), message: String(cString: sqlite3_errmsg(db)), sql: nil)
        }
    }
}
