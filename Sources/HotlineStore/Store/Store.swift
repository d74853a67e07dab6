import CSQLite

/// The SQLite store: one writer at a time, readers in parallel (WAL).
///
/// Writes go through one read-write connection under a lock (`WriterConnection`); reads use a
/// small pool of read-only connections (`ReaderPool`), each read in one snapshot, so a read
/// never waits behind a long ingest. Both are `Sendable`, so the store is too.
public final class Store: Sendable {
    /// Read connections opened at most (the machine has few cores; reads are short).
    public static let defaultReaderCount = 4
    /// Default bytes of the database file each reader maps into memory (`hotline serve
    /// --reader-map`): none. Mapping the whole file (2G, SQLite's cap on Debian) cut the 1M-event
    /// actor query p99 from 3.8 to 2.8 ms in the benchmark, but every mapped page the readers touch
    /// counts in the server's RSS (3.9 GB at 1M events, against 41 MB with plain reads), so it is
    /// an opt-in for machines where page-cache RSS does not matter.
    public static let defaultReaderMapBytes: Int64 = 0

    let writer: WriterConnection
    let readers: ReaderPool

    /// The exact text of `schema.sql` as embedded in the binary (the schema the store applies).
    public static var schemaSQL: String { Schema.sql }

    /// Opens (creating if needed) the database at `path` and applies `schema.sql`, then any
    /// later migrations. Throws `SchemaVersionError.newerThanSupported` for a database written
    /// by a newer build, `SQLiteError` when SQLite fails.
    /// Each reader maps up to `readerMapBytes` of the file (0: plain reads; see
    /// `defaultReaderMapBytes` for the trade-off).
    public convenience init(path: String, readerMapBytes: Int64 = Store.defaultReaderMapBytes) throws {
        try self.init(path: path, migrations: Migrations.all, readerCount: Self.defaultReaderCount, readerMapBytes: readerMapBytes)
    }

    /// Opens with an explicit migration list (tests use it to simulate later versions).
    init(path: String, migrations: [Migration], readerCount: Int, readerMapBytes: Int64 = Store.defaultReaderMapBytes) throws {
        if path.isEmpty || path == ":memory:" || path.contains(":memory:") || path.contains("mode=memory") {
            // Each reader would open its own, empty in-memory database.
            throw SQLiteError(code: SQLITE_CANTOPEN, message: "in-memory databases are not supported: give a file path", sql: nil)
        }
        let connection = try Connection(path: path, readOnly: false)
        do {
            try Migrator(migrations: migrations).migrate(connection)
        } catch {
            connection.close()
            throw error
        }
        writer = WriterConnection(connection)
        readers = ReaderPool(path: path, capacity: readerCount, mapBytes: readerMapBytes)
    }

    deinit { close() }

    /// Closes every connection (checkpointing the WAL into the file); later calls throw
    /// `StoreError.closed`. Reads in flight finish first on their own connection.
    public func close() {
        readers.close()
        writer.close()
    }

    /// Checks that a read works (a trivial query on a reader).
    public func ping() throws {
        _ = try readers.read { try $0.queryOne("SELECT 1") { $0.int(0) } }
    }
}
