import Foundation
import Testing

/// Many HTTP clients writing and reading at once: no 5xx (no SQLITE_BUSY reaches a client), and
/// no torn result (an article is always seen with all its events, an event with its sources).
@Suite struct ConcurrentClientsTests {
    /// Statuses and inconsistencies seen by the clients, from several threads.
    final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private var statuses: [Int: Int] = [:]
        private var torn: [String] = []
        private var created: [(id: String, events: Set<String>)] = []
        private var writing: Int
        init(writers: Int) { writing = writers }
        private var overlapping = 0
        func writerDone() { lock.withLock { writing -= 1 } }
        func readWhileWriting() { lock.withLock { overlapping += 1 } }
        var readsWhileWriting: Int { lock.withLock { overlapping } }
        var writersRunning: Bool { lock.withLock { writing > 0 } }
        func saw(_ status: Int) { lock.withLock { statuses[status, default: 0] += 1 } }
        func tear(_ what: String) { lock.withLock { torn.append(what) } }
        func add(_ id: String, _ events: Set<String>) { lock.withLock { created.append((id, events)) } }
        var seen: [Int: Int] { lock.withLock { statuses } }
        var tears: [String] { lock.withLock { torn } }
        var articles: [(id: String, events: Set<String>)] { lock.withLock { created } }
    }

    static let leaders = ["Emmanuel Macron", "Olaf Scholz", "Pedro Sanchez", "Giorgia Meloni", "Antony Blinken", "Wang Yi"]

    static func text(_ writer: Int, _ n: Int) -> String {
        let a = leaders[(writer + n) % leaders.count], b = leaders[(writer + n + 1 + n % 4) % leaders.count]
        return "\(a) held a telephone call with \(b) on \(1 + n % 27) June 2021 on trade, as writer \(writer) reported in item \(n)."
    }

    static func eventIDs(_ object: [String: Any]) -> Set<String> {
        Set((object["events"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
    }

    /// One client's work: a writer posts `perWriter` articles; a reader lists events and reads the
    /// latest articles back until the writers are done (at least 3 rounds).
    static func client(_ worker: Int, isWriter: Bool, port: UInt16, perWriter: Int, tally: Tally) {
        guard let client = try? TestClient(port: port) else { tally.tear("connect"); return }
        if isWriter {
            for n in 0..<perWriter {
                guard let r = try? client.postJSON("/v1/articles", ["text": Self.text(worker, n)]) else { tally.tear("post"); continue }
                tally.saw(r.status)
                let article = (r.object["article"] as? [String: Any])?["id"] as? String
                if r.status == 201, let article { tally.add(article, Self.eventIDs(r.object)) }
            }
            tally.writerDone()
            return
        }
        var rounds = 0
        while tally.writersRunning || rounds < 3 {
            rounds += 1
            if tally.writersRunning { tally.readWhileWriting() }
            guard let list = try? client.get("/v1/events?limit=50") else { tally.tear("list"); continue }
            tally.saw(list.status)
            for event in list.object["events"] as? [[String: Any]] ?? [] {
                let sources = event["sources"] as? [Any] ?? [], people = event["participants"] as? [Any] ?? []
                if sources.isEmpty || people.isEmpty { tally.tear("event \(event["id"] ?? "?") without sources or participants") }
            }
            for (id, events) in tally.articles.suffix(3) {
                guard let got = try? client.get("/v1/articles/\(id)") else { tally.tear("get"); continue }
                tally.saw(got.status)
                if Self.eventIDs(got.object) != events { tally.tear("article \(id) seen with other events") }
            }
        }
    }

    @Test func writersAndReadersSeeNoBusyErrorAndNoTornResult() throws {
        let server = try TestServer()
        defer { server.stop() }
        let writers = 6, readers = 6, perWriter = 12
        let tally = Tally(writers: writers)
        let port = server.port
        // One thread per client (not concurrentPerform, which runs only as many at once as there
        // are cores): readers start first and read until every writer is done.
        let group = DispatchGroup()
        for worker in (0..<(writers + readers)).reversed() {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                Self.client(worker, isWriter: worker < writers, port: port, perWriter: perWriter, tally: tally)
            }
        }
        group.wait()
        #expect(tally.seen.keys.allSatisfy { $0 == 200 || $0 == 201 }, "\(tally.seen)")
        #expect(tally.seen[201] == writers * perWriter)
        #expect(tally.readsWhileWriting >= readers, "the readers ran while the writers wrote")
        #expect(tally.tears.isEmpty, "\(tally.tears.prefix(5))")
    }
}
