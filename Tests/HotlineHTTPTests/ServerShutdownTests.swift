import Foundation
import Testing
@testable import HotlineHTTP

/// End to end: `shutdown()` finishes in-flight work, closes idle connections promptly, stops accepting.
@Suite struct ServerShutdownTests {
    @Test func inFlightResponseIsDeliveredAndIdleConnectionsClose() throws {
        let server = HTTPServer(host: "127.0.0.1", port: 0, limits: TestServer.fastLimits) { request in
            if request.path == "/slow" { usleep(500_000) }
            return HTTPResponse(status: 200, body: Array("done \(request.path)".utf8))
        }
        let port = try server.start()
        let idle = try TestClient(port: port)
        try idle.send("GET /warm HTTP/1.1\r\nHost: t\r\n\r\n")
        _ = try idle.readResponse()
        let busy = try TestClient(port: port)
        try busy.send("GET /slow HTTP/1.1\r\nHost: t\r\n\r\n")
        usleep(100_000)  // the slow handler is running

        let started = Date()
        let stopper = Thread { server.shutdown() }
        stopper.start()

        #expect(idle.waitForClose(timeout: 1))  // long before the 2 s idle timeout
        let response = try busy.readResponse()
        #expect(response.text == "done /slow")
        #expect(response.header("Connection") == "close")
        server.waitUntilStopped()
        #expect(Date().timeIntervalSince(started) < 1.5)
        #expect(server.openConnectionCount == 0)
        #expect(throws: (any Error).self) {
            let late = try TestClient(port: port)
            try late.send("GET / HTTP/1.1\r\nHost: t\r\n\r\n")
            _ = try late.readResponse(timeout: 1)
        }
    }

    @Test func shutdownBeforeStartReturnsAndStartAfterwardsFails() {
        let server = HTTPServer(host: "127.0.0.1", port: 0) { _ in HTTPResponse(status: 200) }
        server.shutdown()
        server.waitUntilStopped()
        #expect(throws: HTTPServerError.self) { try server.start() }
    }

    @Test func startingTwiceFailsAndShutdownIsIdempotent() throws {
        let server = HTTPServer(host: "127.0.0.1", port: 0) { _ in HTTPResponse(status: 200) }
        _ = try server.start()
        #expect(throws: HTTPServerError.self) { try server.start() }
        server.shutdown()
        server.shutdown()
        server.waitUntilStopped()
    }

    @Test func portInUseIsAClearError() throws {
        let first = try TestServer()
        let second = HTTPServer(host: "127.0.0.1", port: first.port) { _ in HTTPResponse(status: 200) }
        #expect(throws: HTTPServerError.self) { try second.start() }
    }
}
