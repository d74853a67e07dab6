@testable import hotline
import HotlineHTTP
import Testing

struct SecurityOptionsTests {
    static func options(_ args: [String]) throws -> SecurityOptions {
        try SecurityOptions(Options(args, valued: SecurityOptions.valued, boolean: SecurityOptions.boolean))
    }

    @Test func loopbackAddresses() {
        for host in ["127.0.0.1", "127.8.9.10", "::1", "[::1]", "localhost", "LOCALHOST"] {
            #expect(SecurityOptions.isLoopback(host), "\(host)")
        }
        for host in ["0.0.0.0", "::", "", "192.0.2.4", "10.0.0.1", "example.org", "::2", "128.0.0.1"] {
            #expect(!SecurityOptions.isLoopback(host), "\(host)")
        }
    }

    @Test func openAPIBeyondLoopbackNeedsInsecureOpen() throws {
        let open = try Self.options([])
        #expect(try open.checkBinding(host: "127.0.0.1") == nil)
        #expect(throws: CLIError.self) { try open.checkBinding(host: "0.0.0.0") }
        let insecure = try Self.options(["--insecure-open"])
        #expect(try insecure.checkBinding(host: "0.0.0.0")?.contains("warning") == true)
        let tokened = try Self.options(["--api-token", "write-token-0123456789"])
        #expect(try tokened.checkBinding(host: "0.0.0.0") == nil)
    }

    @Test func tokensMustBeLongPrintableAndNeverEchoed() throws {
        do {
            _ = try Self.options(["--api-token", "short-secret"])
            Issue.record("a short token was accepted")
        } catch let error as CLIError {
            #expect(!error.description.contains("short-secret"))
        }
        #expect(throws: CLIError.self) { try Self.options(["--api-token", "has spaces in it 0123456789"]) }
        #expect(throws: CLIError.self) { try Self.options(["--read-token", "read-token-0123456789"]) }
        let both = try Self.options(["--api-token", "write-token-0123456789", "--read-token", "read-token-0123456789"])
        #expect(both.policy.readToken != nil && both.policy.writeToken != nil)
        #expect(!both.summary.contains("token-0123456789"))
        #expect(both.summary.contains("reads need"))
    }

    @Test func writeRateParsing() throws {
        #expect(try Self.options([]).rateLimit == nil)
        #expect(try Self.options(["--write-rate", "0"]).rateLimit == nil)
        #expect(try Self.options(["--write-rate", "50/s"]).rateLimit == RateLimit(perSecond: 50, burst: 100))
        #expect(try Self.options(["--write-rate=5", "--write-burst=20"]).rateLimit == RateLimit(perSecond: 5, burst: 20))
        #expect(throws: CLIError.self) { try Self.options(["--write-rate", "fast"]) }
        #expect(throws: CLIError.self) { try Self.options(["--write-burst", "5"]) }
        #expect(throws: CLIError.self) { try Self.options(["--write-rate", "5", "--write-burst", "0"]) }
    }
}
