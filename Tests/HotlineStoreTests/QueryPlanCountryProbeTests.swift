import Testing
@testable import HotlineStore

/// The country condition of an actor or topic page probes the event's own participants by
/// primary key; walking `event_participants_by_country` per row made such pages take minutes
/// on a large database (a busy actor × a busy country).
@Suite("Query plans: country probe")
struct QueryPlanCountryProbeTests {
    private func plan(_ configure: (inout EventPageSQL.Filters) -> Void) throws -> String {
        var filters = EventPageSQL.Filters(limit: 51)
        configure(&filters)
        let fixture = try StoreFixture()
        let page = EventPageSQL(filters)
        return try fixture.store.readers.read { db in
            try db.query("EXPLAIN QUERY PLAN " + page.sql, page.values) { $0.text(3) }.joined(separator: "\n")
        }
    }

    @Test func actorAndCountryProbesParticipantsByPrimaryKey() throws {
        let plan = try plan { $0.actorIDs = [7]; $0.country = "MA" }
        #expect(plan.contains("event_participants_by_actor"))
        #expect(!plan.contains("event_participants_by_country"), "\(plan)")
    }

    @Test func topicAndCountryProbesParticipantsByPrimaryKey() throws {
        let plan = try plan { $0.topic = "trade"; $0.country = "MA" }
        #expect(plan.contains("event_topics_by_topic"))
        #expect(!plan.contains("event_participants_by_country"), "\(plan)")
    }
}
