#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// `hotline serve` with tokens, run as a process: refusal to open beyond loopback, 401s, health check.
@Suite(.serialized) struct ServeSecurityTests {
    static let writeToken = "cli-write-token-0123456789"
    static let readToken = "cli-read-token-0123456789"

    @Test func openAPIRefusesANonLoopbackAddress() throws {
        let r = try CommandTests.run(["serve", "--host", "0.0.0.0", "--port", "0", "--db", "/nonexistent/never-created.db"])
        #expect(r.status == 2)
        #expect(r.err.contains("refusing to listen on 0.0.0.0"))
        #expect(r.err.contains("--insecure-open"))
        let bad = try CommandTests.run(["serve", "--port", "0", "--api-token", "tiny-token"])
        #expect(bad.status == 2 && !bad.err.contains("tiny-token"))
    }

    @Test func tokensGuardTheRealServerAndTheHealthCheckStillWorks() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hotline-sec-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let p = Process()
        p.executableURL = CommandTests.binary
        p.arguments = ["serve", "--port", "0", "--db", dir.appendingPathComponent("s.db").path, "--read-token", Self.readToken]
        p.environment = ProcessInfo.processInfo.environment.merging(["HOTLINE_API_TOKEN": Self.writeToken]) { $1 }
        let err = Pipe()
        p.standardError = err
        try p.run()
        defer { p.terminate(); p.waitUntilExit() }
        var text = ""
        let deadline = Date().addingTimeInterval(10)
        while !text.contains("listening"), Date() < deadline {
            text += String(decoding: err.fileHandleForReading.availableData, as: UTF8.self)
        }
        #expect(text.contains("reads need the read or API token"))
        #expect(!text.contains(Self.writeToken) && !text.contains(Self.readToken))
        let port = UInt16(text.split(separator: ":").last.flatMap { Int($0.prefix(while: \.isNumber)) } ?? 0)

        #expect(try CommandTests.run(["healthcheck", "--port", String(port)]).status == 0)
        #expect(try Self.status("GET /v1/events", port: port) == 401)
        #expect(try Self.status("GET /v1/events", port: port, token: Self.readToken) == 200)
        #expect(try Self.status("POST /v1/articles", port: port, token: Self.readToken) == 401)
        let body = #"{"text": "Nothing happened today.", "published_at": "2024-01-02"}"#
        #expect(try Self.status("POST /v1/articles", port: port, token: Self.writeToken, body: body) == 201)
    }

    /// The status of one request (`"METHOD /path"`) on a new connection, -1 when it failed.
    static func status(_ line: String, port: UInt16, token: String? = nil, body: String = "") throws -> Int {
        let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
        let headers = token.map { ["Authorization: Bearer \($0)"] } ?? []
        return httpCall(port: port, parts[0], parts[1], body: body, headers: headers, timeout: 10)?.status ?? -1
    }
}
