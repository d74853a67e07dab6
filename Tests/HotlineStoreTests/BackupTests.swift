import Foundation
import Testing
@testable import HotlineStore

/// Stops a writer thread and records what it committed.
final class WriterProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var stopRequested = false
    private var committed = 0
    private var failures: [String] = []

    var shouldStop: Bool { lock.withLock { stopRequested } }
    func stop() { lock.withLock { stopRequested = true } }
    func didCommit() { lock.withLock { committed += 1 } }
    func record(_ error: Error) { lock.withLock { failures.append(String(describing: error)) } }
    var commits: Int { lock.withLock { committed } }
    var errors: [String] { lock.withLock { failures } }
}

@Suite("Backup")
struct BackupTests {
    static let people = [Fixture.marchand, Fixture.ibanez, Fixture.haddad, Fixture.okafor]

    /// Article `n` with exactly two events, so a torn copy would show a count that is not even.
    static func ingest(_ fixture: StoreFixture, _ n: Int) throws {
        let events = [Fixture.call([people[n % 4], people[(n + 1) % 4]], date: String(format: "2024-02-%02d", n % 28 + 1)),
                      Fixture.call([people[n % 4], people[(n + 2) % 4]], date: String(format: "2023-05-%02d", n % 28 + 1))]
        try fixture.ingest(Fixture.article(n), events)
    }

    static func counts(_ path: String) throws -> (articles: Int, events: Int, integrity: String?) {
        let db = try Connection(path: path, readOnly: true)
        defer { db.close() }
        return (try db.queryOne("SELECT COUNT(*) FROM articles") { $0.int(0) } ?? -1,
                try db.queryOne("SELECT COUNT(*) FROM events") { $0.int(0) } ?? -1,
                try db.queryOne("PRAGMA integrity_check") { $0.text(0) })
    }

    @Test func copyOfAQuietDatabaseHasEverything() throws {
        let fixture = try StoreFixture()
        for n in 0..<30 { try Self.ingest(fixture, n) }
        let out = fixture.directory.path("copy.db")
        let summary = try DatabaseBackup.copy(from: fixture.path, to: out)
        #expect(summary.pages > 0 && summary.bytes == summary.pages * 4096)
        let copy = try Self.counts(out)
        #expect(copy.integrity == "ok")
        let events = try fixture.count("events")
        #expect(copy.articles == 30 && copy.events == events && events == 60)
        // A single file (rollback journal), that the store opens and queries like the original.
        #expect(!FileManager.default.fileExists(atPath: out + "-wal"))
        let reopened = try Store(path: out)
        defer { reopened.close() }
        var query = EventQuery()
        query.actor = "Marchand"
        query.limit = 100
        let expected = try fixture.store.events(query).events.count
        #expect(expected > 0)
        #expect(try reopened.events(query).events.count == expected)
    }

    @Test func copyWhileAWriterRunsIsOneCommittedState() throws {
        let fixture = try StoreFixture()
        for n in 0..<20 { try Self.ingest(fixture, n) }
        let progress = WriterProgress()
        let writer = Thread {
            var n = 20
            while !progress.shouldStop && n < 5_000 {
                do { try Self.ingest(fixture, n); progress.didCommit() } catch { progress.record(error) }
                n += 1
            }
        }
        writer.start()
        while progress.commits < 10 { usleep(1_000) }
        let before = 20 + progress.commits
        let out = fixture.directory.path("live.db")
        _ = try DatabaseBackup.copy(from: fixture.path, to: out)
        let after = 20 + progress.commits
        // Let the writer commit a few more after the copy, to show it was running throughout.
        while progress.commits < after - 20 + 5 { usleep(1_000) }
        progress.stop()
        while !writer.isFinished { usleep(1_000) }
        #expect(progress.errors.isEmpty, "writer errors: \(progress.errors.prefix(2))")

        let copy = try Self.counts(out)
        #expect(copy.integrity == "ok")
        // Some committed state between the start and the end of the backup, never a torn one:
        // each article came with exactly its two events.
        #expect(copy.articles >= before && copy.articles <= after + 1)
        #expect(copy.events == 2 * copy.articles)
        // The writer went on after the copy: the source has more than the copy.
        let source = try fixture.count("articles")
        #expect(source == 20 + progress.commits && source > copy.articles)
    }

    @Test func refusesToOverwriteOrToCopyNothing() throws {
        let fixture = try StoreFixture()
        let existing = fixture.directory.path("exists.db")
        _ = FileManager.default.createFile(atPath: existing, contents: Data("keep me".utf8))
        #expect(throws: BackupError.self) { try DatabaseBackup.copy(from: fixture.path, to: existing) }
        #expect(FileManager.default.contents(atPath: existing) == Data("keep me".utf8))
        #expect(throws: BackupError.self) { try DatabaseBackup.copy(from: fixture.directory.path("missing.db"), to: fixture.directory.path("x.db")) }
        #expect(!FileManager.default.fileExists(atPath: fixture.directory.path("x.db")))
    }
}
