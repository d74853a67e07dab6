import Foundation
import Testing

/// `hotline backup` as a user runs it.
@Suite(.serialized) struct BackupCommandTests {
    @Test func backupWritesAServableCopyAndNeverOverwrites() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hotline-backup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try CommandTests.article.write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("live.db").path, copy = dir.appendingPathComponent("copy.db").path
        #expect(try CommandTests.run(["ingest", dir.appendingPathComponent("a.txt").path, "--db", db]).status == 0)

        let first = try CommandTests.run(["backup", "--db", db, copy])
        #expect(first.status == 0 && first.err.contains("backed up"))
        // The copy is a Hotline database: the article is already in it.
        let reingest = try CommandTests.run(["ingest", dir.appendingPathComponent("a.txt").path, "--db", copy])
        #expect(reingest.err.contains("0 stored, 1 already stored"))

        let again = try CommandTests.run(["backup", "--db", db, copy])
        #expect(again.status == 1 && again.err.contains("already exists"))
        #expect(try CommandTests.run(["backup", "--db", db]).status == 2)
    }
}
