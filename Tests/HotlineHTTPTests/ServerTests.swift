import Foundation
import Testing
@testable import HotlineHTTP

/// End to end over real loopback sockets: framing, keep-alive, pipelining, HEAD, routing errors.
@Suite struct ServerTests {
    @Test func keepAliveServesTwoRequestsOnOneConnection() throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send("GET /one HTTP/1.1\r\nHost: t\r\n\r\n")
        let first = try client.readResponse()
        try client.send("GET /two HTTP/1.1\r\nHost: t\r\n\r\n")
        let second = try client.readResponse()
        #expect(first.status == 200 && first.text == "GET /one")
        #expect(second.status == 200 && second.text == "GET /two")
        #expect(first.header("Content-Length") == "8")
        #expect(first.header("Server") == "hotline")
        #expect(first.header("Date")?.hasSuffix(" GMT") == true)
        #expect(first.header("Connection") == nil)
        #expect(server.server.openConnectionCount == 1)
    }

    @Test func pipelinedRequestsAreAnsweredInOrder() throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send("GET /a HTTP/1.1\r\nHost: t\r\n\r\nPOST /b HTTP/1.1\r\nHost: t\r\nContent-Length: 4\r\n\r\nbodyGET /c HTTP/1.1\r\nHost: t\r\n\r\n")
        let texts = try (0..<3).map { _ in try client.readResponse().text }
        #expect(texts == ["GET /a", "POST /b body", "GET /c"])
    }

    @Test func chunkedPostIsEchoed() throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send("POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n")
        try client.send("5\r\npedia\r\n0\r\nX-Trailer: ignored\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 200)
        #expect(response.text == "POST /echo Wikipedia")
    }

    @Test func largeBodyArrivesIntact() throws {
        let server = try TestServer()
        let client = try server.client()
        let body = (0..<300_000).map { UInt8(ascii: "a") + UInt8($0 % 26) }
        try client.send(Array("PUT /big HTTP/1.1\r\nHost: t\r\nContent-Length: \(body.count)\r\n\r\n".utf8) + body)
        let response = try client.readResponse()
        #expect(response.body == Array("PUT /big ".utf8) + body)
    }

    @Test func headHasGetHeadersButNoBody() throws {
        var router = Router()
        router.add("GET", "/doc") { _, _ in .json(200, Array(#"{"hello":"world"}"#.utf8)) }
        let server = try TestServer(router: router)
        let client = try server.client()
        try client.send("HEAD /doc HTTP/1.1\r\nHost: t\r\n\r\nGET /doc HTTP/1.1\r\nHost: t\r\n\r\n")
        let head = try client.readResponse(isHead: true)
        // If HEAD had leaked a body, the next response would not parse as a status line.
        let get = try client.readResponse()
        #expect(head.status == 200 && head.body.isEmpty)
        #expect(head.header("Content-Length") == "17")
        #expect(head.header("Content-Length") == get.header("Content-Length"))
        #expect(head.header("Content-Type") == get.header("Content-Type"))
        #expect(get.text == #"{"hello":"world"}"#)
    }

    @Test func headWithARawHandlerSendsLengthOnly() throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send("HEAD /x HTTP/1.1\r\nHost: t\r\n\r\nGET /y HTTP/1.1\r\nHost: t\r\n\r\n")
        let head = try client.readResponse(isHead: true)
        #expect(head.header("Content-Length") == "7")  // "HEAD /x"
        #expect(try client.readResponse().text == "GET /y")
    }

    @Test func unknownRouteIs404AndWrongMethodIs405WithAllow() throws {
        var router = Router()
        router.add("GET", "/v1/events/{id}") { _, p in HTTPResponse(status: 200, body: Array(p["id"]!.utf8)) }
        let server = try TestServer(router: router)
        let client = try server.client()
        try client.send("GET /v1/nothing HTTP/1.1\r\nHost: t\r\n\r\n")
        let missing = try client.readResponse()
        try client.send("DELETE /v1/events/3 HTTP/1.1\r\nHost: t\r\n\r\n")
        let wrongMethod = try client.readResponse()
        try client.send("GET /v1/events/3 HTTP/1.1\r\nHost: t\r\n\r\n")
        let found = try client.readResponse()
        #expect(missing.status == 404 && missing.errorCode == "not_found")
        #expect(wrongMethod.status == 405 && wrongMethod.errorCode == "method_not_allowed")
        #expect(wrongMethod.header("Allow") == "GET, HEAD")
        #expect(found.text == "3")
    }

    @Test func connectionCloseIsHonoured() throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send("GET /bye HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.header("Connection") == "close")
        #expect(client.waitForClose(timeout: 2))
    }

    @Test func http10ClosesByDefaultAndKeepsAliveOnRequest() throws {
        let server = try TestServer()
        let plain = try server.client()
        try plain.send("GET /old HTTP/1.0\r\n\r\n")
        #expect(try plain.readResponse().header("Connection") == "close")
        #expect(plain.waitForClose(timeout: 2))

        let keepAlive = try server.client()
        try keepAlive.send("GET /1 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        #expect(try keepAlive.readResponse().header("Connection") == "keep-alive")
        try keepAlive.send("GET /2 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        #expect(try keepAlive.readResponse().text == "GET /2")
    }

    @Test func expectContinueGetsAnInterimResponse() throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send("POST /up HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n")
        let interim = try client.readResponse()
        #expect(interim.status == 100)
        try client.send("12345")
        #expect(try client.readResponse().text == "POST /up 12345")
    }

    @Test func handlersRunConcurrentlyOnSeparateConnections() throws {
        let server = try TestServer { _ in
            usleep(300_000)
            return HTTPResponse(status: 200, body: Array("slow".utf8))
        }
        let clients = try (0..<4).map { _ in try server.client() }
        let started = Date()
        for client in clients { try client.send("GET / HTTP/1.1\r\nHost: t\r\n\r\n") }
        for client in clients { #expect(try client.readResponse().text == "slow") }
        #expect(Date().timeIntervalSince(started) < 1.0)  // four 0.3 s handlers did not run one after another
    }
}
