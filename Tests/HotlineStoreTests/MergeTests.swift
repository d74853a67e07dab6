import Testing
@testable import HotlineStore

@Suite("Merge")
struct MergeTests {
    let pair = [Fixture.marchand, Fixture.ibanez]

    @Test func sameCallMergesIntoOneEventWithTwoSources() throws {
        let fixture = try StoreFixture()
        let first = try fixture.ingest(Fixture.article(1, publishedAt: "2024-03-01"),
                                       [Fixture.call(pair, date: "2024-03", topics: [("trade", "Trade")], confidence: 0.6,
                                                     context: "first report")])
        var offered: [MergeCandidate] = []
        let second = try fixture.store.ingest(Fixture.article(2, publishedAt: "2024-03-02"),
                                              events: [Fixture.call(pair.reversed(), date: "2024-03-01", topics: [("energy", "Energy")],
                                                                    initiator: 0, confidence: 0.9, evidence: "Second sentence.")]) { _, candidate in
            offered.append(candidate)
            return true
        }
        #expect(second.eventIDs == first.eventIDs)
        #expect(offered.count == 1)
        let candidate = try #require(offered.first)
        #expect(candidate.id == first.eventIDs[0])
        #expect(candidate.date == "2024-03")
        #expect(candidate.participantKeys == ["fr.marchand", "es.ibanez"])
        #expect(candidate.topicIDs == ["trade"])
        #expect(candidate.reports.map(\.context) == ["first report"])
        #expect(candidate.reports.map(\.publishedAt) == ["2024-03-01"])

        #expect(try fixture.count("events") == 1)
        let event = try #require(try fixture.store.event(id: first.eventIDs[0]))
        #expect(event.sources.map(\.articleID) == [first.article.id, second.article.id])
        #expect(event.sources.map(\.evidence) == ["They spoke by phone.", "Second sentence."])
        #expect(event.topics.map(\.id) == ["trade", "energy"])
        #expect(event.date == "2024-03-01")  // the month was refined to the day
        #expect(event.confidence == 0.9)
        #expect(event.initiator?.name == "Tomás Ibáñez")  // none before: taken from the new report
        #expect(event.participants.map(\.name) == ["Élodie Marchand", "Tomás Ibáñez"])
    }

    @Test func notSameCallGivesTwoEvents() throws {
        let fixture = try StoreFixture()
        let first = try fixture.ingest(Fixture.article(1), [Fixture.call(pair, date: "2024-03-01")])
        var asked = 0
        let second = try fixture.store.ingest(Fixture.article(2), events: [Fixture.call(pair, date: "2024-05-09")]) { _, _ in
            asked += 1
            return false
        }
        #expect(asked == 1)
        #expect(second.eventIDs != first.eventIDs)
        #expect(try fixture.count("events") == 2)
    }

    @Test func eventsWithDifferentParticipantsAreNotOffered() throws {
        let fixture = try StoreFixture()
        try fixture.ingest(Fixture.article(1), [Fixture.call([Fixture.marchand, Fixture.ibanez], date: "2024-03-01")])
        try fixture.ingest(Fixture.article(2), [Fixture.call([Fixture.marchand, Fixture.ibanez, Fixture.haddad], date: "2024-03-01")])
        try fixture.ingest(Fixture.article(3), [Fixture.call([Fixture.marchand, Fixture.ibanez], date: "2024-03-01", type: "meeting")])
        var offered: [Set<String>] = []
        try fixture.store.ingest(Fixture.article(4), events: [Fixture.call([Fixture.marchand, Fixture.haddad], date: "2024-03-01")]) { _, candidate in
            offered.append(candidate.participantKeys)
            return false
        }
        // Only the three-party call has both of the new event's two participants; the pair call
        // shares one, the meeting is another type.
        #expect(offered == [["fr.marchand", "es.ibanez", "ma.haddad"]])

        offered = []
        try fixture.store.ingest(Fixture.article(5), events: [Fixture.call([Fixture.marchand, Fixture.ibanez, Fixture.okafor], date: nil)]) { _, candidate in
            offered.append(candidate.participantKeys)
            return false
        }
        // The pair call (two participants, both shared) and the three-party one (two shared) are
        // offered, newest first (equal dates: higher id first); the event of article 4 shares one.
        #expect(offered == [["fr.marchand", "es.ibanez", "ma.haddad"], ["fr.marchand", "es.ibanez"]])
    }

