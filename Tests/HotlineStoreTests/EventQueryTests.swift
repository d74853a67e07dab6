import Testing
@testable import HotlineStore

/// Six events over several actors, dates, types, topics and confidences.
struct QueryWorld {
    let fixture: StoreFixture
    /// Event ids by label.
    var ids: [String: Int64] = [:]

    init() throws {
        fixture = try StoreFixture()
        let plan: [(String, NewEvent)] = [
            ("fr-es-2023-05", Fixture.call([Fixture.marchand, Fixture.ibanez], date: "2023-05-20", topics: [("trade", "Trade")], confidence: 0.9)),
            ("fr-ma-2023-06", Fixture.call([Fixture.marchand, Fixture.haddad], date: "2023-06-30", topics: [("migration", "Migration")], confidence: 0.7)),
            ("ma-ng-2023-06", Fixture.call([Fixture.haddad, Fixture.okafor], date: "2023-06", type: "meeting", confidence: 0.5)),
            ("es-ng-2023-07", Fixture.call([Fixture.ibanez, Fixture.okafor], date: "2023-07-01", topics: [("trade", "Trade")], confidence: 0.95)),
            ("fr-se-2024", Fixture.call([Fixture.marchand, Fixture.lindqvist], date: "2024", confidence: 0.6)),
            ("es-se-undated", Fixture.call([Fixture.ibanez, Fixture.lindqvist], date: nil, topics: [("trade", "Trade")], confidence: 0.8)),
        ]
        for (n, (label, event)) in plan.enumerated() {
            ids[label] = try fixture.ingest(Fixture.article(n), [event]).eventIDs[0]
        }
    }

    func labels(_ configure: (inout EventQuery) -> Void) throws -> [String] {
        var query = EventQuery()
        configure(&query)
        let byID = Dictionary(uniqueKeysWithValues: ids.map { ($0.value, $0.key) })
        return try fixture.store.events(query).events.map { byID[$0.id] ?? "?" }
    }
}

@Suite("Event queries")
struct EventQueryTests {
    @Test func allEventsNewestFirstUndatedLast() throws {
        let world = try QueryWorld()
        #expect(try world.labels { _ in } == ["fr-se-2024", "es-ng-2023-07", "fr-ma-2023-06", "ma-ng-2023-06", "fr-es-2023-05", "es-se-undated"])
    }

