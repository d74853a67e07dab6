import CSQLite
import Foundation

/// A consistent copy of a live database with SQLite's online backup API (`sqlite3_backup_*`).
///
/// The source is opened read-only and copied in ONE backup step, inside one read transaction:
/// in WAL mode that is one snapshot of the last committed state, taken without blocking the
/// server's writer or readers. The copy is written beside the destination, switched to the
/// rollback journal (a single self-contained file, no `-wal` beside it), checked with
/// `PRAGMA quick_check`, then renamed into place, so a failed backup never leaves a half file
/// under the destination's name. The copy is a plain Hotline database: serve it with `--db`.
public enum DatabaseBackup {
    /// What was copied.
    public struct Summary: Sendable {
        public let pages: Int
        public let bytes: Int
    }

    /// Attempts while the source is busy (for example during a checkpoint), 50 ms apart.
    static let busyRetries = 200

    /// Copies the database at `source` to a new file `destination` (which must not exist).
    public static func copy(from source: String, to destination: String) throws -> Summary {
        let files = FileManager.default
        guard files.fileExists(atPath: source) else { throw BackupError("no database at \(source)") }
        guard !files.fileExists(atPath: destination) else {
            throw BackupError("\(destination) already exists; choose a new file name")
        }
        let partial = destination + ".partial"
        try? files.removeItem(atPath: partial)
        do {
            let pages = try write(from: source, to: partial)
            try files.moveItem(atPath: partial, toPath: destination)
            let size = (try? files.attributesOfItem(atPath: destination))?[.size] as? Int
            return Summary(pages: pages, bytes: size ?? 0)
        } catch {
            try? files.removeItem(atPath: partial)
            throw error
        }
    }

    /// The backup itself into `path`; returns the page count.
    private static func write(from source: String, to path: String) throws -> Int {
        let from = try Connection(path: source, readOnly: true)
        defer { from.close() }
        let to = try Connection(path: path, readOnly: false)
        defer { to.close() }
        let target = try to.database()
        guard let backup = sqlite3_backup_init(target, "main", try from.database(), "main") else {
            throw SQLiteError(code: sqlite3_extended_errcode(target), message: String(cString: sqlite3_errmsg(target)), sql: nil)
        }
        var rc = SQLITE_OK
        for _ in 0..<busyRetries {
            rc = sqlite3_backup_step(backup, -1)
            guard rc == SQLITE_BUSY || rc == SQLITE_LOCKED else { break }
            sqlite3_sleep(50)
        }
        let pages = Int(sqlite3_backup_pagecount(backup))
        sqlite3_backup_finish(backup)
        guard rc == SQLITE_DONE else {
            throw SQLiteError(code: rc, message: "backup failed: \(String(cString: sqlite3_errstr(rc)))", sql: nil)
        }
        _ = try to.queryOne("PRAGMA journal_mode = DELETE") { $0.text(0) }
        let check = try to.queryOne("PRAGMA quick_check") { $0.text(0) }
        guard check == "ok" else { throw BackupError("the copy failed its check: \(check ?? "no answer")") }
        return pages
    }
}
