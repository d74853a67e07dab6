import Testing
@testable import HotlineHTTP

struct AccessPolicyTests {
    static let write = BearerSecret("write-token-0123456789")
    static let read = BearerSecret("read-token-0123456789")

    static func request(_ method: String, _ path: String, token: String? = nil) throws -> HTTPRequest {
        try HTTPRequest(method: method, target: path, headers: token.map { [("Authorization", "Bearer \($0)")] } ?? [])
    }

    @Test func noTokensLetsEverythingThrough() throws {
        let policy = AccessPolicy()
        #expect(policy.isOpen)
        #expect(policy.denial(for: try Self.request("POST", "/v1/articles")) == nil)
        #expect(policy.denial(for: try Self.request("GET", "/v1/events")) == nil)
    }

    @Test func writeTokenGuardsWritesOnly() throws {
        let policy = AccessPolicy(writeToken: Self.write)
        for method in ["POST", "PATCH", "DELETE", "PUT"] {
            #expect(policy.denial(for: try Self.request(method, "/v1/actors/1"))?.status == 401)
            #expect(policy.denial(for: try Self.request(method, "/v1/actors/1", token: "write-token-0123456789")) == nil)
        }
        #expect(policy.denial(for: try Self.request("POST", "/v1/articles", token: "write-token-012345678"))?.code == "unauthorized")
        for method in ["GET", "HEAD", "OPTIONS"] {
            #expect(policy.denial(for: try Self.request(method, "/v1/events")) == nil)
        }
    }

    @Test func readTokenClosesReadsToOtherTokens() throws {
        let policy = AccessPolicy(writeToken: Self.write, readToken: Self.read)
        #expect(policy.denial(for: try Self.request("GET", "/v1/events"))?.status == 401)
        #expect(policy.denial(for: try Self.request("GET", "/v1/events", token: "nope-nope-nope-nope")) != nil)
        #expect(policy.denial(for: try Self.request("GET", "/v1/events", token: "read-token-0123456789")) == nil)
        #expect(policy.denial(for: try Self.request("GET", "/v1/events", token: "write-token-0123456789")) == nil)
        // The read token does not allow writes.
        #expect(policy.denial(for: try Self.request("POST", "/v1/articles", token: "read-token-0123456789"))?.status == 401)
    }

    @Test func openPathsNeedNoToken() throws {
        let policy = AccessPolicy(writeToken: Self.write, readToken: Self.read)
        #expect(policy.denial(for: try Self.request("GET", "/healthz")) == nil)
        #expect(policy.denial(for: try Self.request("HEAD", "/healthz")) == nil)
        #expect(policy.denial(for: try Self.request("GET", "/healthz/x")) != nil)
    }

    @Test func messagesNeverRepeatTheSentToken() throws {
        let policy = AccessPolicy(writeToken: Self.write)
        let sent = "guess-guess-guess-guess"
        let malformed = try HTTPRequest(method: "POST", target: "/v1/articles", headers: [("Authorization", "Token \(sent)")])
        for denial in [policy.denial(for: try Self.request("POST", "/v1/articles", token: sent)), policy.denial(for: malformed)] {
            let message = try #require(denial).message
            #expect(!message.contains(sent) && !message.contains("write-token"))
        }
    }
}
