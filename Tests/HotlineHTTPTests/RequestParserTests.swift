import Testing
@testable import HotlineHTTP

@Suite struct RequestParserTests {
    @Test func parsesASimpleGet() throws {
        let (requests, _) = try parse(["GET /v1/events?actor=A%20B&limit=5 HTTP/1.1\r\nHost: x\r\nX-Trace:  abc \r\n\r\n"])
        let parsed = try #require(requests.first)
        #expect(requests.count == 1)
        #expect(parsed.request.method == "GET")
        #expect(parsed.request.target == "/v1/events?actor=A%20B&limit=5")
        #expect(parsed.request.path == "/v1/events")
        #expect(parsed.request.queryValue("actor") == "A B")
        #expect(parsed.request.queryValue("limit") == "5")
        #expect(parsed.request.header("x-trace") == "abc")
        #expect(parsed.request.headers.map(\.name) == ["Host", "X-Trace"])
        #expect(parsed.request.body.isEmpty)
        #expect(parsed.keepAlive)
        #expect(parsed.minorVersion == 1)
    }

    @Test func needsMoreUntilTheHeadIsCompleteWhenFedByteByByte() throws {
        let raw = Array("POST /a HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n\r\nxyz".utf8)
        var parser = RequestParser(limits: ServerLimits())
        for (index, byte) in raw.enumerated() {
            parser.append([byte])
            let event = try parser.next()
            if index < raw.count - 1 {
                guard case .needMore = event else { Issue.record("request before byte \(index)"); return }
            } else {
                guard case .request(let parsed) = event else { Issue.record("no request at the end"); return }
                #expect(parsed.request.body == Array("xyz".utf8))
            }
        }
        #expect(parser.isIdle)
    }

    @Test func reportsWhetherAHeadIsPartiallyReceived() throws {
        var parser = RequestParser(limits: ServerLimits())
        #expect(parser.isIdle && !parser.isReadingHead)
        parser.append(Array("GET / HT".utf8))
        _ = try parser.next()
        #expect(parser.isReadingHead && !parser.isIdle)
        parser.append(Array("TP/1.1\r\nHost: t\r\n\r\n".utf8))
        guard case .request = try parser.next() else { Issue.record("expected a request"); return }
        #expect(parser.isIdle)
    }

    @Test func pipelinedRequestsComeOutInOrder() throws {
        let raw = "GET /1 HTTP/1.1\r\nHost: t\r\n\r\nPOST /2 HTTP/1.1\r\nHost: t\r\nContent-Length: 2\r\n\r\nhiGET /3 HTTP/1.1\r\nHost: t\r\n\r\nGET /4"
        let (requests, needsMore) = try parse([raw])
        #expect(requests.map(\.request.path) == ["/1", "/2", "/3"])
        #expect(requests[1].request.body == Array("hi".utf8))
        #expect(needsMore)
    }

    @Test func contentLengthBodySplitAcrossFeeds() throws {
        let (requests, _) = try parse(["PUT /x HTTP/1.1\r\nHost: t\r\nContent-Length: 11\r\n\r\nhello", " wor", "ld"])
        #expect(requests.count == 1)
        #expect(requests.first?.request.body == Array("hello world".utf8))
    }

    @Test func chunkedBodySplitAcrossFeedsWithExtensionsAndTrailers() throws {
        let chunks = ["POST /c HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n5;name=val", "ue\r\nhel", "lo\r\n6\r\n world\r",
                      "\nA\r\n0123456789\r\n0\r\nX-Checksum: 1\r\n", "\r\nGET /next HTTP/1.1\r\nHost: t\r\n\r\n"]
        let (requests, _) = try parse(chunks)
        #expect(requests.map(\.request.path) == ["/c", "/next"])
        #expect(requests.first?.request.body == Array("hello world0123456789".utf8))
        #expect(requests.first?.request.header("X-Checksum") == nil)  // trailers are ignored
    }

    @Test func chunkedBodyFedByteByByte() throws {
        let raw = "POST /c HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: Chunked\r\n\r\n3\r\nabc\r\n1\r\nd\r\n0\r\n\r\n"
        let (requests, needsMore) = try parse(raw.utf8.map { [$0] })
        #expect(requests.first?.request.body == Array("abcd".utf8))
        #expect(!needsMore)
    }

