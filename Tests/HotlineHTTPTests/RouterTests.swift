import Foundation
import Testing
@testable import HotlineHTTP

@Suite struct RouterTests {
    private struct Missing: APIError {
        let id: String
        var status: Int { 404 }
        var code: String { "not_found" }
        var message: String { "event \(id) not found" }
    }

    private struct Secret: Error { let detail = "password=hunter2" }

    private func request(_ method: String, _ target: String) throws -> HTTPRequest {
        try HTTPRequest(method: method, target: target)
    }

    private func text(_ response: HTTPResponse) -> String { String(decoding: response.body, as: UTF8.self) }

    private func errorCode(_ response: HTTPResponse) -> String? {
        let object = try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
        return (object?["error"] as? [String: Any])?["code"] as? String
    }

    private var router: Router {
        var router = Router()
        router.add("GET", "/v1/events") { _, _ in HTTPResponse(status: 200, body: Array("list".utf8)) }
        router.add("POST", "/v1/events") { request, _ in HTTPResponse(status: 201, body: request.body) }
        router.add("GET", "/v1/events/{id}") { _, parameters in
            HTTPResponse(status: 200, body: Array("event \(parameters["id"] ?? "?")".utf8))
        }
        router.add("GET", "/v1/events/stats") { _, _ in HTTPResponse(status: 200, body: Array("stats".utf8)) }
        router.add("DELETE", "/v1/events/{id}") { _, parameters in throw Missing(id: parameters["id"] ?? "") }
        router.add("GET", "/v1/actors/{actor}/calls/{other}") { _, parameters in
            HTTPResponse(status: 200, body: Array("\(parameters["actor"]!)|\(parameters["other"]!)".utf8))
        }
        router.add("GET", "/boom") { _, _ in throw Secret() }
        return router
    }

    @Test func dispatchesByMethodAndPath() throws {
        #expect(text(router.respond(to: try request("GET", "/v1/events"))) == "list")
        let created = router.respond(to: HTTPRequest(method: "POST", target: "/v1/events", path: "/v1/events",
                                                     query: [], headers: [], body: Array("new".utf8)))
        #expect(created.status == 201 && text(created) == "new")
    }

    @Test func capturesParameters() throws {
        #expect(text(router.respond(to: try request("GET", "/v1/events/42"))) == "event 42")
        #expect(text(router.respond(to: try request("GET", "/v1/events/a%20b"))) == "event a b")
        #expect(text(router.respond(to: try request("GET", "/v1/actors/fr/calls/de"))) == "fr|de")
    }

    @Test func literalSegmentsWinOverCaptures() throws {
        #expect(text(router.respond(to: try request("GET", "/v1/events/stats"))) == "stats")
    }

    @Test func unknownPathIs404NotFound() throws {
        for target in ["/nope", "/v1/events/", "/v1/events/1/extra", "/v1/actors/fr/calls/"] {
            let response = router.respond(to: try request("GET", target))
            #expect(response.status == 404, "\(target)")
            #expect(errorCode(response) == "not_found", "\(target)")
        }
    }

    @Test func knownPathWithOtherMethodIs405WithAllow() throws {
        let response = router.respond(to: try request("PUT", "/v1/events/7"))
        #expect(response.status == 405)
        #expect(errorCode(response) == "method_not_allowed")
        #expect(response.header("Allow") == "GET, DELETE, HEAD")
        let listing = router.respond(to: try request("DELETE", "/v1/events"))
        #expect(listing.header("Allow") == "GET, POST, HEAD")
    }

    @Test func headOfAGetRouteDropsTheBodyButKeepsItsLength() throws {
        let response = router.respond(to: try request("HEAD", "/v1/events/42"))
        #expect(response.status == 200)
        #expect(response.body.isEmpty)
        #expect(response.header("Content-Length") == "8")
    }

    @Test func headWithoutAGetRouteIs405() throws {
        var router = Router()
        router.add("POST", "/only-post") { _, _ in HTTPResponse(status: 200) }
        let response = router.respond(to: try request("HEAD", "/only-post"))
        #expect(response.status == 405)
        #expect(response.header("Allow") == "POST")
    }

    @Test func apiErrorBecomesItsStatusAndBody() throws {
        let response = router.respond(to: try request("DELETE", "/v1/events/9"))
        #expect(response.status == 404)
        #expect(text(response) == #"{"error":{"code":"not_found","message":"event 9 not found"}}"#)
    }

    @Test func otherErrorsBecomeAGeneric500() throws {
        let response = router.respond(to: try request("GET", "/boom"))
        #expect(response.status == 500)
        #expect(text(response) == #"{"error":{"code":"internal","message":"internal error"}}"#)
        #expect(!text(response).contains("hunter2"))
    }

    @Test func patternWithoutLeadingSlashIsRooted() throws {
        var router = Router()
        router.add("GET", "health") { _, _ in HTTPResponse(status: 204) }
        #expect(router.respond(to: try request("GET", "/health")).status == 204)
        #expect(router.routes.first?.pattern == "/health")
    }

    @Test func listsRoutesInRegistrationOrder() {
        #expect(router.routes.map { "\($0.method) \($0.pattern)" } == [
            "GET /v1/events", "POST /v1/events", "GET /v1/events/{id}", "GET /v1/events/stats",
            "DELETE /v1/events/{id}", "GET /v1/actors/{actor}/calls/{other}", "GET /boom",
        ])
    }
}
