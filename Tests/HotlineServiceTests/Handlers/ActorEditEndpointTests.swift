import Foundation
import HotlineStore
import HotlineService
import Testing

/// End-to-end: `POST /v1/actors` and `PATCH /v1/actors/{id}` re-resolve stored articles.
/// The Malawian minister and the articles are invented for these tests.
@Suite(.serialized) struct ActorEditEndpointTests {
    /// Reports a call of "Tiyamike Mwanzaa" (a variant spelling of the invented Tiyamike Mwanza).
    static let variantCall = """
    Malawi and US discuss maize exports

    LILONGWE - Malawian Foreign Minister Tiyamike Mwanzaa held a phone call on Monday with US Secretary of State \
    Antony Blinken, the ministry said.

    The two officials discussed maize exports and regional security.
    """

    static var canonical: [String: Any?] { [
        "name": "Tiyamike Mwanza", "country": "MW", "aliases": ["Tiyamike Mwanzaa"], "short": ["Mwanza"], "gender": "f",
        "offices": [["kind": "foreign-minister", "role": "Minister of Foreign Affairs", "country": "MW",
                     "from": "2022-06-01", "to": nil] as [String: Any?]].map { $0.mapValues { $0 ?? NSNull() } },
    ] }

    static func events(_ r: TestClient.Response) -> [[String: Any]] { r.object["events"] as? [[String: Any]] ?? [] }

    static func participants(_ event: [String: Any]) -> [[String: Any]] { event["participants"] as? [[String: Any]] ?? [] }

    static func patch(_ c: TestClient, _ target: String, _ object: [String: Any]) throws -> TestClient.Response {
        let body = try JSONSerialization.data(withJSONObject: object)
        return try c.request("PATCH", target, body: Array(body), headers: ["Content-Type": "application/json"])
    }

    @Test func addedOfficialCanonicalisesStoredEventsAndPatchCorrectsTheRole() throws {
        let server = try TestServer()
        defer { server.stop() }
        let c = try server.client()
        let posted = try c.postJSON("/v1/articles", ["text": Self.variantCall, "published_at": "2023-03-08"])
        #expect(posted.status == 201)
        #expect(Self.events(try c.get("/v1/events?actor=\(q("Tiyamike Mwanza"))")).isEmpty)
        #expect(Self.events(try c.get("/v1/events?actor=\(q("Tiyamike Mwanzaa"))")).count == 1)

        let added = try c.postJSON("/v1/actors", Self.canonical)
        #expect(added.status == 201)
        #expect(added.object["reresolved_articles"] as? Int == 1)
        let actor = try #require(added.object["actor"] as? [String: Any])
        let actorID = try #require(actor["id"] as? String)
        #expect(actor["name"] as? String == "Tiyamike Mwanza")
        #expect(actor["country"] as? String == "MW")
        #expect(actor["role"] as? String == "Minister of Foreign Affairs")
        #expect(actor["aliases"] as? [String] == ["Tiyamike Mwanzaa"])

        for name in ["Tiyamike Mwanza", "Tiyamike Mwanzaa", "Mwanza", actorID] {
            let found = Self.events(try c.get("/v1/events?actor=\(q(name))"))
            #expect(found.count == 1, "actor=\(name)")
            let party = found.first.flatMap { Self.participants($0).first { $0["id"] as? String == actorID } }
            #expect(party?["name"] as? String == "Tiyamike Mwanza", "actor=\(name)")
        }
        let all = Self.events(try c.get("/v1/events"))
        #expect(all.count == 1, "the re-resolved call replaced the old one")
        #expect(!all.flatMap(Self.participants).contains { $0["name"] as? String == "Tiyamike Mwanzaa" })
        #expect(try c.get("/v1/actors/\(actorID)").object["calls"] as? Int == 1)

        let patched = try Self.patch(c, "/v1/actors/\(actorID)", ["role": "Minister of Foreign Affairs and International Cooperation"])
        #expect(patched.status == 200)
        #expect((patched.object["actor"] as? [String: Any])?["role"] as? String == "Minister of Foreign Affairs and International Cooperation")
        #expect(patched.object["reresolved_articles"] as? Int == 1)
        let after = Self.events(try c.get("/v1/events?actor=\(q("Mwanza"))"))
        #expect(after.count == 1)
        let party = after.first.flatMap { Self.participants($0).first { $0["id"] as? String == actorID } }
        #expect(party?["role"] as? String == "Minister of Foreign Affairs and International Cooperation")

        // A new article about her is resolved with the stored official straight away.
        let later = Self.variantCall.replacingOccurrences(of: "maize exports", with: "fertiliser prices")
        let second = try c.postJSON("/v1/articles", ["text": later, "published_at": "2023-04-12"])
        let names = Self.events(second).flatMap(Self.participants).compactMap { $0["name"] as? String }
        #expect(names.contains("Tiyamike Mwanza"))
    }