    @Test func keepAliveFollowsVersionAndConnectionHeader() throws {
        let cases: [(String, Bool)] = [
            ("GET / HTTP/1.1\r\nHost: t\r\n\r\n", true),
            ("GET / HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n", false),
            ("GET / HTTP/1.1\r\nHost: t\r\nConnection: Upgrade, Close\r\n\r\n", false),
            ("GET / HTTP/1.0\r\n\r\n", false),
            ("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", true),
        ]
        for (raw, keepAlive) in cases {
            #expect(try parse([raw]).requests.first?.keepAlive == keepAlive, "\(raw)")
        }
    }

    @Test func expectContinueIsReportedOnceBeforeTheBody() throws {
        var parser = RequestParser(limits: ServerLimits())
        parser.append(Array("POST / HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n".utf8))
        guard case .needMore = try parser.next() else { Issue.record("body not received yet"); return }
        let first = parser.takeContinueRequest()
        let second = parser.takeContinueRequest()
        #expect(first && !second)
        parser.append(Array("ok".utf8))
        guard case .request(let parsed) = try parser.next() else { Issue.record("expected a request"); return }
        #expect(parsed.request.body == Array("ok".utf8))
    }

    @Test func leadingEmptyLinesAndBareLineFeedsAreAccepted() throws {
        let (requests, _) = try parse(["\r\n\nGET /lf HTTP/1.1\nHost: a\n\n"])
        #expect(requests.first?.request.path == "/lf")
        #expect(requests.first?.request.header("Host") == "a")
    }

    @Test func absoluteFormTargetIsReducedToItsPath() throws {
        let (requests, _) = try parse(["GET http://example.org/v1/x?a=1 HTTP/1.1\r\nHost: t\r\n\r\n"])
        #expect(requests.first?.request.path == "/v1/x")
        #expect(requests.first?.request.queryValue("a") == "1")
    }

