import Foundation

/// A small pool of read-only connections. In WAL mode readers see the last committed snapshot
/// and never wait for the writer, so reads do not queue behind a long ingest.
///
/// `@unchecked Sendable`: the mutable state (idle connections, counts, closed flag) is only
/// touched under `condition`, and a connection is handed to one caller at a time.
final class ReaderPool: @unchecked Sendable {
    private let path: String
    /// Most connections open at once; callers beyond that wait for one to be returned.
    let capacity: Int
    private let condition = NSCondition()
    private var idle: [Connection] = []
    private var openCount = 0
    private var closed = false

    /// Bytes of the file each reader maps (`Connection.mapBytes`).
    let mapBytes: Int64

    init(path: String, capacity: Int, mapBytes: Int64 = 0) {
        self.path = path
        self.capacity = max(1, capacity)
        self.mapBytes = mapBytes
    }

    /// Runs `body` with a reader of its own, inside one read transaction (one snapshot).
    func read<T>(_ body: (Connection) throws -> T) throws -> T {
        let connection = try acquire()
        defer { release(connection) }
        return try connection.readTransaction { try body(connection) }
    }

    private func acquire() throws -> Connection {
        condition.lock()
        while true {
            if closed {
                condition.unlock()
                throw StoreError.closed
            }
            if let connection = idle.popLast() {
                condition.unlock()
                return connection
            }
            if openCount < capacity {
                openCount += 1
                condition.unlock()
                do {
                    return try Connection(path: path, readOnly: true, mapBytes: mapBytes)
                } catch {
                    condition.lock()
                    openCount -= 1
                    condition.signal()
                    condition.unlock()
                    throw error
                }
            }
            condition.wait()
        }
    }

    private func release(_ connection: Connection) {
        condition.lock()
        defer { condition.unlock() }
        if closed {
            connection.close()
            openCount -= 1
        } else {
            idle.append(connection)
        }
        condition.signal()
    }

    /// Closes the idle readers now and the busy ones when they come back; later reads throw.
    func close() {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        for connection in idle { connection.close() }
        openCount -= idle.count
        idle.removeAll()
        condition.broadcast()
    }
}