    @Test func firstAcceptedCandidateWins() throws {
        let fixture = try StoreFixture()
        let older = try fixture.ingest(Fixture.article(1), [Fixture.call(pair, date: "2024-01-10")])
        let newer = try fixture.ingest(Fixture.article(2), [Fixture.call(pair, date: "2024-02-10")])
        var offered: [Int64] = []
        let third = try fixture.store.ingest(Fixture.article(3), events: [Fixture.call(pair, date: "2024-01-10")]) { event, candidate in
            offered.append(candidate.id)
            return candidate.date == event.date
        }
        #expect(offered == [newer.eventIDs[0], older.eventIDs[0]])
        #expect(third.eventIDs == older.eventIDs)
        #expect(try fixture.count("events") == 2)
    }

    @Test func twoReportsInOneArticleMakeOneEventWithoutDuplicateRows() throws {
        let fixture = try StoreFixture()
        let result = try fixture.store.ingest(Fixture.article(1), events: [
            Fixture.call(pair, date: "2024-03-01", topics: [("trade", "Trade")], evidence: "A."),
            Fixture.call(pair, date: "2024-03-01", topics: [("trade", "Trade")], evidence: "B."),
        ]) { _, _ in true }
        #expect(result.eventIDs.count == 1)
        #expect(try fixture.count("events") == 1)
        #expect(try fixture.count("event_sources") == 1)
        #expect(try fixture.count("event_participants") == 2)
        #expect(try fixture.count("event_topics") == 1)

        // Both merge into one older event: still one source row per article.
        let again = try fixture.store.ingest(Fixture.article(2), events: [
            Fixture.call(pair, date: "2024-03-01"), Fixture.call(pair, date: "2024-03-01"),
        ]) { _, _ in true }
        #expect(again.eventIDs == result.eventIDs)
        #expect(try fixture.count("event_sources") == 2)
    }

    @Test func mergeKeepsKnownInitiatorAndIncompatibleDate() throws {
        let fixture = try StoreFixture()
        let first = try fixture.ingest(Fixture.article(1), [Fixture.call(pair, date: "2024-03-01", initiator: 0, confidence: 0.9)])
        try fixture.store.ingest(Fixture.article(2), events: [Fixture.call(pair, date: "2024-04", initiator: 1, confidence: 0.5)]) { _, _ in true }
        let event = try #require(try fixture.store.event(id: first.eventIDs[0]))
        #expect(event.initiator?.name == "Élodie Marchand")
        #expect(event.date == "2024-03-01")
        #expect(event.confidence == 0.9)
    }

    @Test func mergeFillsMissingDateAndMovesTheEventInPages() throws {
        let fixture = try StoreFixture()
        let undated = try fixture.ingest(Fixture.article(1), [Fixture.call(pair, date: nil, topics: [("trade", "Trade")])])
        try fixture.ingest(Fixture.article(2), [Fixture.call([Fixture.haddad, Fixture.okafor], date: "2024-01-01", topics: [("trade", "Trade")])])
        var query = EventQuery()
        query.topic = "trade"
        #expect(try fixture.store.events(query).events.last?.id == undated.eventIDs[0])

        try fixture.store.ingest(Fixture.article(3), events: [Fixture.call(pair, date: "2024-06-01")]) { _, _ in true }
        #expect(try fixture.store.events(query).events.first?.id == undated.eventIDs[0])
        query.topic = nil
        query.actor = "Marchand"
        query.since = "2024-06"
        #expect(try fixture.store.events(query).events.map(\.id) == undated.eventIDs)
    }

    @Test func candidatesAreFoundWhateverActorIsMostFrequent() throws {
        let fixture = try StoreFixture()
        // Marchand is on many calls; the others on few.
        for n in 0..<12 {
            let partner = NewParticipant(key: "xx.partner\(n)", name: "Partner \(n)", country: "XX", role: nil, aliases: [])
            try fixture.ingest(Fixture.article(n), [Fixture.call([Fixture.marchand, partner], date: "2024-01-\(10 + n)")])
        }
        let withIbanez = try fixture.ingest(Fixture.article(20), [Fixture.call([Fixture.marchand, Fixture.ibanez], date: "2024-02-01")])
        let ibanezHaddad = try fixture.ingest(Fixture.article(21), [Fixture.call([Fixture.ibanez, Fixture.haddad], date: "2024-02-02")])
        let trio = try fixture.ingest(Fixture.article(22), [Fixture.call([Fixture.haddad, Fixture.okafor, Fixture.marchand], date: "2024-02-03")])

        var offered: [Int64] = []
        try fixture.store.ingest(Fixture.article(30), events: [Fixture.call([Fixture.marchand, Fixture.ibanez, Fixture.haddad], date: nil)]) { _, c in
            offered.append(c.id)
            return false
        }
        // Each stored event sharing two of the three, newest first; none of the partner calls.
        #expect(offered == trio.eventIDs + ibanezHaddad.eventIDs + withIbanez.eventIDs)
    }
}
