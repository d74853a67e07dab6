import Foundation
import Testing
@testable import HotlineStore

/// A full disk (simulated with the store's size limit, SQLite `max_page_count`) and a read-only
/// database: writes answer 503 with a clear message, reads keep working, nothing is half-written.
@Suite struct StorageFailureTests {
    /// Articles, events and source links stored.
    static func counts(_ store: Store) throws -> [Int] {
        try store.readers.read { c in
            try c.queryOne("""
                SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), (SELECT count(*) FROM event_sources)
                """) { [$0.int(0), $0.int(1), $0.int(2)] }!
        }
    }

    /// A new article big enough to need new pages (the filler paragraphs are unique to `tag`).
    static func bigArticle(_ tag: String) -> [String: Any?] {
        let filler = (0..<400).map { "Paragraph \($0) of dispatch \(tag) adds background about the region." }
        return ["text": Fixtures.otherCall + "\n\n" + filler.joined(separator: "\n\n"), "published_at": "2022-05-28"]
    }

    @Test func fullDatabaseRefusesWritesWith503AndKeepsServingReads() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        #expect(try client.postJSON("/v1/articles", ["text": Fixtures.callEnglish, "published_at": "2023-01-04"]).status == 201)
        let before = try Self.counts(server.store)
        try server.store.limitSize(bytes: 1)  // capped at its current size: the disk is "full"

        let refused = try client.postJSON("/v1/articles", Self.bigArticle("full"))
        #expect(refused.status == 503)
        #expect(refused.errorCode == "storage_full")
        let message = (refused.object["error"] as? [String: Any])?["message"] as? String ?? ""
        #expect(message.contains("database is full") && message.contains("nothing was written"))
        let batch = try client.request("POST", "/v1/articles:batch", body: Array(#"[{"text": "\#(String(repeating: "Long text. ", count: 3000))"}]"#.utf8),
                                       headers: ["Content-Type": "application/json"])
        // A batch reports each article's failure in its results (the batch itself is answered).
        #expect(batch.status == 200 && batch.text.contains(#""status":503,"code":"storage_full""#))

        #expect(try client.get("/v1/events").status == 200)
        #expect(try client.get("/v1/articles/1").status == 200)
        #expect(try client.get("/healthz").status == 200)
        #expect(try Self.counts(server.store) == before, "nothing half-written")
        #expect(try server.store.integrityCheck() == "ok")
    }

    @Test func readOnlyDatabaseRefusesWritesWith503AndKeepsServingReads() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        #expect(try client.postJSON("/v1/articles", ["text": Fixtures.callEnglish, "published_at": "2023-01-04"]).status == 201)
        let before = try Self.counts(server.store)
        try server.store.makeReadOnly()

        let refused = try client.postJSON("/v1/articles", Self.bigArticle("ro"))
        #expect(refused.status == 503)
        #expect(refused.errorCode == "read_only")
        let actor = try client.postJSON("/v1/actors", ["name": "Test Person", "country": "FR", "role": "Minister of Tests"])
        #expect(actor.status == 503 && actor.errorCode == "read_only")
        #expect(try client.get("/v1/events").status == 200)
        #expect(try client.get("/v1/articles/1").status == 200)
        #expect(try Self.counts(server.store) == before)
    }
}
