import Testing
@testable import HotlineStore

/// `event_actor_countries` and `event_actor_topics` (migration 2) and `actor_counterparts`
/// (migration 3) always hold exactly what the participants and topics imply, through ingests,
/// merges, countries learned later, re-ingests and the migration of an existing database.
@Suite("Actor facets")
struct ActorFacetTests {
    static let derivedCountries = """
        SELECT DISTINCT a.actor_id, b.country, a.sort_key, a.event_id
        FROM event_participants a JOIN event_participants b ON b.event_id = a.event_id
        WHERE b.country IS NOT NULL ORDER BY 1, 2, 3, 4
        """
    static let derivedTopics = """
        SELECT p.actor_id, t.topic_id, p.sort_key, p.event_id
        FROM event_participants p JOIN event_topics t ON t.event_id = p.event_id ORDER BY 1, 2, 3, 4
        """

    static let derivedCounterparts = """
        SELECT mine.actor_id, other.actor_id, '', COUNT(*)
        FROM event_participants mine
        JOIN event_participants other ON other.event_id = mine.event_id AND other.actor_id <> mine.actor_id
        GROUP BY 1, 2 ORDER BY 1, 2
        """

    private func rows(_ path: String, _ sql: String) throws -> [String] {
        let db = try Connection(path: path, readOnly: true)
        defer { db.close() }
        return try db.query(sql) { "\($0.int(0)) \($0.text(1)) \($0.text(2)) \($0.int(3))" }
    }

    private func expectInStep(_ path: String) throws {
        let countries = try rows(path, "SELECT actor_id, country, sort_key, event_id FROM event_actor_countries ORDER BY 1, 2, 3, 4")
        let topics = try rows(path, "SELECT actor_id, topic_id, sort_key, event_id FROM event_actor_topics ORDER BY 1, 2, 3, 4")
        #expect(countries == (try rows(path, Self.derivedCountries)))
        #expect(topics == (try rows(path, Self.derivedTopics)))
        let counterparts = try rows(path, "SELECT actor_id, other_id, '', calls FROM actor_counterparts ORDER BY 1, 2")
        #expect(counterparts == (try rows(path, Self.derivedCounterparts)))
    }

    @Test func facetsFollowIngestsMergesCountriesAndReingests() throws {
        let fixture = try StoreFixture()
        let nadir = NewParticipant(key: "xx.nadir", name: "Leila Nadir", country: nil, role: nil, aliases: [])
        let first = try fixture.ingest(Fixture.article(1), [
            Fixture.call([nadir, Fixture.okafor], date: "2024-01", topics: [("trade", "Trade")]),
            Fixture.call([Fixture.marchand, Fixture.haddad, Fixture.ibanez], date: nil, topics: [("migration", "Migration"), ("energy", "Energy")]),
        ])
        #expect(try fixture.count("event_actor_countries") == 2 + 9)
        #expect(try fixture.count("event_actor_topics") == 2 + 6)
        #expect(try fixture.count("actor_counterparts") == 2 + 6)
        try expectInStep(fixture.path)

        // The same call with a finer date and a country for Nadir: merged, sort key and country change.
        let knownNadir = NewParticipant(key: "xx.nadir", name: "Leila Nadir", country: "DZ", role: nil, aliases: [])
        try fixture.store.ingest(Fixture.article(2), events: [Fixture.call([knownNadir, Fixture.okafor], date: "2024-01-15")]) { _, _ in true }
        var query = EventQuery()
        query.actor = "Okafor"
        query.country = "DZ"
        #expect(try fixture.store.events(query).events.map(\.id) == [first.eventIDs[0]])
        try expectInStep(fixture.path)

        // Re-extraction that finds nothing removes the article's events and their facets.
        _ = try fixture.store.replaceEvents(ofArticle: first.article.id, with: []) { _, _ in false }
        try expectInStep(fixture.path)
        query.country = nil
        query.actor = "Marchand"
        #expect(try fixture.store.events(query).events.isEmpty)
    }

    @Test func migrationFillsFacetsOfExistingEvents() throws {
        let directory = try TempDirectory()
        let path = directory.path("v1.sqlite")
        let v1 = try Store(path: path, migrations: [], readerCount: 1)
        _ = try v1.ingest(Fixture.article(1), events: [
            Fixture.call([Fixture.marchand, Fixture.ibanez], date: "2023-05-20", topics: [("trade", "Trade")]),
            Fixture.call([Fixture.haddad, Fixture.okafor, Fixture.lindqvist], date: nil),
        ]) { _, _ in false }
        v1.close()
        let v2 = try Store(path: path)
        var query = EventQuery()
        query.actor = "Ibáñez"
        query.topic = "trade"
        #expect(try v2.events(query).events.count == 1)
        v2.close()
        let countries = try rows(path, "SELECT actor_id, country, sort_key, event_id FROM event_actor_countries ORDER BY 1, 2, 3, 4")
        #expect(countries.count == 4 + 9)
        #expect(try rows(path, "SELECT actor_id, other_id, '', calls FROM actor_counterparts").count == 2 + 6)
        try expectInStep(path)
    }
}
