import Foundation
import Testing

/// End-to-end: `POST /v1/articles:batch` through real sockets.
@Suite(.serialized) struct BatchEndpointTests {
    private func line(_ object: [String: Any?]) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object.mapValues { $0 ?? NSNull() }, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    private func results(ndjson body: [UInt8]) -> [[String: Any]] {
        String(decoding: body, as: UTF8.self).split(separator: "\n").map {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any] ?? [:]
        }
    }

    @Test func ndjsonMixedLinesAnswerOneResultPerLineInOrder() throws {
        let server = try TestServer()
        defer { server.stop() }
        let c = try server.client()
        let first = try line(["text": Fixtures.callEnglish, "url": "https://example.org/a", "published_at": Fixtures.callEnglishPublished])
        let lines = [
            first,
            "{not json",
            try line(["url": "https://example.org/no-text"]),
            "",
            try line(["text": Fixtures.otherCall, "url": "https://example.org/b", "published_at": Fixtures.otherCallPublished]),
            first,
            try line(["text": Fixtures.noCall, "published_at": "2022-13-45"]),
        ]
        let response = try c.request("POST", "/v1/articles:batch", body: Array(lines.joined(separator: "\n").utf8),
                                      headers: ["Content-Type": "application/x-ndjson"])
        #expect(response.status == 200)
        #expect(response.headers["content-type"]?.hasPrefix("application/x-ndjson") == true)
        let answers = results(ndjson: response.body)
        #expect(answers.count == 6)   // the blank line is not an article
        guard answers.count == 6 else { return }
        #expect(answers[0]["created"] as? Bool == true)
        #expect((answers[0]["events"] as? [[String: Any]])?.count == 1)
        #expect((answers[1]["error"] as? [String: Any])?["code"] as? String == "invalid_json")
        #expect((answers[2]["error"] as? [String: Any])?["status"] as? Int == 400)
        #expect(answers[3]["created"] as? Bool == true)
        #expect((answers[3]["events"] as? [[String: Any]])?.count == 1)
        // The repeated line is answered as the stored article, with its events.
        #expect(answers[4]["created"] as? Bool == false)
        #expect((answers[4]["article"] as? [String: Any])?["id"] as? String
                == (answers[0]["article"] as? [String: Any])?["id"] as? String)
        #expect((answers[4]["events"] as? [[String: Any]])?.count == 1)
        #expect(answers[5]["error"] != nil)

        // Both good articles are stored and queryable; nothing of the bad lines is.
        let all = try c.get("/v1/events")
        #expect((all.object["events"] as? [[String: Any]])?.count == 2)
    }

    @Test func jsonArrayAnswersAJSONArray() throws {
        let server = try TestServer()
        defer { server.stop() }
        let c = try server.client()
        let body = "[\(try line(["text": Fixtures.callEnglish, "published_at": Fixtures.callEnglishPublished])), 42, "
            + "\(try line(["text": Fixtures.callFrench, "published_at": Fixtures.callFrenchPublished, "language": "fr"]))]"
        let response = try c.request("POST", "/v1/articles:batch", body: Array(body.utf8),
                                     headers: ["Content-Type": "application/json"])
        #expect(response.status == 200)
        let answers = response.json as? [[String: Any]] ?? []
        #expect(answers.count == 3)
        guard answers.count == 3 else { return }
        #expect(answers[0]["created"] as? Bool == true)
        #expect(answers[1]["error"] != nil)
        #expect(answers[2]["created"] as? Bool == true)
        // The French report of the same call merges into the English one's event.
        let englishEvent = (answers[0]["events"] as? [[String: Any]])?.first?["id"] as? String
        let frenchEvent = (answers[2]["events"] as? [[String: Any]])?.first?["id"] as? String
        #expect(englishEvent != nil)
        #expect(englishEvent == frenchEvent)
    }

    @Test func malformedBatchesAreRejectedAsAWhole() throws {
        let server = try TestServer()
        defer { server.stop() }
        let c = try server.client()
        let object = try c.request("POST", "/v1/articles:batch", body: Array(#"{"text": "x"}"#.utf8),
                                   headers: ["Content-Type": "application/json"])
        #expect(object.status == 400)
        #expect(object.errorCode == "invalid_json")
        let empty = try c.request("POST", "/v1/articles:batch", body: Array("\n \n".utf8),
                                  headers: ["Content-Type": "application/x-ndjson"])
        #expect(empty.status == 400)
        let text = try c.request("POST", "/v1/articles:batch", body: Array("hello".utf8),
                                 headers: ["Content-Type": "text/plain"])
        #expect(text.status == 415)
        let tooMany = String(repeating: "{}\n", count: 1_001)
        let big = try c.request("POST", "/v1/articles:batch", body: Array(tooMany.utf8),
                                headers: ["Content-Type": "application/x-ndjson"])
        #expect(big.status == 400)
        let get = try c.get("/v1/articles:batch")
        #expect(get.status == 405)
        let all = try c.get("/v1/articles/1")
        #expect(all.status == 404)
    }
}