    @Test func actorFilterByNameAliasSurnameAndID() throws {
        let world = try QueryWorld()
        let marchand = ["fr-se-2024", "fr-ma-2023-06", "fr-es-2023-05"]
        for spelling in ["Élodie Marchand", "ELODIE MARCHAND", "elodie marchand", "Marchand", "marchánd", "E. Marchand", "e marchand"] {
            #expect(try world.labels { $0.actor = spelling } == marchand, "spelling \(spelling)")
        }
        #expect(try world.labels { $0.actor = "Abdel Karim Haddad" } == ["fr-ma-2023-06", "ma-ng-2023-06"])
        #expect(try world.labels { $0.actor = "abdelkarim haddad" } == ["fr-ma-2023-06", "ma-ng-2023-06"])
        #expect(try world.labels { $0.actor = "Ibanez" } == ["es-ng-2023-07", "fr-es-2023-05", "es-se-undated"])
        #expect(try world.labels { $0.actor = "Elodie" }.isEmpty)  // first names are not indexed
        #expect(try world.labels { $0.actor = "Nobody Known" }.isEmpty)

        let actorID = try #require(try world.fixture.store.event(id: world.ids["fr-se-2024"]!)?.participants.last?.id)
        #expect(try world.labels { $0.actor = String(actorID) } == ["fr-se-2024", "es-se-undated"])
        #expect(throws: StoreError.invalidQuery("actor must contain a letter or digit")) {
            try world.labels { $0.actor = "--" }
        }
    }

    @Test func actorFilterMatchingSeveralActors() throws {
        let world = try QueryWorld()
        let namesake = NewParticipant(key: "xx.marchand", name: "Paul Marchand", country: "BE", role: nil, aliases: [])
        let extra = try world.fixture.ingest(Fixture.article(100), [Fixture.call([namesake, Fixture.marchand], date: "2022-01-01")])
        var query = EventQuery()
        query.actor = "marchand"
        let events = try world.fixture.store.events(query).events
        // The shared event appears once although both of its participants match.
        #expect(events.map(\.id) == [world.ids["fr-se-2024"]!, world.ids["fr-ma-2023-06"]!, world.ids["fr-es-2023-05"]!, extra.eventIDs[0]])
    }

    @Test func countryFilter() throws {
        let world = try QueryWorld()
        #expect(try world.labels { $0.country = "ng" } == ["es-ng-2023-07", "ma-ng-2023-06"])
        #expect(try world.labels { $0.country = "SE"; $0.actor = "Ibáñez" } == ["es-se-undated"])
        #expect(try world.labels { $0.country = "SE"; $0.topic = "trade" } == ["es-se-undated"])
        #expect(try world.labels { $0.country = "US" }.isEmpty)
    }

    @Test func countryFilterSeesCountriesLearnedLater() throws {
        let fixture = try StoreFixture()
        let unknown = NewParticipant(key: "xx.nadir", name: "Leila Nadir", country: nil, role: nil, aliases: [])
        let known = NewParticipant(key: "xx.nadir", name: "Leila Nadir", country: "DZ", role: nil, aliases: [])
        let early = try fixture.ingest(Fixture.article(1), [Fixture.call([unknown, Fixture.okafor], date: "2024-01-01")])
        var query = EventQuery()
        query.country = "DZ"
        #expect(try fixture.store.events(query).events.isEmpty)
        let later = try fixture.ingest(Fixture.article(2), [Fixture.call([known, Fixture.lindqvist], date: "2024-02-01")])
        #expect(try fixture.store.events(query).events.map(\.id) == later.eventIDs + early.eventIDs)
        query.actor = "Okafor"
        #expect(try fixture.store.events(query).events.map(\.id) == early.eventIDs)
    }

    @Test func topicFilter() throws {
        let world = try QueryWorld()
        #expect(try world.labels { $0.topic = "trade" } == ["es-ng-2023-07", "fr-es-2023-05", "es-se-undated"])
        #expect(try world.labels { $0.topic = "trade"; $0.actor = "Okafor" } == ["es-ng-2023-07"])
        #expect(try world.labels { $0.topic = "climate" }.isEmpty)
    }

    @Test func dateRangeIsPrefixInclusive() throws {
        let world = try QueryWorld()
        #expect(try world.labels { $0.since = "2023-06" } == ["fr-se-2024", "es-ng-2023-07", "fr-ma-2023-06", "ma-ng-2023-06"])
        #expect(try world.labels { $0.until = "2023-06" } == ["fr-ma-2023-06", "ma-ng-2023-06", "fr-es-2023-05"])
        #expect(try world.labels { $0.since = "2023-06-01"; $0.until = "2023-06-30" } == ["fr-ma-2023-06"])
        #expect(try world.labels { $0.since = "2023"; $0.until = "2023" } == ["es-ng-2023-07", "fr-ma-2023-06", "ma-ng-2023-06", "fr-es-2023-05"])
        #expect(try world.labels { $0.since = "2025" }.isEmpty)
        for bad in ["2023-6", "yesterday", "2023-06-31x", ""] {
            #expect(throws: StoreError.self) { try world.labels { $0.since = bad } }
            #expect(throws: StoreError.self) { try world.labels { $0.until = bad } }
        }
    }

    @Test func typeAndConfidenceFilters() throws {
        let world = try QueryWorld()
        #expect(try world.labels { $0.type = "meeting" } == ["ma-ng-2023-06"])
        #expect(try world.labels { $0.minConfidence = 0.85 } == ["es-ng-2023-07", "fr-es-2023-05"])
        #expect(try world.labels { $0.minConfidence = 0.85; $0.type = "meeting" }.isEmpty)
        #expect(throws: StoreError.self) { try world.labels { $0.minConfidence = .nan } }
    }

    @Test func eventsByIDsKeepTheGivenOrder() throws {
        let world = try QueryWorld()
        let wanted = [world.ids["es-se-undated"]!, 9_999, world.ids["fr-es-2023-05"]!]
        #expect(try world.fixture.store.events(ids: wanted).map(\.id) == [wanted[0], wanted[2]])
        #expect(try world.fixture.store.event(id: 9_999) == nil)
        #expect(try world.fixture.store.events(ids: []).isEmpty)
    }
}
