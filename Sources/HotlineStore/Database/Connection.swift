import CSQLite

/// One SQLite connection with its statement cache.
///
/// Opened with SQLITE_OPEN_NOMUTEX: a connection is never used by two threads at once (the
/// store hands the writer out under a lock and each reader to one caller at a time), so SQLite's
/// own per-connection mutex would be pure overhead. Not thread-safe by itself.
final class Connection {
    /// Milliseconds a statement waits for a lock held by another connection.
    static let busyTimeoutMilliseconds: Int32 = 5_000

    private(set) var handle: OpaquePointer?
    private let cache = StatementCache()
    let readOnly: Bool

    /// Bytes of the file this connection maps (readers only; 0: plain reads).
    let mapBytes: Int64

    /// Opens `path` (creating it unless `readOnly`) and sets the connection pragmas; a reader
    /// maps up to `mapBytes` of the file.
    init(path: String, readOnly: Bool, mapBytes: Int64 = 0) throws {
        self.readOnly = readOnly
        self.mapBytes = readOnly ? max(0, mapBytes) : 0
        var db: OpaquePointer?
        let flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
            sqlite3_close_v2(db)
            throw SQLiteError(code: rc, message: "cannot open \(path): \(message)", sql: nil)
        }
        handle = db
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, Self.busyTimeoutMilliseconds)
        do {
            try configure()
        } catch {
            close()
            throw error
        }
    }

    deinit { close() }

    /// WAL (writer only: the mode is stored in the file), foreign keys, synchronous=NORMAL
    /// (safe with WAL: a crash may lose the last commits, never corrupt); readers map the file.
    private func configure() throws {
        if !readOnly {
            let mode = try queryOne("PRAGMA journal_mode = WAL") { $0.text(0) }
            guard mode?.lowercased() == "wal" else {
                throw SQLiteError(code: SQLITE_ERROR, message: "cannot switch to WAL (journal_mode is \(mode ?? "?"))", sql: "PRAGMA journal_mode = WAL")
            }
        }
        try execute(script: "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;")
        if mapBytes > 0 {
            // (a pragma takes no bound parameter; the value is an integer)
            try execute(script: "PRAGMA mmap_size = \(mapBytes)")
        }
    }

    /// The open handle, or `StoreError.closed`.
    func database() throws -> OpaquePointer {
        guard let handle else { throw StoreError.closed }
        return handle
    }

    /// Runs SQL text without parameters (schema, migrations, pragmas, BEGIN/COMMIT).
    func execute(script: String) throws {
        let db = try database()
        var errorMessage: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(db, script, nil, nil, &errorMessage)
        if rc != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(rc))
            sqlite3_free(errorMessage)
            throw SQLiteError(code: sqlite3_extended_errcode(db), message: message, sql: script)
        }
    }

    /// Runs a cached statement with bound `values`, calling `row` for every result row.
    func each(_ sql: String, _ values: [SQLValue] = [], row: (Row) throws -> Void) throws {
        let db = try database()
        let statement = try cache.statement(for: sql, database: db)
        defer { statement.reset() }
        try statement.bind(values)
        while try statement.step() {
            try row(Row(handle: statement.handle))
        }
    }

    /// Runs a cached statement that returns no rows we need.
    func run(_ sql: String, _ values: [SQLValue] = []) throws {
        try each(sql, values) { _ in }
    }

    /// Maps every result row.
    func query<T>(_ sql: String, _ values: [SQLValue] = [], map: (Row) throws -> T) throws -> [T] {
        var result: [T] = []
        try each(sql, values) { result.append(try map($0)) }
        return result
    }

    /// Maps the first result row, if any.
    func queryOne<T>(_ sql: String, _ values: [SQLValue] = [], map: (Row) throws -> T) throws -> T? {
        var result: T?
        try each(sql, values) { row in
            if result == nil { result = try map(row) }
        }
        return result
    }

    /// Rows changed by the last INSERT/UPDATE/DELETE.
    var changes: Int { handle.map { Int(sqlite3_changes($0)) } ?? 0 }

    /// Number of cached prepared statements (for tests and diagnostics).
    var cachedStatementCount: Int { cache.count }

    /// Finalizes the cached statements and closes the connection; idempotent.
    func close() {
        cache.removeAll()
        if let handle {
            sqlite3_close_v2(handle)
            self.handle = nil
        }
    }
}
