import Testing
@testable import HotlineStore

/// `Store.replaceEvents(ofArticle:with:sameCall:)` and `Store.articleIDs(in:)` (fictional people).
@Suite("Replace an article's events")
struct ReplaceEventsTests {
    /// Merges two events when they have the same participant keys.
    static func sameParticipants(_ new: NewEvent, _ candidate: MergeCandidate) -> Bool {
        Set(new.participants.map(\.key)) == Set(candidate.participantKeys)
    }

    /// Article 1 reports Marchand–Ibáñez and Haddad–Okafor; article 2 reports Marchand–Ibáñez too.
    static func seeded() throws -> (StoreFixture, article1: Int64, shared: Int64, onlyFirst: Int64) {
        let fixture = try StoreFixture()
        let first = try fixture.store.ingest(Fixture.article(1), events: [
            Fixture.call([Fixture.marchand, Fixture.ibanez], date: "2024-03-01"),
            Fixture.call([Fixture.haddad, Fixture.okafor], date: "2024-02-20"),
        ], sameCall: sameParticipants)
        let second = try fixture.store.ingest(Fixture.article(2), events: [Fixture.call([Fixture.marchand, Fixture.ibanez], date: "2024-03-01")],
                                              sameCall: sameParticipants)
        #expect(second.eventIDs == [first.eventIDs[0]])
        return (fixture, first.article.id, first.eventIDs[0], first.eventIDs[1])
    }

    static func orphanEvents(_ fixture: StoreFixture) throws -> Int {
        let db = try Connection(path: fixture.path, readOnly: true)
        defer { db.close() }
        return try db.queryOne("SELECT COUNT(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id)") { $0.int(0) } ?? -1
    }

