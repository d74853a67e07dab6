import Foundation
import Testing
@testable import HotlineHTTP

/// The hostile corpus through a real socket: each request gets its status, the connection closes
/// exactly when RFC 9112 requires it, nothing more is answered after a framing error, and no
/// connection is left open.
@Suite struct HostileRequestTests {
    static var router: Router {
        var router = Router()
        router.add("GET", "/fine") { _, _ in HTTPResponse(status: 200, headers: [], body: Array("fine".utf8)) }
        router.add("POST", "/echo") { request, _ in HTTPResponse(status: 200, headers: [], body: request.body) }
        return router
    }

    @Test(arguments: HostileCorpus.all)
    func hostileRequest(_ hostile: HostileCase) throws {
        let server = try TestServer(router: Self.router)
        let client = try server.client()
        // A well-formed request follows in the same packet: after a framing error it must never
        // be answered (it could be a smuggled one); otherwise it must be.
        try client.send(hostile.bytes + Array("GET /fine HTTP/1.1\r\nHost: t\r\n\r\n".utf8))
        let response = try client.readResponse(timeout: 3)
        #expect(response.status == hostile.status)
        if response.status >= 400 { #expect(response.errorCode != nil, "JSON error body") }
        if hostile.closes {
            #expect(response.header("Connection") == "close")
            #expect(client.waitForClose(timeout: 3))
        } else {
            #expect(response.header("Connection") == nil)
            if hostile.name.contains("hidden") { #expect(response.text == "hello") }
            #expect(try client.readResponse(timeout: 3).text == "fine")
            try client.send("GET /fine HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
            #expect(try client.readResponse(timeout: 3).text == "fine")
        }
        #expect(eventually { server.server.openConnectionCount == 0 })
    }

    @Test func theServerStillAnswersAfterTheWholeCorpus() throws {
        let server = try TestServer(router: Self.router)
        for hostile in HostileCorpus.all {
            let client = try server.client()
            try client.send(hostile.bytes)
            #expect(try client.readResponse(timeout: 3).status == hostile.status, "\(hostile.name)")
        }
        let client = try server.client()
        try client.send("GET /fine HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try client.readResponse().text == "fine")
    }
}
