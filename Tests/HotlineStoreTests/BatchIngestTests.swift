import Testing
@testable import HotlineStore

/// `Store.ingestBatch`: one transaction, one savepoint per article, results in input order.
@Suite("Batch ingest")
struct BatchIngestTests {
    private func item(_ n: Int, _ events: [NewEvent], url: String? = Fixture.ownURL, textHash: String? = nil) -> BatchArticle {
        BatchArticle(article: Fixture.article(n, url: url, textHash: textHash), events: events)
    }

    @Test func storesEveryArticleInOrderAndAnswersRepeatsAsExisting() throws {
        let fixture = try StoreFixture()
        let results = try fixture.store.ingestBatch([
            item(1, [Fixture.call([Fixture.marchand, Fixture.ibanez], date: "2024-03-01")]),
            item(2, [Fixture.call([Fixture.haddad, Fixture.okafor], date: "2024-03-02")]),
            item(1, [Fixture.call([Fixture.lindqvist, Fixture.okafor], date: "2024-03-03")], textHash: "other-text"),
        ]) { _, _, _ in false }
        let outcomes = try results.map { try $0.get() }
        #expect(outcomes.map(\.created) == [true, true, false])
        #expect(outcomes.map(\.article.url) == ["https://news.example/1", "https://news.example/2", "https://news.example/1"])
        #expect(outcomes[2].article == outcomes[0].article)
        #expect(outcomes[2].eventIDs == outcomes[0].eventIDs)
        #expect(try fixture.count("articles") == 2)
        #expect(try fixture.count("events") == 2)
        // The repeated article's event was not stored, so its participant never became an actor.
        #expect(try fixture.count("actors") == 4)
    }

    @Test func failingArticleMidBatchIsRolledBackAloneAndOthersAreKept() throws {
        let fixture = try StoreFixture()
        let results = try fixture.store.ingestBatch([
            item(1, [Fixture.call([Fixture.marchand, Fixture.ibanez], date: "2024-03-01")]),
            // Its first event is valid (and would create two actors), its second is not.
            item(2, [Fixture.call([Fixture.haddad, Fixture.okafor], date: "2024-03-02"),
                     Fixture.call([Fixture.lindqvist, Fixture.okafor], date: "not a date")]),
            item(3, [Fixture.call([Fixture.ibanez, Fixture.marchand], date: "2024-03-04")]),
        ]) { _, _, _ in false }
        #expect(results.count == 3)
        #expect((try? results[0].get())?.created == true)
        #expect((try? results[2].get())?.created == true)
        guard case .failure(let error) = results[1] else {
            Issue.record("the invalid article was stored")
            return
        }
        #expect((error as? InvalidEventError)?.eventIndex == 1)
        #expect(try fixture.count("articles") == 2)
        #expect(try fixture.count("events") == 2)
        #expect(try fixture.count("actors") == 2)
        #expect(try fixture.store.existingArticle(url: "https://news.example/2", textHash: "hash-2") == nil)
    }

    @Test func mergeDecisionSeesEarlierArticlesOfTheBatchWithTheirIndex() throws {
        let fixture = try StoreFixture()
        var asked: [Int] = []
        let results = try fixture.store.ingestBatch([
            item(1, [Fixture.call([Fixture.marchand, Fixture.ibanez], date: "2024-03-01")]),
            item(2, [Fixture.call([Fixture.ibanez, Fixture.marchand], date: "2024-03-01")]),
        ]) { index, _, candidate in
            asked.append(index)
            return candidate.participantKeys == ["fr.marchand", "es.ibanez"]
        }
        let outcomes = try results.map { try $0.get() }
        #expect(asked == [1])
        #expect(outcomes[1].eventIDs == outcomes[0].eventIDs)
        #expect(try fixture.count("events") == 1)
        #expect(try fixture.count("event_sources") == 2)
    }

    @Test func withoutMergeDecisionEveryEventIsNew() throws {
        let fixture = try StoreFixture()
        let same = Fixture.call([Fixture.marchand, Fixture.ibanez], date: "2024-03-01")
        let results = try fixture.store.ingestBatch([item(1, [same]), item(2, [same])], sameCall: nil)
        let ids = try results.flatMap { try $0.get().eventIDs }
        #expect(Set(ids).count == 2)
        #expect(try fixture.count("events") == 2)
    }

    @Test func emptyBatchWritesNothing() throws {
        let fixture = try StoreFixture()
        #expect(try fixture.store.ingestBatch([], sameCall: nil).isEmpty)
        #expect(try fixture.count("articles") == 0)
    }

    @Test func closedStoreThrowsForTheWholeBatch() throws {
        let fixture = try StoreFixture()
        fixture.store.close()
        #expect(throws: StoreError.self) {
            try fixture.store.ingestBatch([item(1, [])], sameCall: nil)
        }
    }
}