    @Test func replacementRemovesOrphansKeepsSharedEventsAndRecordsTheNewOnes() throws {
        let (fixture, article1, shared, onlyFirst) = try Self.seeded()
        let renamedHaddad = NewParticipant(key: "kb:user-haddad", name: "Abdelkarim El Haddad", country: "MA",
                                           role: "Prime Minister", aliases: ["Abdel-Karim Haddad"])
        let ids = try #require(try fixture.store.replaceEvents(ofArticle: article1, with: [
            Fixture.call([Fixture.marchand, Fixture.ibanez], date: "2024-03-01"),
            Fixture.call([renamedHaddad, Fixture.okafor], date: "2024-02-20"),
        ], sameCall: Self.sameParticipants))

        #expect(ids.first == shared, "the call still reported by article 2 is merged into again")
        #expect(ids.count == 2)
        // (SQLite may reuse the deleted event's id for the new one: compare contents, not ids.)
        let names = try fixture.store.events(EventQuery()).events.flatMap { $0.participants.compactMap(\.name) }
        #expect(!names.contains("Abdel-Karim Haddad"), "the event only article 1 reported is gone")
        _ = onlyFirst
        #expect(try Self.orphanEvents(fixture) == 0)
        #expect(try fixture.count("events") == 2)
        #expect(try fixture.store.event(id: shared)?.sources.count == 2)

        let replaced = try #require(try fixture.store.event(id: ids[1]))
        #expect(replaced.participants.map(\.name) == ["Abdelkarim El Haddad", "Chidi Okafor"])
        #expect(try fixture.store.article(id: article1)?.eventIDs == ids)
        // The old Haddad actor took part in nothing any more and is gone; the new one is found by its alias.
        #expect(try fixture.store.actors(matching: "Abdel-Karim Haddad", limit: 10).map(\.name) == ["Abdelkarim El Haddad"])
        for name in ["Abdelkarim El Haddad", "abdel karim haddad"] {
            var query = EventQuery()
            query.actor = name
            #expect(try fixture.store.events(query).events.map(\.id) == [ids[1]], "actor=\(name)")
        }
    }

    @Test func replacementWithNoEventsLeavesNoOrphans() throws {
        let (fixture, article1, shared, _) = try Self.seeded()
        #expect(try fixture.store.replaceEvents(ofArticle: article1, with: [], sameCall: Self.sameParticipants) == [])
        #expect(try Self.orphanEvents(fixture) == 0)
        #expect(try fixture.count("events") == 1)
        #expect(try fixture.store.event(id: shared)?.sources.map(\.articleID) == [try #require(try fixture.store.article(id: article1)).article.id + 1])
        #expect(try fixture.count("actors") == 2, "Haddad and Okafor took part in nothing else")
    }

    @Test func aFailedReplacementChangesNothing() throws {
        let (fixture, article1, shared, onlyFirst) = try Self.seeded()
        let counts = try ["events", "event_sources", "event_participants", "actors", "actor_names"].map { try fixture.count($0) }
        #expect(throws: InvalidEventError.self) {
            try fixture.store.replaceEvents(ofArticle: article1, with: [
                Fixture.call([Fixture.lindqvist, Fixture.okafor], date: "2024-01-01"),
                Fixture.call([Fixture.marchand], date: "2024-03-01", initiator: 5),
            ], sameCall: Self.sameParticipants)
        }
        #expect(try ["events", "event_sources", "event_participants", "actors", "actor_names"].map { try fixture.count($0) } == counts)
        #expect(try fixture.store.article(id: article1)?.eventIDs == [shared, onlyFirst])
    }

    @Test func unknownArticleGivesNil() throws {
        let fixture = try StoreFixture()
        #expect(try fixture.store.replaceEvents(ofArticle: 42, with: [], sameCall: Self.sameParticipants) == nil)
    }

    @Test func scopeSelectsByNameFormsActorKeysAndUnnamedCountries() throws {
        let fixture = try StoreFixture()
        func article(_ n: Int, _ text: String) -> NewArticle {
            NewArticle(url: "https://news.example/\(n)", title: nil, publishedAt: "2024-03-01", language: "en", text: text, textHash: "h\(n)")
        }
        let a1 = try fixture.ingest(article(1, "Minister ÉLODIE MARCHAND phoned."), []).article.id
        let a2 = try fixture.ingest(article(2, "Elodie Marchand phoned."), []).article.id
        let a3 = try fixture.ingest(article(3, "A 100% sure report."), [Fixture.call([Fixture.ibanez, Fixture.okafor], date: nil)]).article.id
        let unnamed = NewParticipant(key: "office:SE:foreign minister", name: nil, country: "SE", role: "Foreign Minister", aliases: [])
        let a4 = try fixture.ingest(article(4, "The Swedish foreign minister phoned."), [Fixture.call([unnamed, Fixture.okafor], date: nil)]).article.id

        #expect(try fixture.store.articleIDs(in: ArticleScope(nameForms: ["Élodie Marchand"])) == [a1, a2])
        #expect(try fixture.store.articleIDs(in: ArticleScope(nameForms: ["elodie marchand"])) == [a2],
                "LIKE folds ASCII case only")
        #expect(try fixture.store.articleIDs(in: ArticleScope(nameForms: ["1_0"])) == [],
                "wildcards in a form are literal")
        #expect(try fixture.store.articleIDs(in: ArticleScope(nameForms: ["100% sure"])) == [a3])
        #expect(try fixture.store.articleIDs(in: ArticleScope(nameForms: [], actorKeys: ["es.ibanez"])) == [a3])
        #expect(try fixture.store.articleIDs(in: ArticleScope(nameForms: [], unnamedCountries: ["se"])) == [a4])
        #expect(try fixture.store.articleIDs(in: ArticleScope(nameForms: [" "], actorKeys: [], unnamedCountries: ["NG"])) == [])
        let text = try #require(try fixture.store.storedArticle(id: a2))
        #expect(text.text == "Elodie Marchand phoned.")
        #expect(text.record.id == a2)
    }
}
