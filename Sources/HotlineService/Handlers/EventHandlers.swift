import HotlineHTTP
import HotlineStore

extension HotlineAPI {
    /// Bytes of base64url, the alphabet of cursors.
    static let cursorBytes = Set(Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8))

    static let eventFilters: Set<String> = ["actor", "country", "topic", "since", "until", "type", "min_confidence",
                                            "limit", "cursor"]

    /// `GET /v1/events`: filtered, newest first, keyset-paginated.
    func listEvents(_ request: HTTPRequest) throws -> HTTPResponse {
        let params = try QueryParameters(request, allowed: Self.eventFilters)
        var query = EventQuery()
        query.actor = params.string("actor")
        if let country = params.string("country") {
            let code = country.uppercased()
            guard (2...5).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw ServiceError.invalidParameter("country", "expected an ISO 3166-1 alpha-2 code or an organisation code")
            }
            query.country = code
        }
        query.topic = params.string("topic")
        let since = try params.date("since"), until = try params.date("until")
        if let since, let until, until < since {
            throw ServiceError.unprocessable("until", "is before since", code: "invalid_range")
        }
        query.since = since?.iso
        query.until = until?.iso
        query.type = params.string("type")
        query.minConfidence = try params.double("min_confidence", in: 0...1)
        query.limit = try params.int("limit", in: 1...500) ?? 50
        if let cursor = params.string("cursor") {
            // the shape of every cursor this server issues (base64url); a value of that shape that
            // does not decode is answered 422 by the store call below
            guard cursor.utf8.count <= 64, cursor.utf8.allSatisfy({ Self.cursorBytes.contains($0) }) else {
                throw ServiceError.invalidParameter("cursor", "not a cursor (expected the next_cursor of a previous page)")
            }
            query.cursor = cursor
        }
        let page = try storeCall { try store.events(query) }
        return Self.json { w in
            w.object { w in
                w.key("events"); w.events(page.events)
                w.member("next_cursor", page.nextCursor)
            }
        }
    }

    /// `GET /v1/events/{id}`.
    func getEvent(_ request: HTTPRequest, _ params: [String: String]) throws -> HTTPResponse {
        _ = try QueryParameters(request, allowed: [])
        let id = try pathID(params, "event")
        guard let event = try storeCall({ try store.event(id: id) }) else { throw ServiceError.notFound("event \(id)") }
        return Self.json { w in w.event(event) }
    }
}
