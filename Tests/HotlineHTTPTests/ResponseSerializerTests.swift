import Foundation
import Testing
@testable import HotlineHTTP

@Suite struct ResponseSerializerTests {
    private func serialize(_ response: HTTPResponse, isHead: Bool = false,
                           connection: ResponseSerializer.ConnectionHeader = .none) -> (head: [String], body: String) {
        var serializer = ResponseSerializer()
        let text = String(decoding: serializer.serialize(response, isHead: isHead, connection: connection), as: UTF8.self)
        let parts = text.components(separatedBy: "\r\n\r\n")
        return (parts[0].components(separatedBy: "\r\n"), parts.dropFirst().joined(separator: "\r\n\r\n"))
    }

    @Test func writesStatusLineFramingHeadersAndBody() {
        let (head, body) = serialize(HTTPResponse(status: 200, headers: [("Content-Type", "text/plain")], body: Array("hi".utf8)))
        #expect(head[0] == "HTTP/1.1 200 OK")
        #expect(head.contains("Content-Type: text/plain"))
        #expect(head.contains("Content-Length: 2"))
        #expect(head.contains("Server: hotline"))
        #expect(!head.contains { $0.hasPrefix("Connection") })
        let date = head.first { $0.hasPrefix("Date: ") }
        #expect(date?.range(of: #"^Date: [A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$"#,
                            options: .regularExpression) != nil)
        #expect(body == "hi")
    }

    @Test func dateMatchesIMFFixdate() {
        #expect(HTTPDateCache.format(784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
    }

    @Test func connectionHeaderReflectsTheDecision() {
        #expect(serialize(HTTPResponse(status: 200), connection: .close).head.contains("Connection: close"))
        #expect(serialize(HTTPResponse(status: 200), connection: .keepAlive).head.contains("Connection: keep-alive"))
    }

    @Test func serverOwnsFramingHeaders() {
        let response = HTTPResponse(status: 200, headers: [("content-length", "99"), ("Connection", "keep-alive"),
                                                           ("Transfer-Encoding", "chunked")], body: Array("abc".utf8))
        let (head, _) = serialize(response, connection: .close)
        #expect(head.filter { $0.lowercased().hasPrefix("content-length") } == ["Content-Length: 3"])
        #expect(head.filter { $0.lowercased().hasPrefix("connection") } == ["Connection: close"])
        #expect(!head.contains { $0.lowercased().hasPrefix("transfer-encoding") })
    }

    @Test func headKeepsContentLengthButSendsNoBody() {
        let (head, body) = serialize(HTTPResponse(status: 200, body: Array("hello".utf8)), isHead: true)
        #expect(head.contains("Content-Length: 5"))
        #expect(body.isEmpty)
        // The router's HEAD answer: body removed, length declared by header.
        let routed = HTTPResponse(status: 200, headers: [("Content-Length", "7")], body: [])
        #expect(serialize(routed, isHead: true).head.contains("Content-Length: 7"))
    }

    @Test func headerInjectionIsNeutralised() {
        let (head, _) = serialize(HTTPResponse(status: 200, headers: [("X-A", "1\r\nSet-Cookie: evil=1")]))
        #expect(head.contains("X-A: 1 Set-Cookie: evil=1"))
        #expect(!head.contains { $0.hasPrefix("Set-Cookie") })
    }

    @Test func noContentHasNeitherBodyNorLength() {
        let (head, body) = serialize(HTTPResponse(status: 204, body: Array("x".utf8)))
        #expect(head[0] == "HTTP/1.1 204 No Content")
        #expect(!head.contains { $0.hasPrefix("Content-Length") })
        #expect(body.isEmpty)
    }

    @Test func outOfRangeStatusBecomes500() {
        #expect(serialize(HTTPResponse(status: 42)).head[0] == "HTTP/1.1 500 Internal Server Error")
    }
}
