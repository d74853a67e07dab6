import Foundation
import HotlineHTTP
import Testing

/// End-to-end: `POST /v1/articles` and `GET /v1/articles/{id}` through real sockets.
@Suite(.serialized) struct ArticleEndpointTests {
    @Test func jsonIngestCreatesThenRepostAnswers200WithSameArticle() throws {
        let server = try TestServer()
        defer { server.stop() }
        let c = try server.client()
        let body: [String: Any?] = ["text": Fixtures.callEnglish, "url": "https://example.org/a",
                                    "published_at": Fixtures.callEnglishPublished, "title": nil, "language": nil]
        let first = try c.postJSON("/v1/articles", body)
        #expect(first.status == 201)
        let article = first.object["article"] as? [String: Any]
        let id = article?["id"] as? String
        #expect(id != nil)
        #expect(article?["url"] as? String == "https://example.org/a")
        let events = first.object["events"] as? [[String: Any]] ?? []
        #expect(events.count == 1)
        let names = Set((events.first?["participants"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String })
        #expect(names == ["Nasser Bourita", "Antony Blinken"])
        #expect(events.first?["date"] as? String == "2023-01-03")

        // Same url again: 200, same article, same events, nothing new stored.
        let again = try c.postJSON("/v1/articles", body)
        #expect(again.status == 200)
        #expect((again.object["article"] as? [String: Any])?["id"] as? String == id)
        #expect((again.object["events"] as? [[String: Any]])?.count == 1)
        // Same text under another url: still the same article.
        var other = body
        other["url"] = "https://example.org/copy"
        let copy = try c.postJSON("/v1/articles", other)
        #expect(copy.status == 200)
        #expect((copy.object["article"] as? [String: Any])?["id"] as? String == id)

        let all = try c.get("/v1/events")
        #expect((all.object["events"] as? [[String: Any]])?.count == 1)

        let fetched = try c.get("/v1/articles/\(id ?? "")")
        #expect(fetched.status == 200)
        #expect((fetched.object["events"] as? [[String: Any]])?.count == 1)
    }

    @Test func plainTextAndHTMLBodiesTakeMetadataFromQuery() throws {
        let server = try TestServer()
        defer { server.stop() }
        let c = try server.client()
        let text = try c.request("POST", "/v1/articles?published_at=\(Fixtures.otherCallPublished)&url=\(q("https://example.org/m"))&language=en",
                                 body: Array(Fixtures.otherCall.utf8), headers: ["Content-Type": "text/plain; charset=utf-8"])
        #expect(text.status == 201)
        let article = text.object["article"] as? [String: Any]
        #expect(article?["published_at"] as? String == "2022-05-30")
        #expect(article?["language"] as? String == "en")
        let event = (text.object["events"] as? [[String: Any]])?.first
        #expect(event?["date"] as? String == "2022-05-27")

        let html = try c.request("POST", "/v1/articles?published_at=2022-05-30", body: Array(Fixtures.html.utf8),
                                 headers: ["Content-Type": "text/html"])
        #expect(html.status == 201)
        #expect((html.object["article"] as? [String: Any])?["title"] as? String == "Leaders talk")
        // Same call as the plain-text report: merged into the same event.
        let htmlEvent = (html.object["events"] as? [[String: Any]])?.first
        #expect(htmlEvent?["id"] as? String == event?["id"] as? String)
        #expect((htmlEvent?["sources"] as? [[String: Any]])?.count == 2)
    }

    @Test func reportsInTwoLanguagesMergeIntoOneEvent() throws {
        let server = try TestServer()
        defer { server.stop() }
        let c = try server.client()
        let en = try c.postJSON("/v1/articles", ["text": Fixtures.callEnglish, "published_at": Fixtures.callEnglishPublished])
        let fr = try c.postJSON("/v1/articles", ["text": Fixtures.callFrench, "published_at": Fixtures.callFrenchPublished])
        #expect(en.status == 201 && fr.status == 201)
        let enID = ((en.object["events"] as? [[String: Any]])?.first)?["id"] as? String
        let frEvent = (fr.object["events"] as? [[String: Any]])?.first
        #expect(enID != nil && frEvent?["id"] as? String == enID)
        #expect((frEvent?["sources"] as? [[String: Any]])?.count == 2)
    }

    @Test func articleWithoutCallStoresNoEvent() throws {
        let server = try TestServer()
        defer { server.stop() }
        let c = try server.client()
        let r = try c.postJSON("/v1/articles", ["text": Fixtures.noCall, "published_at": "2024-03-05"])
        #expect(r.status == 201)
        #expect((r.object["events"] as? [[String: Any]])?.isEmpty == true)
    }

    @Test func invalidSubmissionsAreRejectedWithJSONErrors() throws {
        let server = try TestServer()
        defer { server.stop() }
        let c = try server.client()
        let badJSON = try c.request("POST", "/v1/articles", body: Array("{\"text\": ".utf8), headers: ["Content-Type": "application/json"])
        #expect(badJSON.status == 400 && badJSON.errorCode == "invalid_json")
        let noText = try c.postJSON("/v1/articles", ["url": "https://example.org/x"])
        #expect(noText.status == 400 && noText.errorCode == "invalid_parameter")
        let badDate = try c.postJSON("/v1/articles", ["text": "Some text.", "published_at": "yesterday"])
        #expect(badDate.status == 400 && badDate.errorCode == "invalid_parameter")
        let badURL = try c.postJSON("/v1/articles", ["text": "Some text.", "url": "ftp://x"])
        #expect(badURL.status == 400)
        let csv = try c.request("POST", "/v1/articles", body: Array("a,b".utf8), headers: ["Content-Type": "text/csv"])
        #expect(csv.status == 415 && csv.errorCode == "unsupported_media_type")
        let badUTF8 = try c.request("POST", "/v1/articles", body: [0x41, 0xFF, 0xFE], headers: ["Content-Type": "text/plain"])
        #expect(badUTF8.status == 400)
        // Nothing was stored by any of these.
        let events = try c.get("/v1/events")
        #expect((events.object["events"] as? [[String: Any]])?.isEmpty == true)
        #expect(try c.get("/v1/articles/1").status == 404)
    }

    @Test func bodyOverTheConfiguredLimitIs413() throws {
        var limits = ServerLimits()
        limits.maxBodyBytes = 1024
        let server = try TestServer(limits: limits)
        defer { server.stop() }
        let c = try server.client()
        let r = try c.request("POST", "/v1/articles", body: Array(repeating: UInt8(ascii: "a"), count: 4096),
                              headers: ["Content-Type": "text/plain"])
        #expect(r.status == 413)
        #expect(r.errorCode != nil)
    }
}

/// Query metadata with a JSON body: validated, and used for the members the body leaves out.
@Suite(.serialized) struct ArticleQueryMetadataTests {
    @Test func queryMetadataFillsWhatAJSONBodyLeavesOut() throws {
        let server = try TestServer()
        defer { server.stop() }
        let c = try server.client()
        let invalid = try c.postJSON("/v1/articles?url=\(q("not a url"))", ["text": Fixtures.noCall])
        #expect(invalid.status == 400 && invalid.errorCode == "invalid_parameter" && invalid.text.contains("url"))
        let body: [String: Any?] = ["text": Fixtures.noCall, "published_at": "2024-01-02", "url": nil]
        let stored = try c.postJSON("/v1/articles?url=\(q("https://example.org/q"))&published_at=2020-05-05&language=en", body)
        #expect(stored.status == 201)
        let article = stored.object["article"] as? [String: Any]
        #expect(article?["url"] as? String == "https://example.org/q")
        // The body's own member wins over the query.
        #expect(article?["published_at"] as? String == "2024-01-02")
        #expect(article?["language"] as? String == "en")
    }
}
