import Foundation

/// The single read-write connection, used under a lock: one writer at a time.
///
/// `@unchecked Sendable`: the connection is only touched while `lock` is held.
final class WriterConnection: @unchecked Sendable {
    private let lock = NSLock()
    private var connection: Connection?

    init(_ connection: Connection) {
        self.connection = connection
    }

    /// Runs `body` with the writer, waiting for any other writer to finish first.
    func withConnection<T>(_ body: (Connection) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        guard let connection else { throw StoreError.closed }
        return try body(connection)
    }

    /// Runs `body` in a `BEGIN IMMEDIATE` transaction with the writer.
    func write<T>(_ body: (Connection) throws -> T) throws -> T {
        try withConnection { connection in try connection.writeTransaction { try body(connection) } }
    }

    /// Checkpoints the WAL into the database file, then closes; idempotent.
    func close() {
        lock.lock()
        defer { lock.unlock() }
        guard let connection else { return }
        try? connection.checkpoint()
        connection.close()
        self.connection = nil
    }
}
