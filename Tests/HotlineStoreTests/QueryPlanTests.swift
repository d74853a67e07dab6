import Testing
@testable import HotlineStore

/// The page statements read rows in index order, so a page costs `limit + 1` index steps
/// whatever the size of the table (no full scan, no sort of all matches).
@Suite("Query plans")
struct QueryPlanTests {
    func plan(_ filters: EventPageSQL.Filters) throws -> String {
        let fixture = try StoreFixture()
        let page = EventPageSQL(filters)
        return try fixture.store.readers.read { db in
            try db.query("EXPLAIN QUERY PLAN " + page.sql, page.values) { $0.text(3) }.joined(separator: "\n")
        }
    }

    func filters(_ configure: (inout EventPageSQL.Filters) -> Void) -> EventPageSQL.Filters {
        var filters = EventPageSQL.Filters(limit: 51)
        configure(&filters)
        return filters
    }

    @Test func actorPageWalksTheActorIndex() throws {
        let plan = try plan(filters { $0.actorIDs = [7]; $0.cursor = EventCursor(sortKey: "2024-01-01", id: 90) })
        #expect(plan.contains("event_participants_by_actor"))
        #expect(!plan.contains("TEMP B-TREE"), "\(plan)")
    }

    @Test func topicPageWalksTheTopicIndex() throws {
        let plan = try plan(filters { $0.topic = "trade"; $0.since = "2023" })
        #expect(plan.contains("event_topics_by_topic"))
        #expect(!plan.contains("TEMP B-TREE"), "\(plan)")
    }

    @Test func unfilteredAndTypePagesWalkEventIndexes() throws {
        let all = try plan(filters { _ in })
        #expect(all.contains("events_by_sort"))
        #expect(!all.contains("TEMP B-TREE"), "\(all)")
        let typed = try plan(filters { $0.type = "call" })
        #expect(typed.contains("events_by_type"))
        #expect(!typed.contains("TEMP B-TREE"), "\(typed)")
    }

    @Test func countryPageWalksTheCountryIndex() throws {
        let plan = try plan(filters { $0.country = "FR"; $0.type = "call" })
        #expect(plan.contains("event_participants_by_country"))
        #expect(!plan.contains("TEMP B-TREE FOR ORDER BY"), "\(plan)")
    }

    @Test func severalActorsAreMergedWalks() throws {
        let plan = try plan(filters { $0.actorIDs = [3, 5, 8]; $0.minConfidence = 0.5 })
        #expect(plan.components(separatedBy: "event_participants_by_actor").count == 4, "\(plan)")
        let page = EventPageSQL(filters { $0.actorIDs = [3, 5, 8]; $0.minConfidence = 0.5 })
        #expect(page.values.count == 5)  // three actors, the confidence and the limit, each bound once
    }
}
