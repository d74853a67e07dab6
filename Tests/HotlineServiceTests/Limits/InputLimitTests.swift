import Foundation
import Testing
import HotlineHTTP

/// Oversized and pathological inputs: each is answered within a time bound, with a 4xx naming
/// the limit, or a 2xx when it is a legitimate article within the limits.
@Suite(.serialized) struct InputLimitTests {
    /// Sends `body` and returns the response and the seconds it took.
    static func timedPost(_ server: TestServer, to target: String = "/v1/articles", _ body: [UInt8],
                          type: String = "application/json") throws -> (TestClient.Response, Double) {
        let client = try server.client()
        let started = Date()
        let response = try client.request("POST", target, body: body, headers: ["Content-Type": type])
        return (response, Date().timeIntervalSince(started))
    }

    static func json(_ object: [String: String]) -> [UInt8] {
        Array(try! JSONSerialization.data(withJSONObject: object))
    }

    static func message(_ response: TestClient.Response) -> String {
        (response.object["error"] as? [String: Any])?["message"] as? String ?? ""
    }

    /// Names of bundled officials, for an article that lists 100,000 of them.
    static let names = ["Emmanuel Macron", "Olaf Scholz", "Antony Blinken", "Wang Yi", "Nasser Bourita", "Vladimir Putin"]

    @Test func textOverTheLimitIs413() throws {
        let server = try TestServer()
        defer { server.stop() }
        let text = String(repeating: "The ministers met again. ", count: 10_000)  // 250 KB
        let (response, seconds) = try Self.timedPost(server, Self.json(["text": text]))
        #expect(response.status == 413 && response.errorCode == "text_too_long")
        #expect(Self.message(response).contains("at most 200000"))
        #expect(seconds < 5)
    }

    @Test func bodyOverTheServerLimitIs413BeforeItIsRead() throws {
        var limits = ServerLimits()
        limits.maxBodyBytes = 1 << 20
        let server = try TestServer(limits: limits)
        defer { server.stop() }
        // The head announces 2 MB; only its first 64 KB are sent before the answer is read. (Sending
        // all of it first races the server's close: under load the rest can meet a reset.)
        let client = try server.client()
        let started = Date()
        let head = "POST /v1/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: \(2 << 20)\r\n\r\n"
        try client.send(raw: Array(head.utf8) + Array(repeating: UInt8(ascii: "a"), count: 64 << 10))
        let response = try client.readResponse()
        let seconds = Date().timeIntervalSince(started)
        #expect(response.status == 413 && response.errorCode == "payload_too_large")
        #expect(Self.message(response).contains("exceeds 1048576 bytes"))
        #expect(seconds < 5)
    }

    @Test func articleWithAHundredThousandNamesIs413() throws {
        let server = try TestServer()
        defer { server.stop() }
        let list = (0..<100_000).map { Self.names[$0 % Self.names.count] }.joined(separator: ", ")
        let text = "Emmanuel Macron spoke by phone on Monday with " + list + "."
        let (response, seconds) = try Self.timedPost(server, Self.json(["text": text]))
        #expect(response.status == 413 && response.errorCode == "text_too_long")
        #expect(seconds < 5)
    }

    @Test func manyNamesWithinTheLimitAreExtractedInBoundedTime() throws {
        let server = try TestServer()
        defer { server.stop() }
        // About 190 KB: 12,000 names in one sentence, a legitimate (if odd) article: 201.
        let list = (0..<12_000).map { Self.names[$0 % Self.names.count] }.joined(separator: ", ")
        let text = String(decoding: ("Emmanuel Macron spoke by phone on Monday with " + list).utf8.prefix(190_000), as: UTF8.self) + "."
        let (response, seconds) = try Self.timedPost(server, Self.json(["text": text, "published_at": "2024-01-10"]))
        #expect(response.status == 201)
        #expect(seconds < 20, "debug build; \(seconds) s")
    }

    @Test func oneMegabyteSingleLineIs413AndALongLineWithinTheLimitIsAccepted() throws {
        let server = try TestServer()
        defer { server.stop() }
        let line = (0..<150_000).map { "word\($0 % 997)" }.joined(separator: " ")
        let huge = String(decoding: line.utf8.prefix(1 << 20), as: UTF8.self)
        let (refused, refusedSeconds) = try Self.timedPost(server, Array(huge.utf8), type: "text/plain")
        #expect(refused.status == 413 && refused.errorCode == "text_too_long")
        #expect(refusedSeconds < 5)
        let long = String(decoding: line.utf8.prefix(190_000), as: UTF8.self)
        let (accepted, seconds) = try Self.timedPost(server, Array(long.utf8), type: "text/plain")
        #expect(accepted.status == 201)
        #expect(seconds < 20, "debug build; \(seconds) s")
    }

    @Test(arguments: [("[", "]"), ("{\"a\":", "}")])
    func deeplyNestedJSONIs400NamingTheNesting(_ open: String, _ close: String) throws {
        let server = try TestServer()
        defer { server.stop() }
        let body = String(repeating: open, count: 100_000) + "1" + String(repeating: close, count: 100_000)
        for target in ["/v1/articles", "/v1/articles:batch", "/v1/actors"] {
            let (response, seconds) = try Self.timedPost(server, to: target, Array(body.utf8))
            #expect(response.status == 400 && response.errorCode == "invalid_json", "\(target)")
            #expect(Self.message(response).contains("nested"), "\(target): \(Self.message(response))")
            #expect(seconds < 5)
        }
    }

    @Test func enormousJSONWithinTheBodyLimitIsRejectedQuickly() throws {
        let server = try TestServer()
        defer { server.stop() }
        // 3.5 MB: an object of 250,000 members, none of them "text".
        let members = (0..<250_000).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
        let (object, seconds) = try Self.timedPost(server, Array(("{" + members + "}").utf8))
        #expect(object.status == 400 && object.errorCode == "invalid_parameter")
        #expect(seconds < 10)
        // A batch of 3,000 articles: over the batch limit.
        let batch = "[" + Array(repeating: #"{"text":"Nothing happened."}"#, count: 3000).joined(separator: ",") + "]"
        let (tooMany, batchSeconds) = try Self.timedPost(server, to: "/v1/articles:batch", Array(batch.utf8))
        #expect(tooMany.status == 400 && Self.message(tooMany).contains("at most"))
        #expect(batchSeconds < 10)
    }

    @Test func hugeTitleIs400() throws {
        let server = try TestServer()
        defer { server.stop() }
        let (response, _) = try Self.timedPost(server, Self.json(["text": "A short text.", "title": String(repeating: "T", count: 5000)]))
        #expect(response.status == 400 && Self.message(response).contains("title"))
    }
}
