#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import HotlineStore

/// Crash safety: `hotline serve` killed with SIGKILL in the middle of a concurrent ingest load,
/// then restarted on the same database.
@Suite(.serialized) struct KillTests {
    /// What a client was told about one article.
    struct Acknowledged: Sendable { let articleID: String; let eventIDs: [String] }

    /// Collects the acknowledged articles of every worker.
    final class Ledger: @unchecked Sendable {
        private let lock = NSLock()
        private var acknowledged: [Acknowledged] = []
        private var failed = 0
        func add(_ item: Acknowledged) { lock.withLock { acknowledged.append(item) } }
        func fail() { lock.withLock { failed += 1 } }
        var items: [Acknowledged] { lock.withLock { acknowledged } }
        var failures: Int { lock.withLock { failed } }
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
    static let pairs = [("French President Emmanuel Macron", "German Chancellor Olaf Scholz"),
                        ("US Secretary of State Antony Blinken", "Chinese Foreign Minister Wang Yi"),
                        ("Spanish Prime Minister Pedro Sanchez", "Italian Prime Minister Giorgia Meloni")]

    /// A distinct article reporting one call (the worker and sequence number make it unique).
    static func article(worker: Int, sequence: Int) -> String {
        let (a, b) = pairs[(worker + sequence) % pairs.count]
        let day = 1 + sequence % 28, month = months[(worker * 5 + sequence / 28) % 12], year = 2015 + worker % 10
        let text = "\(a) spoke by telephone with \(b) on \(day) \(month) \(year) about energy prices, "
            + "according to bulletin \(worker)-\(sequence) of the ministry."
        let object: [String: String] = ["text": text, "published_at": "\(year + 1)-01-01"]
        return String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    static func ids(in json: String) -> (article: String, events: [String])? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
              let article = (object["article"] as? [String: Any])?["id"] as? String,
              let events = object["events"] as? [[String: Any]] else { return nil }
        return (article, events.compactMap { $0["id"] as? String })
    }

    /// Rounds of load-and-kill; `HOTLINE_KILL_ROUNDS` raises it (scripts/killtest.sh).
    static var rounds: Int { ProcessInfo.processInfo.environment["HOTLINE_KILL_ROUNDS"].flatMap { Int($0) } ?? 2 }

    /// Articles acknowledged in one round: 8 workers post until `target` are acknowledged, then
    /// the server is killed with every worker's next request in flight.
    static func loadAndKill(_ server: ServerProcess, round: Int, target: Int, ledger: Ledger) -> Int {
        let workers = 8
        let failuresBefore = ledger.failures, countBefore = ledger.items.count
        let group = DispatchGroup()
        for worker in 0..<workers {
            group.enter()
            Thread.detachNewThread { [port = server.port] in
                defer { group.leave() }
                for sequence in 0..<100_000 {
                    guard let reply = httpCall(port: port, "POST", "/v1/articles",
                                               body: Self.article(worker: round * workers + worker, sequence: sequence)),
                          reply.status == 201, let ids = Self.ids(in: reply.body) else {
                        ledger.fail(); return  // the server is gone (any other answer is a failure too)
                    }
                    ledger.add(Acknowledged(articleID: ids.article, eventIDs: ids.events))
                }
            }
        }
        _ = waitUntil(timeout: 120) { ledger.items.count >= countBefore + target }
        server.kill()
        group.wait()
        return ledger.failures - failuresBefore
    }

    /// Acknowledged articles that a restarted server does not serve with the same events.
    static func lost(_ acknowledged: [Acknowledged], port: UInt16) -> Int {
        acknowledged.filter { item in
            guard let reply = httpCall(port: port, "GET", "/v1/articles/\(item.articleID)"), reply.status == 200,
                  let ids = Self.ids(in: reply.body) else { return true }
            return item.eventIDs.isEmpty || Set(ids.events) != Set(item.eventIDs)
        }.count
    }

    @Test func sigkillDuringConcurrentIngestLosesNoAcknowledgedArticle() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hotline-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("kill.db").path
        let ledger = Ledger()
        for round in 0..<Self.rounds {
            let server = try ServerProcess(["--db", db])
            #expect(Self.lost(ledger.items, port: server.port) == 0, "round \(round): after the restart")
            let stopped = Self.loadAndKill(server, round: round, target: 150, ledger: ledger)
            #expect(stopped == 8, "every worker stopped on the dead server, none on an error answer")
        }
        let acknowledged = ledger.items
        let restarted = try ServerProcess(["--db", db])
        #expect(Self.lost(acknowledged, port: restarted.port) == 0)
        restarted.stop()

        let store = try Store(path: db)
        defer { store.close() }
        #expect(try store.integrityCheck() == "ok")
        let counts = try store.readers.read { c in
            try c.queryOne("""
                SELECT (SELECT count(*) FROM articles), (SELECT count(DISTINCT text_hash) FROM articles),
                       (SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM event_sources)),
                       (SELECT count(*) FROM (SELECT event_id, article_id FROM event_sources
                                              GROUP BY event_id, article_id HAVING count(*) > 1))
                """) { [$0.int(0), $0.int(1), $0.int(2), $0.int(3)] }!
        }
        let (articles, distinctTexts, withoutEvents, duplicateLinks) = (counts[0], counts[1], counts[2], counts[3])
        let inFlight = 8 * Self.rounds
        #expect(articles >= acknowledged.count && articles <= acknowledged.count + inFlight,
                "stored \(articles), acknowledged \(acknowledged.count), at most one in flight per worker and round")
        #expect(distinctTexts == articles, "no article stored twice")
        #expect(withoutEvents == 0, "no article without its events (half-written)")
        #expect(duplicateLinks == 0)
        print("kill test: \(Self.rounds) SIGKILLs, \(acknowledged.count) articles acknowledged, \(articles) stored after the "
              + "last restart (\(articles - acknowledged.count) were in flight at a kill and committed), 0 lost, integrity ok")
    }
}

/// Polls `condition` every 10 ms until it holds or `timeout` seconds pass.
func waitUntil(timeout: Double, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if condition() { return true }
        usleep(10_000)
    }
    return condition()
}
