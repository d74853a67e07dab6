import Foundation
import Testing

/// Bodies with invalid UTF-8, NUL bytes and broken JSON: a 4xx naming the fault, and the
/// connection kept (the body was framed correctly).
@Suite struct HostileBodyTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String, type: String, body: [UInt8], status: Int, code: String
        var testDescription: String { name }
    }

    static let json = "application/json"
    static let cases: [Case] = [
        Case(name: "invalid UTF-8 in a JSON string", type: json, body: Array(#"{"text": "a"#.utf8) + [0xFF, 0xFE] + Array(#""}"#.utf8),
             status: 400, code: "invalid_json"),
        Case(name: "overlong UTF-8 in JSON", type: json, body: Array(#"{"text": ""#.utf8) + [0xC0, 0xAF] + Array(#""}"#.utf8),
             status: 400, code: "invalid_json"),
        Case(name: "lone surrogate escape", type: json, body: Array(#"{"text": "a\ud800b"}"#.utf8), status: 400, code: "invalid_json"),
        Case(name: "raw NUL in a JSON string", type: json, body: Array(#"{"text": "a"#.utf8) + [0] + Array(#""}"#.utf8),
             status: 400, code: "invalid_json"),
        Case(name: "NUL before the JSON", type: json, body: [0] + Array(#"{"text": "a"}"#.utf8), status: 400, code: "invalid_json"),
        Case(name: "truncated JSON", type: json, body: Array(#"{"text": "a"#.utf8), status: 400, code: "invalid_json"),
        Case(name: "invalid UTF-8 in text/plain", type: "text/plain", body: Array("Ministers ".utf8) + [0xC3, 0x28], status: 400,
             code: "bad_request"),
        Case(name: "invalid UTF-8 in text/html", type: "text/html", body: Array("<p>Ministers ".utf8) + [0xED, 0xA0, 0x80],
             status: 400, code: "bad_request"),
        Case(name: "invalid UTF-8 in NDJSON batch line", type: "application/x-ndjson", body: [0xFF] + Array("\n".utf8),
             status: 200, code: "invalid_json"),
        Case(name: "NUL bytes in text/plain", type: "text/plain", body: Array("Ministers".utf8) + [0, 0], status: 400,
             code: "contains a NUL character"),
        Case(name: "escaped NUL in a JSON text", type: json, body: Array(#"{"text": "Nothing\u0000 happened."}"#.utf8),
             status: 400, code: "contains a NUL character"),
        Case(name: "escaped NUL in a JSON title", type: json, body: Array(#"{"text": "Nothing.", "title": "a\u0000"}"#.utf8),
             status: 400, code: "title: contains a NUL"),
    ]

    @Test(arguments: cases)
    func hostileBody(_ hostile: Case) throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        let target = hostile.type == "application/x-ndjson" ? "/v1/articles:batch" : "/v1/articles"
        let response = try client.request("POST", target, body: hostile.body, headers: ["Content-Type": hostile.type])
        #expect(response.status == hostile.status, "\(response.text)")
        #expect(response.text.contains(hostile.code))
        #expect(try client.get("/healthz").status == 200, "the connection stays usable")
    }

    /// Query metadata is checked even when the JSON body's own members override it.
    @Test func aNULInAnOverriddenQueryTitleIsRefused() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        let body = Array(#"{"text": "Nothing happened.", "title": "", "published_at": "2024-01-02"}"#.utf8)
        let refused = try client.request("POST", "/v1/articles?title=a%00b", body: body, headers: ["Content-Type": Self.json])
        #expect(refused.status == 400)
        #expect(refused.text.contains("title: contains a NUL"))
        let stored = try client.request("POST", "/v1/articles", body: body, headers: ["Content-Type": Self.json])
        #expect(stored.status == 201, "nothing was stored by the refused request")
    }
}