    @Test func userOfficialsPersistAcrossRestarts() throws {
        let server = try TestServer()
        defer { server.stop() }
        let c = try server.client()
        #expect(try c.postJSON("/v1/actors", Self.canonical).status == 201)
        // A fresh API over the same database starts with the stored official.
        let reopened = try HotlineAPI(loading: server.store)
        let official = reopened.ingestor.extractor.official(id: "user-tiyamike-mwanza")
        #expect(official?.name == "Tiyamike Mwanza")
        #expect(official?.aliases == ["Tiyamike Mwanzaa"])
        #expect(HotlineAPI(store: server.store).ingestor.extractor.official(id: "user-tiyamike-mwanza") == nil)
    }

    @Test func patchingAnUnknownPersonMakesThemAUserOfficial() throws {
        let server = try TestServer()
        defer { server.stop() }
        let c = try server.client()
        _ = try c.postJSON("/v1/articles", ["text": Self.variantCall, "published_at": "2023-03-08"])
        let found = try c.get("/v1/actors?q=\(q("Mwanzaa"))")
        let actorID = try #require((found.object["actors"] as? [[String: Any]])?.first?["id"] as? String)
        let patched = try Self.patch(c, "/v1/actors/\(actorID)", ["name": "Tiyamike Mwanza"])
        #expect(patched.status == 200)
        let actor = patched.object["actor"] as? [String: Any]
        #expect(actor?["id"] as? String == actorID, "the corrected actor keeps its id")
        #expect(actor?["name"] as? String == "Tiyamike Mwanza")
        #expect(actor?["aliases"] as? [String] == ["Tiyamike Mwanzaa"], "the old spelling stays an alias")
        #expect(actor?["country"] as? String == "MW")
        let events = Self.events(try c.get("/v1/events?actor=\(q("Tiyamike Mwanza"))"))
        #expect(events.count == 1)
        #expect(events.first.map(Self.participants)?.contains { $0["id"] as? String == actorID } == true)
        // Posting the same person again is a conflict, not a duplicate.
        #expect(try c.postJSON("/v1/actors", Self.canonical).status == 409)
    }

    @Test func correctingABundledOfficialByID() throws {
        let server = try TestServer()
        defer { server.stop() }
        let c = try server.client()
        _ = try c.postJSON("/v1/articles", ["text": Self.variantCall, "published_at": "2023-03-08"])
        let r = try c.postJSON("/v1/actors", ["official_id": "antony-blinken", "name": "Antony J. Blinken"])
        #expect(r.status == 201)
        #expect(r.object["reresolved_articles"] as? Int == 1)
        let actor = r.object["actor"] as? [String: Any]
        #expect(actor?["name"] as? String == "Antony J. Blinken")
        #expect((actor?["aliases"] as? [String])?.contains("Antony Blinken") == true)
        let events = Self.events(try c.get("/v1/events?actor=\(q("Antony J. Blinken"))"))
        #expect(events.first.map(Self.participants)?.contains { $0["name"] as? String == "Antony J. Blinken" } == true)
        #expect(Self.events(try c.get("/v1/events?actor=Blinken")).count == 1)
        // Adding him again under a new id would make two people of one: refused.
        let duplicate = try c.postJSON("/v1/actors", ["name": "Tony Blinken", "country": "US"])
        #expect(duplicate.status == 409)
        #expect(duplicate.errorCode == "conflict")
    }

