import Foundation

/// Articles POSTed over loopback by concurrent keep-alive clients into a fresh database: one
/// article per `POST /v1/articles`, or `batchSize` per `POST /v1/articles:batch` (NDJSON).
enum IngestPhase {
    struct Figures {
        let articlesPerSecond: Double
        let peakRSSMegabytes: Double
        let dbBytesPerArticle: Double
        let stored: Int
    }

    static func measure(binary: URL, database: String, articles: [GeneratedArticle], clients: Int,
                        batchSize: Int?) throws -> Figures {
        let server = try ServerProcess(binary: binary, database: database)
        defer { server.stop() }
        // Requests prepared before the clock starts; client c takes every clients-th request.
        let requests: [[UInt8]]
        if let batchSize {
            requests = stride(from: 0, to: articles.count, by: batchSize).map { start in
                let lines = articles[start..<min(start + batchSize, articles.count)].map(\.json).joined(separator: "\n")
                return LoadClient.request("POST", "/v1/articles:batch", body: Array(lines.utf8), contentType: "application/x-ndjson")
            }
        } else {
            requests = articles.map { LoadClient.request("POST", "/v1/articles", body: Array($0.json.utf8), contentType: "application/json") }
        }
        let port = server.port
        let start = Stopwatch.now()
        let counts = try Workers.run(clients) { worker -> Int in
            let client = try LoadClient(port: port)
            var stored = 0
            for index in stride(from: worker, to: requests.count, by: clients) {
                let answer = try client.exchange(requests[index])
                guard answer.status == 200 || answer.status == 201 else {
                    throw BenchError("ingest answered \(answer.status): \(String(decoding: answer.body.prefix(300), as: UTF8.self))")
                }
                stored += batchSize == nil ? 1 : Self.createdCount(answer.body)
            }
            return stored
        }
        let seconds = Stopwatch.seconds(since: start)
        let rss = server.peakRSSMegabytes()
        server.stop()
        let size = (try? FileManager.default.attributesOfItem(atPath: database)[.size] as? Int) ?? 0
        let stored = counts.reduce(0, +)
        return Figures(articlesPerSecond: Double(articles.count) / seconds, peakRSSMegabytes: rss,
                       dbBytesPerArticle: Double(size) / Double(max(stored, 1)), stored: stored)
    }

    /// Lines of an NDJSON batch answer that report a newly created article.
    private static func createdCount(_ body: ArraySlice<UInt8>) -> Int {
        String(decoding: body, as: UTF8.self).split(separator: "\n").filter { $0.contains("\"created\":true") }.count
    }
}
