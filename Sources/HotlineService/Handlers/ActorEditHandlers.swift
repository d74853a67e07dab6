import HotlineHTTP

extension HotlineAPI {
    /// `POST /v1/actors`: adds a user official (or corrects the one named by `official_id`),
    /// re-resolves the stored articles it may concern; 201 with the actor and
    /// `reresolved_articles`.
    func postActor(_ request: HTTPRequest) throws -> HTTPResponse {
        _ = try QueryParameters(request, allowed: [])
        let draft = try decodeDraft(request, allowed: OfficialDraft.postFields)
        let change = try storeCall { try officials.add(draft) }
        return Self.actorChange(201, change)
    }

    /// `PATCH /v1/actors/{id}`: corrects the actor and records the correction as a user
    /// official, then re-resolves; 200 with the actor and `reresolved_articles`, 404 when unknown.
    func patchActor(_ request: HTTPRequest, _ params: [String: String]) throws -> HTTPResponse {
        _ = try QueryParameters(request, allowed: [])
        let id = try pathID(params, "actor")
        let draft = try decodeDraft(request, allowed: OfficialDraft.patchFields)
        guard let change = try storeCall({ try officials.correct(actorID: id, draft) }) else {
            throw ServiceError.notFound("actor \(id)")
        }
        return Self.actorChange(200, change)
    }

    private func decodeDraft(_ request: HTTPRequest, allowed: Set<String>) throws -> OfficialDraft {
        if let type = request.header("Content-Type"),
           type.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() != "application/json" {
            throw ServiceError.unsupportedMediaType(type)
        }
        let extractor = ingestor.extractor
        return try OfficialDraft.decode(body: request.body, allowed: allowed, knownCountry: extractor.knowsCountry)
    }

    private static func actorChange(_ status: Int, _ change: UserOfficials.Change) -> HTTPResponse {
        json(status) { w in
            w.object { w in
                w.key("actor"); w.actor(change.actor)
                w.member("reresolved_articles", Int64(change.reresolvedArticles))
            }
        }
    }
}