    static let malformed: [(String, String)] = [
        ("both framings", "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n"),
        ("duplicate Content-Length", "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc"),
        ("conflicting Content-Length", "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd"),
        ("Content-Length list", "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 3, 3\r\n\r\nabc"),
        ("non-numeric Content-Length", "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: abc\r\n\r\n"),
        ("negative Content-Length", "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: -1\r\n\r\n"),
        ("empty Content-Length", "POST / HTTP/1.1\r\nHost: t\r\nContent-Length:\r\n\r\n"),
        ("unsupported Transfer-Encoding", "POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: gzip\r\n\r\n"),
        ("chunked twice", "POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked, chunked\r\n\r\n"),
        ("chunked not last", "POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked, gzip\r\n\r\n"),
        ("Transfer-Encoding in HTTP/1.0", "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n"),
        ("two-part request line", "GET /\r\n\r\n"),
        ("double space", "GET  / HTTP/1.1\r\nHost: t\r\n\r\n"),
        ("four-part request line", "GET / HTTP/1.1 extra\r\n\r\n"),
        ("bad method", "G@T / HTTP/1.1\r\nHost: t\r\n\r\n"),
        ("two-digit version", "GET / HTTP/1.10\r\n\r\n"),
        ("two Host fields", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"),
        ("lowercase version", "GET / http/1.1\r\n\r\n"),
        ("target without slash", "GET v1/events HTTP/1.1\r\nHost: t\r\n\r\n"),
        ("header without colon", "GET / HTTP/1.1\r\nHost: t\r\nHost example\r\n\r\n"),
        ("obs-fold", "GET / HTTP/1.1\r\nHost: t\r\nX-A: one\r\n two\r\n\r\n"),
        ("space before colon", "GET / HTTP/1.1\r\nHost: t\r\nHost : x\r\n\r\n"),
        ("empty header name", "GET / HTTP/1.1\r\nHost: t\r\n: x\r\n\r\n"),
        ("bare CR in header", "GET / HTTP/1.1\r\nHost: t\r\nX-A: a\rb\r\n\r\n"),
        ("bare CR in request line", "GET /\r HTTP/1.1\r\nHost: t\r\n\r\n"),
        ("control character in value", "GET / HTTP/1.1\r\nHost: t\r\nX-A: a\u{01}b\r\n\r\n"),
        ("invalid percent-encoding", "GET /a%zz HTTP/1.1\r\nHost: t\r\n\r\n"),
        ("truncated percent-encoding", "GET /a?q=%4 HTTP/1.1\r\nHost: t\r\n\r\n"),
        ("invalid UTF-8 in path", "GET /%FF%FE HTTP/1.1\r\nHost: t\r\n\r\n"),
        ("invalid UTF-8 in query", "GET /?q=%C3%28 HTTP/1.1\r\nHost: t\r\n\r\n"),
        ("bad chunk size", "POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"),
        ("empty chunk size", "POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n\r\n"),
        ("overlong chunk size", "POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n1000000000000000000\r\n"),
        ("chunk longer than declared", "POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n"),
    ]

    @Test(arguments: malformed)
    func malformedRequestsAre400(_ name: String, _ raw: String) {
        let error = parseError(raw)
        #expect(error?.status == 400, "\(name)")
        #expect(error?.code == "bad_request", "\(name)")
    }

    @Test func otherHTTPVersionsAndCodings() throws {
        #expect(parseError("GET / HTTP/2.0\r\n\r\n") == .versionNotSupported)
        // RFC 9112 §3.2: HTTP/1.1 needs exactly one Host; HTTP/1.0 may omit it.
        #expect(parseError("GET / HTTP/1.1\r\n\r\n")?.message == "an HTTP/1.1 request needs a Host header field")
        #expect(parseError("GET / HTTP/1.0\r\n\r\n") == nil)
        #expect(parseError("POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: gzip, chunked\r\n\r\n")?.status == 501)
        // A later 1.x minor version is served as HTTP/1.1 (RFC 9112 §2.3).
        let (requests, _) = try parse(["GET /later HTTP/1.2\r\nHost: t\r\n\r\n"])
        #expect(requests.first?.minorVersion == 1)
    }

    @Test func headerCountIsLimited() {
        var limits = ServerLimits()
        limits.maxHeaderCount = 3
        let head = "GET / HTTP/1.1\r\nHost: t\r\n" + String(repeating: "A: b\r\n", count: 4) + "\r\n"
        #expect(parseError(head, limits: limits) == .tooManyHeaders(limit: 3))
        #expect(parseError("GET / HTTP/1.1\r\nHost: t\r\n" + String(repeating: "A: b\r\n", count: 2) + "\r\n", limits: limits) == nil)
    }

    @Test func headOver16KiBIs431EvenBeforeItEnds() {
        let big = "GET / HTTP/1.1\r\nHost: t\r\nX-Big: " + String(repeating: "a", count: 17 * 1024)
        #expect(parseError(big)?.status == 431)
        #expect(parseError(big + "\r\n\r\n")?.status == 431)
        #expect(parseError(big)?.code == "header_too_large")
    }

    @Test func headJustUnderTheLimitIsAccepted() throws {
        let line = "GET / HTTP/1.1\r\nHost: t\r\nX-Big: "
        let padding = 16 * 1024 - line.utf8.count - 2
        let (requests, _) = try parse([line + String(repeating: "a", count: padding) + "\r\n\r\n"])
        #expect(requests.count == 1)
    }

    @Test func headerLimitIsConfigurable() {
        var limits = ServerLimits()
        limits.maxHeaderBytes = 64
        #expect(parseError("GET / HTTP/1.1\r\nHost: t\r\nX-A: " + String(repeating: "b", count: 80) + "\r\n\r\n", limits: limits)?.status == 431)
    }

    @Test func declaredBodyOverTheLimitIs413BeforeAnyBodyByte() {
        var limits = ServerLimits()
        limits.maxBodyBytes = 10
        let error = parseError("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 11\r\n\r\n", limits: limits)
        #expect(error?.status == 413)
        #expect(error?.code == "payload_too_large")
        #expect(parseError("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 99999999999999999999999\r\n\r\n")?.status == 413)
    }

    @Test func bodyAtTheLimitIsAccepted() throws {
        var limits = ServerLimits()
        limits.maxBodyBytes = 10
        let (requests, _) = try parse(["POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\n\r\n0123456789"], limits: limits)
        #expect(requests.first?.request.body.count == 10)
    }

    @Test func chunkedBodyOverTheLimitIs413() {
        var limits = ServerLimits()
        limits.maxBodyBytes = 8
        let raw = "POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nabcde\r\n5\r\n"
        #expect(parseError(raw, limits: limits)?.status == 413)
    }
}
