
extension Store {
    /// Caps the database at about `bytes` (SQLite `max_page_count`): a write that would grow it
    /// further fails with `SQLITE_FULL` and is rolled back, as on a full disk. Never shrinks a
    /// database already larger (its current size becomes the cap). `hotline serve --max-db-size`.
    public func limitSize(bytes: Int) throws {
        try writer.withConnection { connection in
            let pageSize = try connection.queryOne("PRAGMA page_size") { $0.int(0) } ?? 4096
            // A pragma takes no bound parameters; the value is an integer computed here.
            let pages = max(1, bytes / max(pageSize, 512))
            _ = try connection.queryOne("PRAGMA max_page_count = \(pages)") { $0.int(0) }
        }
    }

    /// Refuses every later write with `SQLITE_READONLY` (SQLite `query_only`); reads go on.
    /// `hotline serve --read-only`, e.g. to serve a backup copy.
    public func makeReadOnly() throws {
        try writer.withConnection { try $0.execute(script: "PRAGMA query_only = ON") }
    }
}

extension Store {
    /// `PRAGMA integrity_check` on a read connection: "ok", or SQLite's list of problems.
    public func integrityCheck() throws -> String {
        try readers.read { connection in
            try connection.query("PRAGMA integrity_check") { $0.text(0) }.joined(separator: "\n")
        }
    }
}
