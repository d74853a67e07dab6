import Foundation
import Testing

/// `hotline serve --read-only` and `--max-db-size`, run as a process.
@Suite(.serialized) struct ServeStorageTests {
    static let article = #"{"text": "German Chancellor Olaf Scholz spoke by phone with French President Emmanuel Macron on 3 May 2023.", "published_at": "2023-05-04"}"#

    @Test func readOnlyServerAnswers503ToWritesAndServesReads() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hotline-ro-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let server = try ServerProcess(["--db", dir.appendingPathComponent("ro.db").path, "--read-only"])
        defer { server.stop() }
        let write = httpCall(port: server.port, "POST", "/v1/articles", body: Self.article)
        #expect(write?.status == 503 && write?.body.contains("read_only") == true)
        #expect(httpCall(port: server.port, "GET", "/v1/events")?.status == 200)
    }

    @Test func sizeCappedServerAnswers503WhenFull() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hotline-cap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // 1K is below the size of the empty schema: the cap is its current size.
        let server = try ServerProcess(["--db", dir.appendingPathComponent("cap.db").path, "--max-db-size", "1K"])
        defer { server.stop() }
        // Big enough to need new pages (a short article could fit in the empty tables' pages).
        let long = String(repeating: "The talks covered trade and energy in detail. ", count: 1000)
        let body = String(decoding: try JSONSerialization.data(withJSONObject: ["text": long]), as: UTF8.self)
        let write = httpCall(port: server.port, "POST", "/v1/articles", body: body)
        #expect(write?.status == 503 && write?.body.contains("storage_full") == true)
        #expect(httpCall(port: server.port, "GET", "/v1/events")?.status == 200)
    }
}
