import CSQLite

/// A failed SQLite call: the extended result code, SQLite's message and the statement text.
/// It never holds bound values, so it is safe to log.
public struct SQLiteError: Error, Sendable, CustomStringConvertible {
    /// Extended result code (`code & 0xFF` is the primary code).
    public let code: Int32
    public let message: String
    /// The SQL text of the failing statement, when there is one.
    public let sql: String?

    public init(code: Int32, message: String, sql: String?) {
        self.code = code; self.message = message; self.sql = sql
    }

    /// A UNIQUE, FOREIGN KEY, CHECK or NOT NULL violation.
    public var isConstraint: Bool { code & 0xFF == SQLITE_CONSTRAINT }
    /// The database was locked by another connection longer than the busy timeout.
    public var isBusy: Bool { code & 0xFF == SQLITE_BUSY || code & 0xFF == SQLITE_LOCKED }

    /// The disk is full or the database reached its size limit (`Store.limitSize`).
    public var isFull: Bool { code & 0xFF == SQLITE_FULL }
    /// The database (file, file system or `Store.makeReadOnly`) does not accept writes.
    public var isReadOnly: Bool { code & 0xFF == SQLITE_READONLY }
    /// An I/O error, a file that cannot be opened, or SQLite out of memory.
    public var isIOFailure: Bool {
        [SQLITE_IOERR, SQLITE_CANTOPEN, SQLITE_NOMEM, SQLITE_PROTOCOL].contains(code & 0xFF)
    }

    public var description: String {
        "SQLite error \(code): \(message)" + (sql.map { " [\($0)]" } ?? "")
    }
}
