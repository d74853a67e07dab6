import Testing
@testable import HotlineHTTP

@Suite struct RequestTargetTests {
    @Test func decodesPathAndQuery() throws {
        let request = try HTTPRequest(method: "GET", target: "/v1/caf%C3%A9?q=a+b%2Bc&empty=&flag&x=%E2%82%AC")
        #expect(request.path == "/v1/café")
        #expect(request.query.map(\.name) == ["q", "empty", "flag", "x"])
        #expect(request.queryValue("q") == "a b+c")
        #expect(request.queryValue("empty") == "")
        #expect(request.queryValue("flag") == "")
        #expect(request.queryValue("x") == "€")
    }

    @Test func plusIsLiteralInThePath() throws {
        #expect(try HTTPRequest(method: "GET", target: "/a+b").path == "/a+b")
    }

    @Test func repeatedParametersKeepTheirOrder() throws {
        let request = try HTTPRequest(method: "GET", target: "/?k=1&k=2&&k=3")
        #expect(request.query.map(\.value) == ["1", "2", "3"])
        #expect(request.queryValue("k") == "1")
    }

    @Test(arguments: ["/%", "/%4", "/%G1", "/?a=%zz", "/%80", "/?%C3=1", "/%ED%A0%80"])
    func invalidEncodingIsBadRequest(_ target: String) {
        do {
            _ = try HTTPRequest(method: "GET", target: target)
            Issue.record("\(target) was accepted")
        } catch let error as HTTPError {
            #expect(error.status == 400 && error.code == "bad_request")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func headerLookupIsCaseInsensitive() {
        let request = HTTPRequest(method: "GET", target: "/", path: "/", query: [],
                                  headers: [("Content-Type", "text/plain"), ("content-type", "second")], body: [])
        #expect(request.header("CONTENT-TYPE") == "text/plain")
        #expect(request.header("Accept") == nil)
    }
}
