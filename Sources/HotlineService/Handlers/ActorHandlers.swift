import HotlineHTTP

extension HotlineAPI {
    /// `GET /v1/actors?q=&limit=`: actors whose name or alias matches `q` (all when absent).
    func listActors(_ request: HTTPRequest) throws -> HTTPResponse {
        let params = try QueryParameters(request, allowed: ["q", "limit"])
        let limit = try params.int("limit", in: 1...500) ?? 50
        let actors = try storeCall { try store.actors(matching: params.string("q"), limit: limit) }
        return Self.json { w in
            w.object { w in
                w.key("actors")
                w.array { w in for a in actors { w.actor(a) } }
            }
        }
    }

    /// `GET /v1/actors/{id}`: the actor, its number of calls, and its counterparts with counts.
    func getActor(_ request: HTTPRequest, _ params: [String: String]) throws -> HTTPResponse {
        _ = try QueryParameters(request, allowed: [])
        let id = try pathID(params, "actor")
        guard let summary = try storeCall({ try store.actor(id: id) }) else { throw ServiceError.notFound("actor \(id)") }
        return Self.json { w in
            w.object { w in
                w.key("actor"); w.actor(summary.actor)
                w.member("calls", Int64(summary.callCount))
                w.key("counterparts")
                w.array { w in
                    for c in summary.counterparts {
                        w.object { w in
                            w.key("actor"); w.actor(c.actor)
                            w.member("calls", Int64(c.calls))
                        }
                    }
                }
            }
        }
    }
}
