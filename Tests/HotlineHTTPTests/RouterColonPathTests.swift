import Testing
@testable import HotlineHTTP

/// Google-style custom methods ("/v1/articles:batch") are plain literal segments.
@Suite struct RouterColonPathTests {
    @Test func colonSuffixedLiteralMatchesExactlyAndNotTheCapture() throws {
        var router = Router()
        router.add("POST", "/v1/articles") { _, _ in HTTPResponse(status: 201) }
        router.add("POST", "/v1/articles:batch") { _, _ in HTTPResponse(status: 200) }
        router.add("GET", "/v1/articles/{id}") { _, _ in HTTPResponse(status: 203) }
        #expect(router.respond(to: try HTTPRequest(method: "POST", target: "/v1/articles:batch")).status == 200)
        #expect(router.respond(to: try HTTPRequest(method: "POST", target: "/v1/articles")).status == 201)
        #expect(router.respond(to: try HTTPRequest(method: "POST", target: "/v1/articles:batchx")).status == 404)
        #expect(router.respond(to: try HTTPRequest(method: "GET", target: "/v1/articles:batch")).status == 405)
        #expect(router.respond(to: try HTTPRequest(method: "GET", target: "/v1/articles/7")).status == 203)
    }
}
