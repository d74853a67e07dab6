import Foundation
import Testing
@testable import HotlineHTTP

/// Slowloris heads and slow bodies: held in numbers while a normal client is still answered in
/// time, then cut off by the server's timeouts.
@Suite(.serialized) struct SlowClientTests {
    /// Connections that send their request a few bytes at a time, from one background thread.
    final class Trickler: @unchecked Sendable {
        let clients: [TestClient]
        private let lock = NSLock()
        private var stopped = false
        private var prefixes: [[UInt8]]

        init(server: TestServer, count: Int, request: (Int) -> String) throws {
            clients = try (0..<count).map { _ in try server.client() }
            prefixes = (0..<count).map { Array(request($0).utf8) }
        }

        /// Sends one more byte on every connection every `interval` seconds until `stop()`.
        func start(interval: Double) {
            Thread.detachNewThread { [self] in
                var offset = 0
                while !isStopped {
                    for (index, client) in clients.enumerated() where offset < prefixes[index].count {
                        try? client.send([prefixes[index][offset]])
                    }
                    offset += 1
                    usleep(UInt32(interval * 1_000_000))
                }
            }
        }

        var isStopped: Bool { lock.withLock { stopped } }
        func stop() { lock.withLock { stopped = true } }
    }

    static let slowHead: @Sendable (Int) -> String = { "GET /slow\($0) HTTP/1.1\r\nHost: x\r\nX-Padding: " + String(repeating: "p", count: 4000) }
    static let slowBody: @Sendable (Int) -> String = { _ in String(repeating: "b", count: 4000) }

    /// Times (seconds) of `count` requests, each on a new connection.
    static func normalRequests(_ server: TestServer, count: Int) throws -> [Double] {
        try (0..<count).map { _ in
            let started = Date()
            let client = try server.client()
            try client.send("GET /normal HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
            #expect(try client.readResponse(timeout: 5).text == "GET /normal")
            return Date().timeIntervalSince(started)
        }
    }

    @Test func twoHundredSlowlorisAndSlowBodiesDoNotStarveANormalClient() throws {
        var limits = ServerLimits()  // the default 256 connections
        limits.headerTimeout = 3
        limits.requestTimeout = 3
        let server = try TestServer(limits: limits)
        let heads = try Trickler(server: server, count: 200, request: Self.slowHead)
        let bodies = try Trickler(server: server, count: 20, request: Self.slowBody)
        for client in bodies.clients { try client.send("POST /up HTTP/1.1\r\nHost: t\r\nContent-Length: 4000\r\n\r\n") }
        heads.start(interval: 0.05)
        bodies.start(interval: 0.05)
        defer { heads.stop(); bodies.stop() }
        #expect(eventually { server.server.openConnectionCount == 220 })

        let times = try Self.normalRequests(server, count: 20)
        #expect(times.max()! < 2, "slowest normal request \(times.max()!) s")

        // The timeouts then cut every slow connection, with a 408.
        let slow = heads.clients + bodies.clients
        let cut = slow.filter { (try? $0.readResponse(timeout: 6).status) == 408 }.count
        #expect(cut == slow.count)
        #expect(eventually(timeout: 5) { server.server.openConnectionCount == 0 })
    }

    @Test func slowClientsBeyondMaxConnectionsAreCutSoThatOthersGetIn() throws {
        var limits = ServerLimits()
        limits.maxConnections = 32
        limits.headerTimeout = 60  // only the saturated timeout can free the slots in time
        limits.saturatedHeaderTimeout = 0.5
        let server = try TestServer(limits: limits)
        let heads = try Trickler(server: server, count: 64, request: Self.slowHead)
        heads.start(interval: 0.05)
        defer { heads.stop() }
        #expect(eventually { server.server.openConnectionCount == 32 })

        let times = try Self.normalRequests(server, count: 5)
        #expect(times.max()! < 5, "slowest normal request \(times.max()!) s (the header timeout is 60 s)")
    }

    @Test func idleKeepAliveConnectionsMakeRoomWhenTheServerIsFull() throws {
        var limits = ServerLimits()
        limits.maxConnections = 4
        limits.saturatedHeaderTimeout = 0.3
        let server = try TestServer(limits: limits)
        let idle = try (0..<4).map { _ in try server.client() }
        for client in idle {
            try client.send("GET /first HTTP/1.1\r\nHost: t\r\n\r\n")
            _ = try client.readResponse()
        }
        let times = try Self.normalRequests(server, count: 1)
        #expect(times[0] < 2)
        #expect(idle.filter { $0.waitForClose(timeout: 1) }.count >= 1)
    }

    @Test func aFullServerWithNobodyWaitingKeepsItsIdleConnections() throws {
        var limits = ServerLimits()
        limits.maxConnections = 2
        limits.saturatedHeaderTimeout = 0.2
        let server = try TestServer(limits: limits)
        let clients = try (0..<2).map { _ in try server.client() }
        for client in clients {
            try client.send("GET /first HTTP/1.1\r\nHost: t\r\n\r\n")
            _ = try client.readResponse()
        }
        usleep(800_000)
        for client in clients {
            try client.send("GET /again HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(try client.readResponse().text == "GET /again")
        }
    }
}
