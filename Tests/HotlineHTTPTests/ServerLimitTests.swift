import Foundation
import Testing
@testable import HotlineHTTP

/// End to end: every limit answers its JSON error (or just closes) and ends the connection.
@Suite struct ServerLimitTests {
    @Test func oversizedHeadIs431ThenClose() throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\nHost: t\r\nX-Big: " + String(repeating: "h", count: 17 * 1024) + "\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 431)
        #expect(response.errorCode == "header_too_large")
        #expect(response.header("Connection") == "close")
        #expect(client.waitForClose(timeout: 3))
    }

    @Test func oversizedBodyIs413WithoutReadingIt() throws {
        var limits = TestServer.fastLimits
        limits.maxBodyBytes = 1024
        let server = try TestServer(limits: limits)
        let client = try server.client()
        // Only the head is sent: the answer must not wait for the 50 MB.
        try client.send("POST /upload HTTP/1.1\r\nHost: t\r\nContent-Length: 50000000\r\n\r\n")
        let response = try client.readResponse(timeout: 2)
        #expect(response.status == 413)
        #expect(response.errorCode == "payload_too_large")
        #expect(response.header("Connection") == "close")
        #expect(client.waitForClose(timeout: 3))
    }

    @Test func oversizedBodySentEagerlyStillGets413() throws {
        var limits = TestServer.fastLimits
        limits.maxBodyBytes = 1024
        let server = try TestServer(limits: limits)
        let client = try server.client()
        try client.send(Array("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 4096\r\n\r\n".utf8) + [UInt8](repeating: 120, count: 4096))
        #expect(try client.readResponse().status == 413)
    }

    @Test func contentLengthWithTransferEncodingIs400ThenClose() throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 400)
        #expect(response.errorCode == "bad_request")
        #expect(response.header("Connection") == "close")
        #expect(client.waitForClose(timeout: 3))
    }

    @Test func badChunkSizeIs400ThenClose() throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send("POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\nxyz\r\n")
        #expect(try client.readResponse().status == 400)
        #expect(client.waitForClose(timeout: 3))
    }

    @Test(arguments: [
        "GET / HTTP/11\r\n\r\n",
        "GET /\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: t\r\nX-A: 1\r\n folded\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: t\r\nNoColon\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: t\r\nX-A: a\rb\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
        "POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: gzip\r\n\r\n",
        "GET /%zz HTTP/1.1\r\nHost: t\r\n\r\n",
    ])
    func malformedRequestAfterAGoodOneIs400ThenClose(_ raw: String) throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send("GET /fine HTTP/1.1\r\nHost: t\r\n\r\n" + raw + "GET /never HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try client.readResponse().text == "GET /fine")
        let rejected = try client.readResponse()
        #expect(rejected.status == 400 && rejected.errorCode == "bad_request")
        #expect(rejected.header("Connection") == "close")
        #expect(client.waitForClose(timeout: 3))  // without answering "/never"
    }

    @Test func idleKeepAliveConnectionIsClosed() throws {
        var limits = TestServer.fastLimits
        limits.idleTimeout = 0.3
        let server = try TestServer(limits: limits)
        let client = try server.client()
        let requested = Date()  // the server goes idle after this, so at least 0.3 s must pass
        try client.send("GET / HTTP/1.1\r\nHost: t\r\n\r\n")
        _ = try client.readResponse()
        #expect(client.waitForClose(timeout: 3))
        #expect(Date().timeIntervalSince(requested) >= 0.29)
        #expect(eventually { server.server.openConnectionCount == 0 })
    }

    @Test func incompleteHeadIsClosedAfterTheHeaderTimeout() throws {
        var limits = TestServer.fastLimits
        limits.headerTimeout = 0.3
        limits.idleTimeout = 10
        let server = try TestServer(limits: limits)
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\nHost: x\r\n")
        usleep(150_000)
        try client.send("X-Slow: 1\r\n")  // still trickling: the timeout counts from the first byte
        let response = try client.readResponse(timeout: 3)
        #expect(response.status == 408 && response.errorCode == "request_timeout")
        #expect(response.header("Connection") == "close")
        #expect(client.waitForClose(timeout: 3))
    }

    @Test func maxConnectionsMakesExtraClientsWait() throws {
        var limits = TestServer.fastLimits
        limits.maxConnections = 2
        let server = try TestServer(limits: limits)
        let first = try server.client()
        let second = try server.client()
        for client in [first, second] {
            try client.send("GET / HTTP/1.1\r\nHost: t\r\n\r\n")
            _ = try client.readResponse()
        }
        let third = try server.client()  // completes in the kernel backlog
        try third.send("GET /third HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(!third.receivesData(within: 0.4))
        #expect(server.server.openConnectionCount == 2)

        try first.send("GET / HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        _ = try first.readResponse()
        #expect(try third.readResponse(timeout: 3).text == "GET /third")
    }
}
