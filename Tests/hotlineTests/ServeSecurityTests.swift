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

    /// The status of one request on a new connection.
    static func status(_ line: String, port: UInt16, token: String? = nil, body: String = "") throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = port.bigEndian
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let rc = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard rc == 0 else { return -1 }
        var head = "\(line) HTTP/1.1\r\nHost: t\r\nConnection: close\r\nContent-Type: application/json\r\n"
        head += "Content-Length: \(body.utf8.count)\r\n"
        if let token { head += "Authorization: Bearer \(token)\r\n" }
        let request = Array((head + "\r\n" + body).utf8)
        guard send(fd, request, request.count, Int32(MSG_NOSIGNAL)) == request.count else { return -1 }
        var buffer = [UInt8](repeating: 0, count: 64)
        let n = recv(fd, &buffer, buffer.count, 0)
        guard n >= 12 else { return -1 }
        return Int(String(decoding: buffer[9..<12], as: UTF8.self)) ?? -1
    }
}
