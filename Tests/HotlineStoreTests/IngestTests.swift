import Testing
@testable import HotlineStore

@Suite("Ingest")
struct IngestTests {
    @Test func ingestStoresArticleEventsAndActors() throws {
        let fixture = try StoreFixture()
        let result = try fixture.ingest(Fixture.article(1), [
            Fixture.call([Fixture.marchand, Fixture.ibanez], date: "2024-03-01", topics: [("trade", "Trade")], initiator: 1),
            Fixture.call([Fixture.haddad, Fixture.okafor], date: nil),
        ])
        #expect(result.created)
        #expect(result.eventIDs.count == 2)
        #expect(result.article.url == "https://news.example/1")
        #expect(result.article.createdAt.hasSuffix("Z"))
        #expect(try fixture.count("articles") == 1)
        #expect(try fixture.count("events") == 2)
        #expect(try fixture.count("actors") == 4)
        #expect(try fixture.count("event_participants") == 4)
        #expect(try fixture.count("event_sources") == 2)

        let first = try #require(try fixture.store.event(id: result.eventIDs[0]))
        #expect(first.participants.map(\.name) == ["Élodie Marchand", "Tomás Ibáñez"])
        #expect(first.initiator?.name == "Tomás Ibáñez")
        #expect(first.topics == [TopicRecord(id: "trade", label: "Trade")])
        #expect(first.sources == [SourceRecord(articleID: result.article.id, url: "https://news.example/1",
                                               evidence: "They spoke by phone.", publishedAt: "2024-03-01")])
        #expect(first.participants[0].aliases == ["E. Marchand"])
        #expect(first.participants[0].country == "FR")

        let article = try #require(try fixture.store.article(id: result.article.id))
        #expect(article.article == result.article)
        #expect(article.eventIDs == result.eventIDs)
        #expect(try fixture.store.existingArticle(url: nil, textHash: "hash-1") == result.article)
        #expect(try fixture.store.existingArticle(url: "https://other.example", textHash: "nope") == nil)
    }

    @Test func reingestBySameURLWritesNothing() throws {
        let fixture = try StoreFixture()
        let first = try fixture.ingest(Fixture.article(1), [Fixture.call([Fixture.marchand, Fixture.ibanez], date: "2024-03-01")])
        let again = try fixture.ingest(Fixture.article(1, textHash: "different-text"),
                                       [Fixture.call([Fixture.haddad, Fixture.okafor], date: "2024-03-02")])
        #expect(!again.created)
        #expect(again.article == first.article)
        #expect(again.eventIDs == first.eventIDs)
        #expect(try fixture.count("articles") == 1)
        #expect(try fixture.count("events") == 1)
        #expect(try fixture.count("actors") == 2)
    }

    @Test func reingestBySameTextWritesNothing() throws {
        let fixture = try StoreFixture()
        let first = try fixture.ingest(Fixture.article(1), [Fixture.call([Fixture.marchand, Fixture.ibanez], date: "2024-03-01")])
        let again = try fixture.ingest(Fixture.article(1, url: "https://mirror.example/1"),
                                       [Fixture.call([Fixture.marchand, Fixture.ibanez], date: "2024-03-01")])
        #expect(!again.created)
        #expect(again.article.id == first.article.id)
        #expect(again.eventIDs == first.eventIDs)
        #expect(try fixture.count("articles") == 1)
        #expect(try fixture.count("event_sources") == 1)

        let noURL = try fixture.ingest(Fixture.article(1, url: nil), [])
        #expect(!noURL.created)
    }

    @Test func articlesWithoutURLAreDistinguishedByText() throws {
        let fixture = try StoreFixture()
        try fixture.ingest(Fixture.article(1, url: nil), [])
        let second = try fixture.ingest(Fixture.article(2, url: nil), [])
        let blank = try fixture.ingest(Fixture.article(3, url: "  "), [])
        let blankToo = try fixture.ingest(Fixture.article(4, url: ""), [])
        #expect(second.created && blank.created && blankToo.created)
        #expect(blank.article.url == nil)
        #expect(try fixture.count("articles") == 4)
    }

    @Test func failureHalfwayLeavesNothing() throws {
        let fixture = try StoreFixture()
        let good = Fixture.call([Fixture.marchand, Fixture.ibanez], date: "2024-03-01")
        let bad = Fixture.call([Fixture.haddad, Fixture.okafor], date: "2024-03-01", initiator: 2)
        #expect(throws: InvalidEventError(eventIndex: 1, reason: "initiator index 2 is out of range (2 participants)")) {
            try fixture.ingest(Fixture.article(1), [good, bad])
        }
        for table in ["articles", "events", "actors", "actor_names", "event_participants", "event_sources"] {
            #expect(try fixture.count(table) == 0, "\(table) is not empty")
        }
        // The same article can be ingested once fixed.
        let fixed = try fixture.ingest(Fixture.article(1), [good])
        #expect(fixed.created)
    }

    @Test func malformedEventsAreRejected() throws {
        let fixture = try StoreFixture()
        let cases: [NewEvent] = [
            Fixture.call([Fixture.marchand, Fixture.ibanez], date: "March 2024"),
            Fixture.call([Fixture.marchand, Fixture.ibanez], date: "2024-13"),
            Fixture.call([Fixture.marchand, Fixture.ibanez], date: "2024-03-01", type: ""),
            Fixture.call([Fixture.marchand, Fixture.ibanez], date: nil, confidence: .nan),
            Fixture.call([NewParticipant(key: "", name: "Nobody", country: nil, role: nil, aliases: [])], date: nil),
            Fixture.call([Fixture.marchand], date: nil, initiator: -1),
        ]
        for (n, event) in cases.enumerated() {
            #expect(throws: InvalidEventError.self) { try fixture.ingest(Fixture.article(n), [event]) }
        }
        #expect(try fixture.count("articles") == 0)
    }

    @Test func duplicateParticipantsAreStoredOnce() throws {
        let fixture = try StoreFixture()
        let result = try fixture.ingest(Fixture.article(1), [Fixture.call([Fixture.marchand, Fixture.ibanez, Fixture.marchand], date: nil)])
        let event = try #require(try fixture.store.event(id: result.eventIDs[0]))
        #expect(event.participants.map(\.name) == ["Élodie Marchand", "Tomás Ibáñez"])
    }

    @Test func actorsLearnMissingFacts() throws {
        let fixture = try StoreFixture()
        let bare = NewParticipant(key: "se.lindqvist", name: nil, country: nil, role: nil, aliases: [])
        try fixture.ingest(Fixture.article(1), [Fixture.call([bare, Fixture.okafor], date: nil)])
        #expect(try fixture.store.actors(matching: "lindqvist", limit: 10).isEmpty)

        let richer = NewParticipant(key: "se.lindqvist", name: "Sofia Lindqvist", country: "se", role: "Foreign Minister",
                                    aliases: ["S. Lindqvist"])
        try fixture.ingest(Fixture.article(2), [Fixture.call([richer, Fixture.okafor], date: nil)])
        let other = NewParticipant(key: "se.lindqvist", name: "Someone Else", country: "NO", role: "King", aliases: ["S. Lindqvist", "Sofi"])
        try fixture.ingest(Fixture.article(3), [Fixture.call([other, Fixture.okafor], date: nil)])

        let found = try fixture.store.actors(matching: "Lindqvist", limit: 10)
        #expect(found.count == 1)
        #expect(found.first?.name == "Sofia Lindqvist")
        #expect(found.first?.country == "SE")
        #expect(found.first?.role == "Foreign Minister")
        #expect(found.first?.aliases == ["S. Lindqvist", "Sofi"])
        #expect(try fixture.count("actors") == 2)
        #expect(try fixture.store.actors(matching: "someone", limit: 10).isEmpty)
        #expect(try fixture.store.actors(matching: "sofi", limit: 10).count == 1)
    }
}
