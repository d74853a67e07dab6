import Foundation
import Testing
@testable import HotlineHTTP

/// The guard in front of a real server, over loopback sockets.
@Suite struct GuardEndToEndTests {
    static let writeToken = "write-token-e2e-0123456789"
    static let readToken = "read-token-e2e-0123456789"

    static func server(_ requestGuard: RequestGuard) throws -> TestServer {
        try TestServer(handler: requestGuard.protecting(TestServer.echo))
    }

    static func send(_ client: TestClient, _ method: String, _ path: String, token: String? = nil,
                     body: String = "") throws -> TestResponse {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: t\r\nContent-Length: \(body.utf8.count)\r\n"
        if let token { head += "Authorization: Bearer \(token)\r\n" }
        try client.send(head + "\r\n" + body)
        return try client.readResponse(isHead: method == "HEAD")
    }

    @Test func writesNeedTheTokenAndReadsStayOpen() throws {
        let server = try Self.server(RequestGuard(policy: AccessPolicy(writeToken: BearerSecret(Self.writeToken))))
        let client = try server.client()
        let missing = try Self.send(client, "POST", "/v1/articles", body: "x")
        #expect(missing.status == 401)
        #expect(missing.header("WWW-Authenticate") == #"Bearer realm="hotline""#)
        #expect(missing.errorCode == "unauthorized")
        let wrong = try Self.send(client, "POST", "/v1/articles", token: "not-the-token-0123456789", body: "x")
        #expect(wrong.status == 401 && !wrong.text.contains("not-the-token"))
        let right = try Self.send(client, "POST", "/v1/articles", token: Self.writeToken, body: "x")
        #expect(right.status == 200 && right.text == "POST /v1/articles x")
        let read = try Self.send(client, "GET", "/v1/events")
        #expect(read.status == 200)
        // The connection stays usable after a 401.
        #expect(try Self.send(client, "GET", "/healthz").status == 200)
    }

    @Test func readTokenClosesReadsButNotTheHealthCheck() throws {
        let policy = AccessPolicy(writeToken: BearerSecret(Self.writeToken), readToken: BearerSecret(Self.readToken))
        let server = try Self.server(RequestGuard(policy: policy))
        let client = try server.client()
        #expect(try Self.send(client, "GET", "/v1/events").status == 401)
        #expect(try Self.send(client, "HEAD", "/v1/events").status == 401)
        #expect(try Self.send(client, "GET", "/v1/events", token: Self.readToken).status == 200)
        #expect(try Self.send(client, "GET", "/v1/events", token: Self.writeToken).status == 200)
        #expect(try Self.send(client, "POST", "/v1/articles", token: Self.readToken).status == 401)
        #expect(try Self.send(client, "GET", "/healthz").status == 200)
    }

    @Test func writeFloodGets429WithRetryAfter() throws {
        let limiter = RateLimiter(limit: RateLimit(perSecond: 1, burst: 3))
        let server = try Self.server(RequestGuard(limiter: limiter))
        let client = try server.client()
        let statuses = try (0..<6).map { _ in try Self.send(client, "POST", "/x", body: "y").status }
        #expect(statuses.prefix(3).allSatisfy { $0 == 200 })
        #expect(statuses.suffix(2).allSatisfy { $0 == 429 })
        let limited = try Self.send(client, "POST", "/x", body: "y")
        #expect(limited.status == 429 && limited.errorCode == "rate_limited")
        #expect(Int(limited.header("Retry-After") ?? "") ?? 0 >= 1)
        // Reads are never rate limited; the client is known by its loopback address.
        #expect(try Self.send(client, "GET", "/x").status == 200)
        #expect(limiter.trackedClients == 1)
        #expect(limiter.take("127.0.0.1") != nil)
    }

    @Test func requestsCarryThePeerAddress() throws {
        let server = try TestServer { request in HTTPResponse(status: 200, body: Array(request.peer.utf8)) }
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try client.readResponse().text == "127.0.0.1")
    }
}
