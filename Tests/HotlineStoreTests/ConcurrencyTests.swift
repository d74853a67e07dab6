import Foundation
import Testing
@testable import HotlineStore

/// Errors gathered from several threads.
final class ErrorLog: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [String] = []
    private var reads = 0

    func record(_ error: Error) { lock.withLock { errors.append(String(describing: error)) } }
    func countRead() { lock.withLock { reads += 1 } }
    var all: [String] { lock.withLock { errors } }
    var readCount: Int { lock.withLock { reads } }
}

@Suite("Concurrency")
struct ConcurrencyTests {
    @Test func readersRunWhileAWriterWrites() throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let log = ErrorLog()
        let articles = 60
        let people = [Fixture.marchand, Fixture.ibanez, Fixture.haddad, Fixture.okafor, Fixture.lindqvist]
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            if worker == 0 {
                for n in 0..<articles {
                    let pair = [people[n % 5], people[(n + 1) % 5]]
                    let events = [Fixture.call(pair, date: String(format: "2024-%02d-%02d", n % 12 + 1, n % 28 + 1),
                                               topics: [("trade", "Trade")])]
                    do { _ = try store.ingest(Fixture.article(n), events: events) { _, _ in false } } catch { log.record(error) }
                }
            } else {
                for round in 0..<80 {
                    do {
                        var query = EventQuery()
                        query.limit = 10
                        if round % 2 == 0 { query.actor = "Marchand" }
                        if round % 3 == 0 { query.topic = "trade" }
                        let page = try store.events(query)
                        // A page is one snapshot: every event is complete.
                        for event in page.events where event.participants.count != 2 || event.sources.count != 1 {
                            log.record(StoreError.invalidQuery("incomplete event \(event.id)"))
                        }
                        _ = try store.actors(matching: "o", limit: 5)
                        log.countRead()
                    } catch {
                        log.record(error)
                    }
                }
            }
        }
        #expect(log.all.isEmpty, "errors: \(log.all.prefix(3))")
        #expect(log.readCount == 240)
        #expect(try fixture.count("events") == articles)
    }

    @Test func manyThreadsShareASmallReaderPool() throws {
        let directory = try TempDirectory()
        let store = try Store(path: directory.path("db.sqlite"), migrations: Migrations.all, readerCount: 2)
        try store.ingest(Fixture.article(1), events: [Fixture.call([Fixture.marchand, Fixture.ibanez], date: "2024-01-01")]) { _, _ in false }
        let log = ErrorLog()
        DispatchQueue.concurrentPerform(iterations: 6) { _ in
            for _ in 0..<50 {
                do {
                    if try store.events(EventQuery()).events.count == 1 { log.countRead() }
                } catch {
                    log.record(error)
                }
            }
        }
        #expect(log.all.isEmpty)
        #expect(log.readCount == 300)
        store.close()
    }
}
