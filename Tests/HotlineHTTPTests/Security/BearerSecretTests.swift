import Testing
@testable import HotlineHTTP

struct BearerSecretTests {
    @Test func matchesOnlyTheExactToken() throws {
        let secret = try #require(BearerSecret("correct-horse-battery"))
        #expect(secret.matches(Array("correct-horse-battery".utf8)))
        #expect(!secret.matches(Array("correct-horse-batterY".utf8)))
        #expect(!secret.matches(Array("correct-horse-battery-".utf8)))
        #expect(!secret.matches(Array("correct-horse".utf8)))
        #expect(!secret.matches([UInt8]()))
        // A candidate that repeats the secret is not accepted by the wrap-around indexing.
        #expect(!secret.matches(Array("correct-horse-batterycorrect-horse-battery".utf8)))
    }

    @Test func neverPrintsItself() throws {
        let secret = try #require(BearerSecret("s3cr3t-value-0123456789"))
        #expect(BearerSecret("") == nil)
        #expect(!String(describing: secret).contains("s3cr3t"))
        #expect(!String(reflecting: secret).contains("s3cr3t"))
        #expect(!"\(AccessPolicy(writeToken: secret))".contains("s3cr3t"))
    }

    @Test func readsTheBearerScheme() {
        #expect(BearerSecret.token(inAuthorization: "Bearer abc") == "abc")
        #expect(BearerSecret.token(inAuthorization: "bearer   abc  ") == "abc")
        #expect(BearerSecret.token(inAuthorization: "Basic abc") == nil)
        #expect(BearerSecret.token(inAuthorization: "Bearer") == nil)
        #expect(BearerSecret.token(inAuthorization: "Bearer    ") == nil)
        #expect(BearerSecret.token(inAuthorization: "abc") == nil)
    }
}