    @Test func badBodiesAre400BrokenRulesAre422AndUnknownActorsAre404() throws {
        let server = try TestServer()
        defer { server.stop() }
        let c = try server.client()
        let bad: [[String: Any?]] = [
            [:],
            ["name": "   "],
            ["name": 42],
            ["name": "A B", "country": "Morocco"],
            ["name": "A B", "country": "ZZ"],
            ["name": "A B", "gender": "x"],
            ["name": "A B", "aliases": "A"],
            ["name": "A B", "nickname": "A"],
            ["name": "A B", "offices": [["kind": "king", "role": "King", "country": "MA"]]],
            ["name": "A B", "offices": [["kind": "other", "role": "Adviser", "country": "MA", "from": "2023-02-30"]]],
            ["name": "A B", "offices": [["kind": "other", "country": "MA"]]],
            ["official_id": "Bad Id", "name": "A B"],
        ]
        for body in bad {
            let r = try c.postJSON("/v1/actors", body)
            #expect(r.status == 400, "\(body)")
            #expect(["invalid_actor", "invalid_json"].contains(r.errorCode ?? ""), "\(body)")
            let message = (r.object["error"] as? [String: Any])?["message"] as? String
            #expect(message?.isEmpty == false)
        }
        // well-formed bodies that break a rule the API description cannot state: 422
        let unprocessable: [([String: Any?], String)] = [
            (["name": "A B", "offices": [["kind": "other", "role": "Adviser", "country": "MA", "from": "2023-05", "to": "2022"]]], "invalid_actor"),
            (["official_id": "no-such-official", "name": "A B"], "unknown_official"),
        ]
        for (body, code) in unprocessable {
            let r = try c.postJSON("/v1/actors", body)
            #expect(r.status == 422, "\(body)")
            #expect(r.errorCode == code, "\(body)")
        }
        let notJSON = try c.request("POST", "/v1/actors", body: Array("{".utf8), headers: ["Content-Type": "application/json"])
        #expect(notJSON.status == 400)
        #expect(notJSON.errorCode == "invalid_json")
        #expect(try c.request("POST", "/v1/actors", body: Array("name".utf8), headers: ["Content-Type": "text/plain"]).status == 415)
        #expect(try Self.patch(c, "/v1/actors/999", ["role": "Adviser"]).status == 404)
        #expect(try Self.patch(c, "/v1/actors/abc", ["role": "Adviser"]).status == 404)
        #expect((try c.get("/v1/actors?q=\(q("A B"))").object["actors"] as? [[String: Any]])?.isEmpty == true, "nothing was stored")

        let added = try c.postJSON("/v1/actors", ["name": "Tiyamike Mwanza", "country": "mw", "role": "Adviser"])
        #expect(added.status == 201)
        #expect(added.object["reresolved_articles"] as? Int == 0)
        let id = try #require((added.object["actor"] as? [String: Any])?["id"] as? String)
        #expect((added.object["actor"] as? [String: Any])?["country"] as? String == "MW")
        #expect(try Self.patch(c, "/v1/actors/\(id)", ["official_id": "x"]).status == 400, "official_id only on POST")
        #expect(try Self.patch(c, "/v1/actors/\(id)", ["offices": [["kind": "envoy", "role": "Envoy", "country": "XX"]]]).status == 400)
        #expect(try c.get("/v1/actors/\(id)").status == 200)
    }

    /// Every office kind the bundled knowledge base uses is one a client may post: speakers of
    /// parliament, legislators and ambassadors too.
    @Test func everyDocumentedOfficeKindIsAccepted() throws {
        let server = try TestServer()
        defer { server.stop() }
        let c = try server.client()
        for (n, kind) in ["speaker", "legislator", "ambassador"].enumerated() {
            let body: [String: Any?] = ["name": "Tiyamike Banda \(n)", "offices": [["kind": kind, "role": "Office", "country": "MW", "from": "2022-01-01"]]]
            let r = try c.postJSON("/v1/actors", body)
            #expect(r.status == 201, "\(kind)")
        }
    }
}
