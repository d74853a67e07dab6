import Testing
@testable import HotlineStore

/// `user_officials` and actor corrections (fictional people only).
@Suite("User officials")
struct UserOfficialTests {
    static let entry = #"{"id":"user-elodie-marchand","name":"Élodie Marchand","offices":[]}"#

    static func correction(_ name: String, aliases: [String] = [], role: String? = "Foreign Minister") -> ActorCorrection {
        ActorCorrection(key: "kb:user-elodie-marchand", name: name, country: "fr", role: role, aliases: aliases)
    }

    @Test func entriesRoundTripAndReplaceByID() throws {
        let fixture = try StoreFixture()
        #expect(try fixture.store.userOfficials().isEmpty)
        _ = try fixture.store.saveUserOfficial(id: "user-elodie-marchand", entry: Self.entry, actorID: nil,
                                               correction: Self.correction("Élodie Marchand"))
        let first = try #require(try fixture.store.userOfficial(id: "user-elodie-marchand"))
        #expect(first.entry == Self.entry)
        #expect(first.updatedAt.hasSuffix("Z"))

        let replaced = #"{"id":"user-elodie-marchand","name":"Elodie Marchand-Roy","offices":[]}"#
        _ = try fixture.store.saveUserOfficial(id: "user-elodie-marchand", entry: replaced, actorID: nil,
                                               correction: Self.correction("Elodie Marchand-Roy"))
        #expect(try fixture.store.userOfficials().map(\.entry) == [replaced])
        #expect(try fixture.count("user_officials") == 1)

        // Reopening the database keeps them.
        fixture.store.close()
        let reopened = try Store(path: fixture.path)
        defer { reopened.close() }
        #expect(try reopened.userOfficials().map(\.id) == ["user-elodie-marchand"])
    }

    @Test func entryMustBeAJSONObject() throws {
        let fixture = try StoreFixture()
        #expect(throws: SQLiteError.self) {
            try fixture.store.saveUserOfficial(id: "x", entry: "[1, 2]", actorID: nil, correction: Self.correction("X Y"))
        }
        #expect(try fixture.count("user_officials") == 0)
        #expect(try fixture.count("actors") == 0, "the actor row is rolled back with the entry")
    }

    @Test func correctionCreatesTheActorByKeyAndIndexesItsNames() throws {
        let fixture = try StoreFixture()
        let actor = try fixture.store.saveUserOfficial(id: "user-elodie-marchand", entry: Self.entry, actorID: nil,
                                                       correction: Self.correction("Élodie Marchand", aliases: ["E. Marchand-Roy"]))
        #expect(actor.name == "Élodie Marchand")
        #expect(actor.country == "FR")
        #expect(try fixture.store.actorKey(id: actor.id) == "kb:user-elodie-marchand")
        #expect(try fixture.store.actors(matching: "marchand roy", limit: 10).map(\.id) == [actor.id])

        // Saving again corrects the same row; the old alias no longer finds it.
        let again = try fixture.store.saveUserOfficial(id: "user-elodie-marchand", entry: Self.entry, actorID: nil,
                                                       correction: Self.correction("Élodie Marchand", aliases: ["Lodie Marchand"], role: nil))
        #expect(again.id == actor.id)
        #expect(again.role == nil)
        #expect(try fixture.store.actors(matching: "marchand roy", limit: 10).isEmpty)
        #expect(try fixture.store.actors(matching: "lodie marchand", limit: 10).map(\.id) == [actor.id])
    }

    @Test func correctionByIDRekeysTheActorAndOverwritesWhatIngestFilledIn() throws {
        let fixture = try StoreFixture()
        let ingested = try fixture.ingest(Fixture.article(1), [Fixture.call([Fixture.marchand, Fixture.ibanez], date: "2024-03-01")])
        let event = try #require(try fixture.store.event(id: ingested.eventIDs[0]))
        let marchandID = event.participants[0].id
        let corrected = try fixture.store.saveUserOfficial(
            id: "user-elodie-marchand", entry: Self.entry, actorID: marchandID,
            correction: ActorCorrection(key: "kb:user-elodie-marchand", name: "Élodie Marchand", country: "BE",
                                        role: "Deputy Prime Minister", aliases: []))
        #expect(corrected.id == marchandID)
        #expect(try fixture.store.actorKey(id: marchandID) == "kb:user-elodie-marchand")
        let reloaded = try #require(try fixture.store.event(id: ingested.eventIDs[0]))
        #expect(reloaded.participants[0].role == "Deputy Prime Minister")
        var belgian = EventQuery()
        belgian.country = "BE"
        #expect(try fixture.store.events(belgian).events.map(\.id) == ingested.eventIDs, "participant country copies follow")

        // Another actor cannot take that key.
        let ibanezID = event.participants[1].id
        #expect(throws: ActorKeyConflictError(key: "kb:user-elodie-marchand", actorID: marchandID)) {
            try fixture.store.saveUserOfficial(id: "user-elodie-marchand", entry: Self.entry, actorID: ibanezID,
                                               correction: Self.correction("Tomás Ibáñez"))
        }
    }
}
