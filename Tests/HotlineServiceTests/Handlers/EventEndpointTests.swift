import Foundation
import Testing

/// End-to-end: `GET /v1/events` filters and pagination, `GET /v1/events/{id}`, actors, errors.
@Suite(.serialized) struct EventEndpointTests {
    /// A server holding two calls: Bourita–Blinken (2023-01-03) and Macron–Putin (2022-05-27).
    static func seeded() throws -> (TestServer, TestClient) {
        let server = try TestServer()
        let c = try server.client()
        _ = try c.postJSON("/v1/articles", ["text": Fixtures.callEnglish, "published_at": Fixtures.callEnglishPublished])
        _ = try c.postJSON("/v1/articles", ["text": Fixtures.otherCall, "published_at": Fixtures.otherCallPublished])
        return (server, c)
    }

    static func ids(_ r: TestClient.Response) -> [String] {
        (r.object["events"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }

    static func participantNames(_ r: TestClient.Response) -> Set<String> {
        Set((r.object["events"] as? [[String: Any]] ?? []).flatMap { ($0["participants"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String } })
    }

    @Test func actorFilterMatchesNameAliasSurnameCaseAndAccents() throws {
        let (server, c) = try Self.seeded()
        defer { server.stop() }
        for name in ["Nasser Bourita", "nasser bourita", "BOURITA", "Bourïta", "Bourita"] {
            let r = try c.get("/v1/events?actor=\(q(name))")
            #expect(r.status == 200)
            #expect(Self.ids(r).count == 1, "actor=\(name)")
            #expect(Self.participantNames(r).contains("Antony Blinken"))
        }
        // A misspelling the knowledge base lists as an alias.
        #expect(Self.ids(try c.get("/v1/events?actor=\(q("Anthony Blinken"))")).count == 1)
        #expect(Self.ids(try c.get("/v1/events?actor=Nobody")).isEmpty)
    }

    @Test func actorIDFromActorsEndpointFiltersToo() throws {
        let (server, c) = try Self.seeded()
        defer { server.stop() }
        let actors = try c.get("/v1/actors?q=putin")
        let putin = (actors.object["actors"] as? [[String: Any]])?.first
        #expect(putin?["name"] as? String == "Vladimir Putin")
        let id = putin?["id"] as? String ?? "0"
        let r = try c.get("/v1/events?actor=\(id)")
        #expect(Self.participantNames(r) == ["Vladimir Putin", "Emmanuel Macron"])

        let summary = try c.get("/v1/actors/\(id)")
        #expect(summary.status == 200)
        #expect(summary.object["calls"] as? Int == 1)
        let counterparts = (summary.object["counterparts"] as? [[String: Any]] ?? []).compactMap { ($0["actor"] as? [String: Any])?["name"] as? String }
        #expect(counterparts == ["Emmanuel Macron"])
        #expect(try c.get("/v1/actors/999999").status == 404)
    }

    @Test func countryTopicDateTypeAndConfidenceFilters() throws {
        let (server, c) = try Self.seeded()
        defer { server.stop() }
        #expect(Self.participantNames(try c.get("/v1/events?country=RU")).contains("Vladimir Putin"))
        #expect(Self.ids(try c.get("/v1/events?country=ma")).count == 1)
        #expect(Self.participantNames(try c.get("/v1/events?topic=ukraine-war")) == ["Vladimir Putin", "Emmanuel Macron"])
        #expect(Self.participantNames(try c.get("/v1/events?topic=negev-forum")) == ["Nasser Bourita", "Antony Blinken"])
        #expect(Self.participantNames(try c.get("/v1/events?since=2023")) == ["Nasser Bourita", "Antony Blinken"])
        #expect(Self.participantNames(try c.get("/v1/events?until=2022-12")) == ["Vladimir Putin", "Emmanuel Macron"])
        #expect(Self.ids(try c.get("/v1/events?since=2022-05-27&until=2023-01-03")).count == 2)
        #expect(Self.ids(try c.get("/v1/events?since=2022-05-28&until=2023-01-02")).isEmpty)
        #expect(Self.ids(try c.get("/v1/events?type=call")).count == 2)
        #expect(Self.ids(try c.get("/v1/events?type=meeting")).isEmpty)
        let confident = try c.get("/v1/events?min_confidence=0.5")
        for e in confident.object["events"] as? [[String: Any]] ?? [] {
            #expect((e["confidence"] as? Double ?? 0) >= 0.5)
        }
        #expect(Self.ids(try c.get("/v1/events?actor=Bourita&country=RU")).isEmpty)
    }

    @Test func newestFirstWithKeysetPagination() throws {
        let (server, c) = try Self.seeded()
        defer { server.stop() }
        let all = try c.get("/v1/events")
        let dates = (all.object["events"] as? [[String: Any]] ?? []).compactMap { $0["date"] as? String }
        #expect(dates == ["2023-01-03", "2022-05-27"])
        #expect(all.object["next_cursor"] is NSNull)

        let page1 = try c.get("/v1/events?limit=1")
        let cursor = page1.object["next_cursor"] as? String
        #expect(Self.ids(page1).count == 1 && cursor != nil)
        let page2 = try c.get("/v1/events?limit=1&cursor=\(q(cursor ?? ""))")
        #expect(Self.ids(page2).count == 1)
        #expect(Self.ids(page1) + Self.ids(page2) == Self.ids(all))
        #expect(page2.object["next_cursor"] is NSNull)

        let one = try c.get("/v1/events/\(Self.ids(all)[0])")
        #expect(one.status == 200)
        #expect(one.object["id"] as? String == Self.ids(all)[0])
        let sources = one.object["sources"] as? [[String: Any]] ?? []
        #expect(sources.count == 1)
        #expect((sources.first?["evidence"] as? String)?.contains("phone call") == true)
    }

    @Test func badParametersRoutesAndMethodsGetJSONErrors() throws {
        let (server, c) = try Self.seeded()
        defer { server.stop() }
        for target in ["/v1/events?limit=0", "/v1/events?limit=501", "/v1/events?limit=x", "/v1/events?bogus=1",
                       "/v1/events?since=2023-13", "/v1/events?cursor=not+a+cursor", "/v1/events?min_confidence=2",
                       "/v1/events?actor=a&actor=b", "/v1/events?country=M1"] {
            let r = try c.get(target)
            #expect(r.status == 400, "\(target)")
            #expect(r.errorCode != nil, "\(target)")
        }
        let inverted = try c.get("/v1/events?since=2024&until=2023")
        #expect(inverted.status == 422 && inverted.errorCode == "invalid_range", "well-formed, but an empty range")
        let forged = try c.get("/v1/events?cursor=bm90LWlzc3VlZA")
        #expect(forged.status == 422 && forged.errorCode == "invalid_cursor", "cursor-shaped, but not issued here")
        let missing = try c.get("/v1/nothing")
        #expect(missing.status == 404 && missing.errorCode == "not_found")
        #expect(try c.get("/v1/events/999999").status == 404)
        #expect(try c.get("/v1/events/abc").status == 404)
        let wrongMethod = try c.request("DELETE", "/v1/events")
        #expect(wrongMethod.status == 405)
        #expect(wrongMethod.headers["allow"]?.contains("GET") == true)
        #expect(wrongMethod.errorCode == "method_not_allowed")
        let head = try c.request("HEAD", "/v1/events")
        #expect(head.status == 200 && head.body.isEmpty)
        let health = try c.get("/healthz")
        #expect(health.status == 200 && health.object["status"] as? String == "ok")
    }
}
