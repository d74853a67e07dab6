import Foundation
@testable import HotlineHTTP

/// An `HTTPServer` on an ephemeral loopback port, stopped when the test ends.
final class TestServer {
    let server: HTTPServer
    let port: UInt16

    init(limits: ServerLimits = TestServer.fastLimits, handler: @escaping HTTPServer.Handler = TestServer.echo) throws {
        server = HTTPServer(host: "127.0.0.1", port: 0, limits: limits, handler: handler)
        port = try server.start()
    }

    convenience init(limits: ServerLimits = TestServer.fastLimits, router: Router) throws {
        try self.init(limits: limits) { router.respond(to: $0) }
    }

    deinit { server.shutdown() }

    func client() throws -> TestClient { try TestClient(port: port) }

    /// Limits with short timeouts so a forgotten connection never slows the suite.
    static var fastLimits: ServerLimits {
        var limits = ServerLimits()
        limits.headerTimeout = 2
        limits.idleTimeout = 2
        return limits
    }

    /// Answers "METHOD path" plus the body, so tests see what the server parsed.
    static let echo: HTTPServer.Handler = { request in
        var body = Array("\(request.method) \(request.path)".utf8)
        if !request.body.isEmpty { body += Array(" ".utf8) + request.body }
        return HTTPResponse(status: 200, headers: [("Content-Type", "text/plain")], body: body)
    }
}

/// Polls `condition` until true or `timeout` seconds passed.
func eventually(timeout: Double = 5, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if condition() { return true }
        usleep(10_000)
    }
    return condition()
}
