import Testing
@testable import HotlineStore

@Suite("Migrations")
struct MigrationTests {
    static let addNotes = Migration(version: 2, sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT;")
    static let addIndex = Migration(version: 3, sql: "CREATE INDEX notes_by_body ON notes (body);")
    static let addTag = Migration(version: 4, sql: "ALTER TABLE notes ADD COLUMN tag TEXT;")

    private func version(_ path: String) throws -> Int? {
        let db = try Connection(path: path, readOnly: true)
        defer { db.close() }
        return try db.queryOne("PRAGMA user_version") { $0.int(0) }
    }

    private func tableExists(_ path: String, _ name: String) throws -> Bool {
        let db = try Connection(path: path, readOnly: true)
        defer { db.close() }
        return try db.queryOne("SELECT COUNT(*) FROM sqlite_master WHERE name = ?1", [.text(name)]) { $0.int(0) } == 1
    }

    /// A database at the base version (`schema.sql` only), closed; the directory keeps it alive.
    private func baseDatabase() throws -> (directory: TempDirectory, path: String) {
        let directory = try TempDirectory()
        let path = directory.path("base.sqlite")
        try Store(path: path, migrations: [], readerCount: 1).close()
        return (directory, path)
    }

    @Test func freshDatabaseIsAtTheLatestVersion() throws {
        let fixture = try StoreFixture()
        fixture.store.close()
        #expect(try version(fixture.path) == Schema.latestVersion)
        #expect(Schema.latestVersion == 3)
        #expect(try tableExists(fixture.path, "event_actor_countries"))
        #expect(try tableExists(fixture.path, "actor_counterparts"))
    }

    @Test func existingDatabaseIsMigratedInOrderAndKeepsItsData() throws {
        let (directory, path) = try baseDatabase()
        defer { withExtendedLifetime(directory) {} }
        let base = try Store(path: path, migrations: [], readerCount: 1)
        _ = try base.ingest(Fixture.article(1), events: [Fixture.call([Fixture.marchand, Fixture.ibanez], date: "2024-02-02")]) { _, _ in false }
        base.close()

        let v2 = try Store(path: path, migrations: [Self.addNotes], readerCount: 1)
        v2.close()
        #expect(try version(path) == 2)
        #expect(try tableExists(path, "notes"))
        #expect(!(try tableExists(path, "notes_by_body")))

        let v3 = try Store(path: path, migrations: [Self.addNotes, Self.addIndex], readerCount: 1)
        #expect(try v3.events(EventQuery()).events.count == 1)
        v3.close()
        #expect(try version(path) == 3)
        #expect(try tableExists(path, "notes_by_body"))
    }

    @Test func newerDatabaseIsRefused() throws {
        let (directory, path) = try baseDatabase()
        defer { withExtendedLifetime(directory) {} }
        let v4 = try Store(path: path, migrations: [Self.addNotes, Self.addIndex, Self.addTag], readerCount: 1)
        v4.close()
        #expect(throws: SchemaVersionError.newerThanSupported(found: 4, supported: 3)) {
            _ = try Store(path: path)
        }
        #expect(try version(path) == 4)
    }

    @Test func failingMigrationLeavesTheVersion() throws {
        let (directory, path) = try baseDatabase()
        defer { withExtendedLifetime(directory) {} }
        let broken = Migration(version: 2, sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY); CREATE TABLE articles (x);")
        #expect(throws: SQLiteError.self) { _ = try Store(path: path, migrations: [broken], readerCount: 1) }
        #expect(try version(path) == 1)
        #expect(!(try tableExists(path, "notes")))
    }

    @Test func migrationsMustFollowOneByOne() throws {
        let directory = try TempDirectory()
        let skipping = Migration(version: 3, sql: "SELECT 1;")
        #expect(throws: SchemaVersionError.self) {
            _ = try Store(path: directory.path("db.sqlite"), migrations: [skipping], readerCount: 1)
        }
    }
}
