import Testing
@testable import HotlineHTTP

struct RequestGuardTests {
    static func request(_ method: String, peer: String = "192.0.2.1", token: String? = nil) throws -> HTTPRequest {
        var request = try HTTPRequest(method: method, target: "/v1/articles",
                                      headers: token.map { [("Authorization", "Bearer \($0)")] } ?? [])
        request.peer = peer
        return request
    }

    @Test func unauthorizedAnswerCarriesChallengeAndJSONError() throws {
        let guarded = RequestGuard(policy: AccessPolicy(writeToken: BearerSecret("write-token-0123456789")))
        let response = try #require(guarded.check(try Self.request("POST")))
        #expect(response.status == 401)
        #expect(response.header("WWW-Authenticate") == #"Bearer realm="hotline""#)
        #expect(String(decoding: response.body, as: UTF8.self).hasPrefix(#"{"error":{"code":"unauthorized""#))
        #expect(guarded.check(try Self.request("POST", token: "write-token-0123456789")) == nil)
        #expect(guarded.check(try Self.request("GET")) == nil)
    }

    @Test func writesAreRateLimitedPerPeerAndReadsAreNot() throws {
        let guarded = RequestGuard(limiter: RateLimiter(limit: RateLimit(perSecond: 0.5, burst: 2)))
        #expect(guarded.check(try Self.request("POST")) == nil)
        #expect(guarded.check(try Self.request("PATCH")) == nil)
        let limited = try #require(guarded.check(try Self.request("POST")))
        #expect(limited.status == 429)
        #expect(limited.header("Retry-After") == "2")
        #expect(String(decoding: limited.body, as: UTF8.self).contains(#""code":"rate_limited""#))
        #expect(guarded.check(try Self.request("POST", peer: "192.0.2.2")) == nil)
        for _ in 0..<20 { #expect(guarded.check(try Self.request("GET")) == nil) }
    }

    @Test func rateLimitComesBeforeTheTokenCheck() throws {
        let guarded = RequestGuard(policy: AccessPolicy(writeToken: BearerSecret("write-token-0123456789")),
                                   limiter: RateLimiter(limit: RateLimit(perSecond: 0.1, burst: 1)))
        #expect(guarded.check(try Self.request("POST", token: "wrong-wrong-wrong-wrong"))?.status == 401)
        // The failed guess used the client's only token: guessing is rate limited too.
        #expect(guarded.check(try Self.request("POST", token: "write-token-0123456789"))?.status == 429)
    }
}
