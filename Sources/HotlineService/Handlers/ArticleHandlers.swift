import HotlineHTTP

extension HotlineAPI {
    /// `POST /v1/articles`: 201 with the new article and its events; 200 when already stored.
    func postArticle(_ request: HTTPRequest) throws -> HTTPResponse {
        let params = try QueryParameters(request, allowed: ["url", "title", "published_at", "language"])
        // Checked whatever the body: with a JSON body they fill the members it leaves out.
        try ArticleSubmission.validateMetadata(params.all)
        let submission = try ArticleSubmission.decode(body: request.body, contentType: request.header("Content-Type"),
                                                      parameters: params.all)
        let outcome = try storeCall { try ingestor.ingest(submission) }
        return Self.json(outcome.created ? 201 : 200) { w in
            w.object { w in
                w.key("article"); w.article(outcome.article)
                w.member("created", outcome.created)
                w.key("events"); w.events(outcome.events)
            }
        }
    }

    /// `GET /v1/articles/{id}`: the article and the events it supports.
    func getArticle(_ request: HTTPRequest, _ params: [String: String]) throws -> HTTPResponse {
        _ = try QueryParameters(request, allowed: [])
        let id = try pathID(params, "article")
        guard let found = try storeCall({ try store.article(id: id) }) else { throw ServiceError.notFound("article \(id)") }
        let events = try storeCall { try store.events(ids: found.eventIDs) }
        return Self.json { w in
            w.object { w in
                w.key("article"); w.article(found.article)
                w.key("events"); w.events(events)
            }
        }
    }
}
