import Testing
@testable import HotlineStore

@Suite("Migrations")
struct MigrationTests {
    static let addNotes = Migration(version: 2, sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT;")
    static let addIndex = Migration(version: 3, sql: "CREATE INDEX notes_by_body ON notes (body);")

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

    @Test func freshDatabaseIsVersionOne() throws {
        let fixture = try StoreFixture()
        fixture.store.close()
        #expect(try version(fixture.path) == Schema.baseVersion)
        #expect(Schema.latestVersion == 1)
    }

    @Test func existingDatabaseIsMigratedInOrderAndKeepsItsData() throws {
        let fixture = try StoreFixture()
        try fixture.ingest(Fixture.article(1), [Fixture.call([Fixture.marchand, Fixture.ibanez], date: "2024-02-02")])
        fixture.store.close()

        let v2 = try Store(path: fixture.path, migrations: [Self.addNotes], readerCount: 1)
        v2.close()
        #expect(try version(fixture.path) == 2)
        #expect(try tableExists(fixture.path, "notes"))
        #expect(!(try tableExists(fixture.path, "notes_by_body")))

        let v3 = try Store(path: fixture.path, migrations: [Self.addNotes, Self.addIndex], readerCount: 1)
        #expect(try v3.events(EventQuery()).events.count == 1)
        v3.close()
        #expect(try version(fixture.path) == 3)
        #expect(try tableExists(fixture.path, "notes_by_body"))
    }

    @Test func newerDatabaseIsRefused() throws {
        let fixture = try StoreFixture()
        fixture.store.close()
        let v2 = try Store(path: fixture.path, migrations: [Self.addNotes], readerCount: 1)
        v2.close()
        #expect(throws: SchemaVersionError.newerThanSupported(found: 2, supported: 1)) {
            _ = try Store(path: fixture.path)
        }
        #expect(try version(fixture.path) == 2)
    }

    @Test func failingMigrationLeavesTheVersion() throws {
        let fixture = try StoreFixture()
        fixture.store.close()
        let broken = Migration(version: 2, sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY); CREATE TABLE articles (x);")
        #expect(throws: SQLiteError.self) { _ = try Store(path: fixture.path, migrations: [broken], readerCount: 1) }
        #expect(try version(fixture.path) == 1)
        #expect(!(try tableExists(fixture.path, "notes")))
    }

    @Test func migrationsMustFollowOneByOne() throws {
        let directory = try TempDirectory()
        let skipping = Migration(version: 3, sql: "SELECT 1;")
        #expect(throws: SchemaVersionError.self) {
            _ = try Store(path: directory.path("db.sqlite"), migrations: [skipping], readerCount: 1)
        }
    }
}
