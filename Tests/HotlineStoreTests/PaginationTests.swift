import Foundation
import Testing
@testable import HotlineStore

@Suite("Pagination")
struct PaginationTests {
    /// Seven events of one actor, two of them on the same day and one undated.
    func sevenEvents() throws -> (StoreFixture, [Int64]) {
        let fixture = try StoreFixture()
        let dates: [String?] = ["2024-01-05", "2024-02-10", "2024-02-10", nil, "2023-12", "2024-03-01", "2022"]
        let others = [Fixture.ibanez, Fixture.haddad, Fixture.okafor, Fixture.lindqvist]
        var ids: [Int64] = []
        for (n, date) in dates.enumerated() {
            ids += try fixture.ingest(Fixture.article(n), [Fixture.call([Fixture.marchand, others[n % others.count]], date: date)]).eventIDs
        }
        return (fixture, ids)
    }

    func pages(_ fixture: StoreFixture, _ configure: (inout EventQuery) -> Void) throws -> [[Int64]] {
        var query = EventQuery()
        configure(&query)
        var pages: [[Int64]] = []
        while true {
            let page = try fixture.store.events(query)
            pages.append(page.events.map(\.id))
            guard let next = page.nextCursor, pages.count < 10 else { break }
            query.cursor = next
        }
        return pages
    }

    @Test func sevenEventsInPagesOfThree() throws {
        let (fixture, ids) = try sevenEvents()
        // Newest first; the 2024-02-10 tie is broken by id (higher first); undated last.
        let expected = [ids[5], ids[2], ids[1], ids[0], ids[4], ids[6], ids[3]]
        for configure in [{ (q: inout EventQuery) in q.limit = 3 }, { q in q.limit = 3; q.actor = "marchand" }] {
            let pages = try pages(fixture, configure)
            #expect(pages.map(\.count) == [3, 3, 1])
            #expect(pages.flatMap { $0 } == expected)
        }
    }

    @Test func pagesOverSeveralMatchingActorsDoNotRepeat() throws {
        let (fixture, ids) = try sevenEvents()
        let namesake = NewParticipant(key: "be.marchand", name: "Paul Marchand", country: "BE", role: nil, aliases: [])
        let extra = try fixture.ingest(Fixture.article(50), [
            Fixture.call([namesake, Fixture.okafor], date: "2024-02-10"),
            Fixture.call([namesake, Fixture.marchand], date: "2023-01-01"),
        ]).eventIDs
        let pages = try pages(fixture) { $0.limit = 2; $0.actor = "MARCHAND" }
        #expect(pages.map(\.count) == [2, 2, 2, 2, 1])
        #expect(pages.flatMap { $0 } == [ids[5], extra[0], ids[2], ids[1], ids[0], ids[4], extra[1], ids[6], ids[3]])
    }

    @Test func lastFullPageHasNoCursor() throws {
        let (fixture, _) = try sevenEvents()
        var query = EventQuery()
        query.limit = 7
        #expect(try fixture.store.events(query).nextCursor == nil)
        query.limit = 6
        #expect(try fixture.store.events(query).nextCursor != nil)
        query.limit = 0  // clamped to 1
        #expect(try fixture.store.events(query).events.count == 1)
    }

    @Test func cursorKeepsFilters() throws {
        let (fixture, ids) = try sevenEvents()
        let pages = try pages(fixture) { $0.limit = 2; $0.since = "2024" }
        #expect(pages == [[ids[5], ids[2]], [ids[1], ids[0]]])
    }

    @Test func malformedCursorsAreRejected() throws {
        let (fixture, _) = try sevenEvents()
        let forged = [
            "not a cursor!", "%%%", "",
            base64url("no-colon"), base64url("abc:2024"), base64url("-4:2024"), base64url("0:2024"),
            base64url("5:DROP TABLE"), base64url("5:2024-13"), base64url("99999999999999999999:2024"),
            String(repeating: "A", count: 500),
        ]
        for token in forged {
            var query = EventQuery()
            query.cursor = token
            #expect(throws: StoreError.invalidCursor, "cursor \(token)") { try fixture.store.events(query) }
        }
    }

    /// Well-formed base64url of `text`, so only the decoded content is wrong.
    func base64url(_ text: String) -> String {
        Data(text.utf8).base64EncodedString().replacingOccurrences(of: "=", with: "")
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
    }

    @Test func cursorRoundTrip() throws {
        for cursor in [EventCursor(sortKey: "", id: 1), EventCursor(sortKey: "2024-02-10", id: 123_456_789)] {
            #expect(try EventCursor(token: cursor.token) == cursor)
            #expect(!cursor.token.contains("="))
        }
    }
}
