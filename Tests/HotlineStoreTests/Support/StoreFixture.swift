@testable import HotlineStore

/// A store on a new database file in its own temp directory.
struct StoreFixture {
    let directory: TempDirectory
    let store: Store
    let path: String

    init() throws {
        directory = try TempDirectory()
        path = directory.path("hotline.sqlite")
        store = try Store(path: path)
    }

    /// Counts rows of `table` through a separate read-only connection.
    func count(_ table: String) throws -> Int {
        let db = try Connection(path: path, readOnly: true)
        defer { db.close() }
        // Table names come from the tests themselves, never from input.
        return try db.queryOne("SELECT COUNT(*) FROM \(table)") { $0.int(0) } ?? -1
    }

    /// Ingests with a merge decision that never merges.
    @discardableResult
    func ingest(_ article: NewArticle, _ events: [NewEvent]) throws -> IngestResult {
        try store.ingest(article, events: events) { _, _ in false }
    }
}
