import HotlineHTTP
import HotlineStore

extension HotlineAPI {
    /// `POST /v1/articles:batch`: NDJSON or a JSON array of articles in the `POST /v1/articles`
    /// shape, stored in one transaction. Answers 200 with one result per article in order:
    /// `{"article", "created", "events"}`, or `{"error": {"status", "code", "message"}}` for an
    /// article that could not be decoded or stored (the others are kept). NDJSON in, NDJSON out;
    /// a JSON array in, a JSON array out. The server's body limit (`--max-body`) applies.
    func postArticleBatch(_ request: HTTPRequest) throws -> HTTPResponse {
        _ = try QueryParameters(request, allowed: [])
        let batch = try BatchBody(body: request.body, contentType: request.header("Content-Type"))
        let valid = batch.items.compactMap { try? $0.get() }
        var stored = try storeCall { try ingestor.ingestBatch(valid) }.makeIterator()
        let results: [Result<IngestOutcome, any Error>] = batch.items.map { item in
            switch item {
            case .success: return stored.next() ?? .failure(ServiceError(status: 500, code: "internal", message: "missing result"))
            case .failure(let error): return .failure(error)
            }
        }
        if batch.isNDJSON {
            var body: [UInt8] = []
            for result in results {
                var line = JSONWriter()
                line.batchResult(result)
                body += line.bytes
                body.append(UInt8(ascii: "\n"))
            }
            return HTTPResponse(status: 200, headers: [("Content-Type", "application/x-ndjson; charset=utf-8")], body: body)
        }
        var w = JSONWriter(capacity: 1024 * results.count)
        w.array { w in for result in results { w.batchResult(result) } }
        return .json(200, w.bytes)
    }
}

extension JSONWriter {
    /// One result of a batch: the stored article and its events, or the error of that article.
    mutating func batchResult(_ result: Result<IngestOutcome, any Error>) {
        object { w in
            switch result {
            case .success(let outcome):
                w.key("article"); w.article(outcome.article)
                w.member("created", outcome.created)
                w.key("events"); w.events(outcome.events)
            case .failure(let error):
                let api = BatchItemError(error)
                w.key("error")
                w.object { w in
                    w.member("status", Int64(api.status))
                    w.member("code", api.code)
                    w.member("message", api.message)
                }
            }
        }
    }
}
