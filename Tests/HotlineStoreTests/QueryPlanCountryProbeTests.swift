import Testing
@testable import HotlineStore

/// The country condition of a topic page probes the event's own participants by primary key;
/// walking `event_participants_by_country` per row made such pages take minutes on a large
/// database (a busy actor × a busy country). An actor page with a country or topic walks the
/// actor's facet rows (migration 2), so it stops after `limit + 1` matches.
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

    @Test func actorAndCountryWalkTheActorCountryFacet() throws {
        let plan = try plan { $0.actorIDs = [7]; $0.country = "MA"; $0.since = "2020" }
        #expect(plan.contains("SEARCH d USING PRIMARY KEY (actor_id=? AND country=?"), "\(plan)")
        #expect(!plan.contains("event_participants"), "\(plan)")
        #expect(!plan.contains("TEMP B-TREE"), "\(plan)")
    }

    @Test func actorTopicAndCountryWalkTheActorTopicFacetAndProbeTheCountry() throws {
        let plan = try plan { $0.actorIDs = [3, 5]; $0.topic = "trade"; $0.country = "MA" }
        #expect(plan.components(separatedBy: "SEARCH d USING PRIMARY KEY (actor_id=? AND topic_id=?").count == 3, "\(plan)")
        #expect(!plan.contains("event_participants_by_country"), "\(plan)")
        let single = try self.plan { $0.actorIDs = [3]; $0.topic = "trade"; $0.country = "MA" }
        #expect(single.contains("SEARCH d USING PRIMARY KEY (actor_id=? AND topic_id=?"), "\(single)")
        #expect(!single.contains("TEMP B-TREE"), "\(single)")
    }

    @Test func topicAndCountryProbesParticipantsByPrimaryKey() throws {
        let plan = try plan { $0.topic = "trade"; $0.country = "MA" }
        #expect(plan.contains("event_topics_by_topic"))
        #expect(!plan.contains("event_participants_by_country"), "\(plan)")
    }
}
