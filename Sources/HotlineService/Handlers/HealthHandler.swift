import HotlineHTTP

extension HotlineAPI {
    /// `GET /healthz`: 200 when the database answers.
    func health() throws -> HTTPResponse {
        try storeCall { try store.ping() }
        return Self.json { w in w.object { w in w.member("status", "ok") } }
    }
}
