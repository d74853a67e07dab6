import Foundation
import Testing
@testable import HotlineStore

@Suite("Schema")
struct SchemaTests {
    static let schemaFile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("schema.sql")

    @Test func embeddedSchemaIsTheFile() throws {
        let file = try String(contentsOf: Self.schemaFile, encoding: .utf8)
        #expect(!file.isEmpty)
        #expect(Store.schemaSQL == file)
        #expect(Schema.sql == file)
    }

    @Test func appliedSchemaEqualsTheFileAndMigrationsExecutedDirectly() throws {
        let fixture = try StoreFixture()
        fixture.store.close()
        let direct = fixture.directory.path("direct.sqlite")
        let file = try String(contentsOf: Self.schemaFile, encoding: .utf8)
        let raw = try Connection(path: direct, readOnly: false)
        try raw.execute(script: file)
        for migration in Migrations.all {
            try raw.execute(script: migration.sql + "\nPRAGMA user_version = \(migration.version);")
        }
        raw.close()

        func master(_ path: String) throws -> [[String]] {
            let db = try Connection(path: path, readOnly: true)
            defer { db.close() }
            return try db.query("SELECT type, name, tbl_name, COALESCE(sql, '') FROM sqlite_master ORDER BY type, name") {
                [$0.text(0), $0.text(1), $0.text(2), $0.text(3)]
            }
        }
        let applied = try master(fixture.path)
        #expect(applied.count > 10)
        #expect(applied == (try master(direct)))
        #expect(applied.contains { $0[1] == "event_participants_by_actor" })
    }

    @Test func connectionPragmas() throws {
        let fixture = try StoreFixture()
        let results = try fixture.store.writer.withConnection { db in
            (try db.queryOne("PRAGMA journal_mode") { $0.text(0) },
             try db.queryOne("PRAGMA foreign_keys") { $0.int(0) },
             try db.queryOne("PRAGMA synchronous") { $0.int(0) },
             try db.queryOne("PRAGMA busy_timeout") { $0.int(0) },
             try db.queryOne("PRAGMA user_version") { $0.int(0) })
        }
        #expect(results.0 == "wal")
        #expect(results.1 == 1)
        #expect(results.2 == 1) // NORMAL
        #expect(results.3 == 5_000)
        #expect(results.4 == Schema.latestVersion)
        let readerForeignKeys = try fixture.store.readers.read { try $0.queryOne("PRAGMA foreign_keys") { $0.int(0) } }
        #expect(readerForeignKeys == 1)
    }

    @Test func foreignKeysAreEnforced() throws {
        let fixture = try StoreFixture()
        #expect(throws: SQLiteError.self) {
            try fixture.store.writer.withConnection { db in
                try db.run("INSERT INTO event_sources (event_id, article_id, evidence, context) VALUES (?1, ?2, '', '')",
                           [.integer(999), .integer(999)])
            }
        }
    }

    @Test func sqliteErrorsCarrySQLButNotValues() throws {
        let fixture = try StoreFixture()
        fixture.store.close()
        let db = try Connection(path: fixture.path, readOnly: false)
        defer { db.close() }
        try db.run("INSERT INTO articles (url, text_hash, text) VALUES (?1, ?2, ?3)", [.text("u"), .text("secret-hash"), .text("t")])
        do {
            try db.run("INSERT INTO articles (url, text_hash, text) VALUES (?1, ?2, ?3)", [.text("u2"), .text("secret-hash"), .text("t")])
            Issue.record("duplicate text_hash was accepted")
        } catch let error as SQLiteError {
            #expect(error.isConstraint)
            #expect(error.sql?.contains("INSERT INTO articles") == true)
            #expect(!error.description.contains("secret-hash"))
            #expect(!(error.sql ?? "").contains("secret-hash"))
        }
    }

    @Test func unusablePathsGiveClearErrors() throws {
        for path in [":memory:", "", "/nonexistent-dir-\(UUID().uuidString)/db.sqlite"] {
            do {
                _ = try Store(path: path)
                Issue.record("opened \(path)")
            } catch let error as SQLiteError {
                #expect(error.code & 0xFF == 14, "\(error)")  // SQLITE_CANTOPEN
                #expect(!error.message.isEmpty)
            }
        }
    }

    @Test func closedStoreThrowsClosed() throws {
        let fixture = try StoreFixture()
        try fixture.store.ping()
        fixture.store.close()
        #expect(throws: StoreError.closed) { try fixture.store.ping() }
        #expect(throws: StoreError.closed) { try fixture.ingest(Fixture.article(1), []) }
        // The WAL was checkpointed into the file and removed with the last connection.
        #expect(!FileManager.default.fileExists(atPath: fixture.path + "-wal"))
    }

    @Test func statementCacheIsBounded() throws {
        let fixture = try StoreFixture()
        let count = try fixture.store.writer.withConnection { db in
            for n in 0..<(StatementCache.capacity + 20) {
                _ = try db.queryOne("SELECT ?1 + \(n)", [.integer(1)]) { $0.int(0) }
            }
            return db.cachedStatementCount
        }
        #expect(count == StatementCache.capacity)
    }

    @Test func statementsAreCachedPerConnection() throws {
        let fixture = try StoreFixture()
        try fixture.ingest(Fixture.article(1), [Fixture.call([Fixture.marchand, Fixture.ibanez], date: "2024-01-01")])
        let before = try fixture.store.writer.withConnection { $0.cachedStatementCount }
        try fixture.ingest(Fixture.article(2), [Fixture.call([Fixture.marchand, Fixture.okafor], date: "2024-01-02")])
        let after = try fixture.store.writer.withConnection { $0.cachedStatementCount }
        #expect(before > 5)
        #expect(after == before)
    }
}
