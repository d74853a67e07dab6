import Testing
@testable import HotlineStore

@Suite("Actors")
struct ActorTests {
    @Test func foldingRules() {
        #expect(NameFolding.fold("Nasser BOURITA") == "nasser bourita")
        #expect(NameFolding.fold("  Élodie   Marchand ") == "elodie marchand")
        #expect(NameFolding.fold("Abdel-Fattah") == "abdel fattah")
        #expect(NameFolding.fold("O'Neill") == "oneill")
        #expect(NameFolding.fold("O’Neill") == "oneill")
        #expect(NameFolding.fold("Tomás Ibáñez") == "tomas ibanez")
        #expect(NameFolding.fold("Jean-Noël  Barrot.") == "jean noel barrot")
        #expect(NameFolding.fold("مُحَمَّد") == "محمد")
        #expect(NameFolding.fold("محـمد") == "محمد")
        #expect(NameFolding.fold("أحمد") == NameFolding.fold("احمد"))
        #expect(NameFolding.fold("-- ,") == "")
        #expect(NameFolding.surname(ofFolded: "jean noel barrot") == "barrot")
        #expect(NameFolding.surname(ofFolded: "barrot") == nil)
    }

    @Test func actorsMatchingNamesAliasesAndPrefixes() throws {
        let fixture = try StoreFixture()
        let namesake = NewParticipant(key: "be.marchandise", name: "Luc Marchandise", country: "BE", role: nil, aliases: [])
        try fixture.ingest(Fixture.article(1), [
            Fixture.call([Fixture.marchand, Fixture.ibanez], date: nil),
            Fixture.call([namesake, Fixture.haddad], date: nil),
        ])
        #expect(try fixture.store.actors(matching: "MARCHAND", limit: 10).map(\.name) == ["Élodie Marchand", "Luc Marchandise"])
        #expect(try fixture.store.actors(matching: "ibáñez", limit: 10).map(\.name) == ["Tomás Ibáñez"])
        #expect(try fixture.store.actors(matching: "abdelkarim", limit: 10).map(\.name) == ["Abdel-Karim Haddad"])
        #expect(try fixture.store.actors(matching: "karim", limit: 10).map(\.name) == ["Abdel-Karim Haddad"])
        #expect(try fixture.store.actors(matching: "zzz", limit: 10).isEmpty)
        #expect(try fixture.store.actors(matching: nil, limit: 10).map(\.name)
                == ["Abdel-Karim Haddad", "Élodie Marchand", "Luc Marchandise", "Tomás Ibáñez"])
        #expect(try fixture.store.actors(matching: nil, limit: 2).count == 2)
        #expect(try fixture.store.actors(matching: "  ", limit: 10).count == 4)
    }

    @Test func actorSummaryCountsCallsAndCounterparts() throws {
        let fixture = try StoreFixture()
        try fixture.ingest(Fixture.article(1), [Fixture.call([Fixture.marchand, Fixture.ibanez], date: "2024-01-01")])
        try fixture.ingest(Fixture.article(2), [Fixture.call([Fixture.marchand, Fixture.ibanez], date: "2024-02-01")])
        try fixture.ingest(Fixture.article(3), [Fixture.call([Fixture.marchand, Fixture.haddad, Fixture.ibanez], date: "2024-03-01")])
        try fixture.ingest(Fixture.article(4), [Fixture.call([Fixture.okafor, Fixture.haddad], date: "2024-03-02")])
        // A merged report does not count as another call.
        try fixture.store.ingest(Fixture.article(5), events: [Fixture.call([Fixture.marchand, Fixture.haddad], date: "2024-03-01")]) { _, c in
            c.date == "2024-03-01"
        }

        let marchandID = try #require(try fixture.store.actors(matching: "Marchand", limit: 1).first?.id)
        let summary = try #require(try fixture.store.actor(id: marchandID))
        #expect(summary.actor.name == "Élodie Marchand")
        #expect(summary.callCount == 3)
        #expect(summary.counterparts.map(\.actor.name) == ["Tomás Ibáñez", "Abdel-Karim Haddad"])
        #expect(summary.counterparts.map(\.calls) == [3, 1])

        let okaforID = try #require(try fixture.store.actors(matching: "okafor", limit: 1).first?.id)
        let okafor = try #require(try fixture.store.actor(id: okaforID))
        #expect(okafor.callCount == 1)
        #expect(okafor.counterparts.map(\.actor.name) == ["Abdel-Karim Haddad"])
        #expect(try fixture.store.actor(id: 9_999) == nil)
    }
}
