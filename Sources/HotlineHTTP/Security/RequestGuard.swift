/// The HTTP-layer guard in front of the API: per-client rate limiting of writes, then bearer-token
/// access control. It knows methods, paths, headers and the peer address, nothing of the routes.
public struct RequestGuard: Sendable {
    public let policy: AccessPolicy
    /// Nil: writes are not rate limited.
    public let limiter: RateLimiter?

    public init(policy: AccessPolicy = AccessPolicy(), limiter: RateLimiter? = nil) {
        self.policy = policy; self.limiter = limiter
    }

    /// Nil when `request` may reach the handler, else the answer: 429 with `Retry-After`
    /// (whole seconds) or 401 with `WWW-Authenticate`, each with the JSON error body.
    ///
    /// Rate limiting comes first, so failed token guesses are limited too.
    public func check(_ request: HTTPRequest) -> HTTPResponse? {
        if let limiter, !AccessPolicy.isRead(request.method), let wait = limiter.take(request.peer) {
            let seconds = max(1, Int(wait.rounded(.up)))
            return .error(HTTPError.tooManyRequests(retryAfter: seconds), headers: [("Retry-After", String(seconds))])
        }
        if let denial = policy.denial(for: request) {
            return .error(denial, headers: [("WWW-Authenticate", #"Bearer realm="hotline""#)])
        }
        return nil
    }

    /// `handler` behind this guard.
    public func protecting(_ handler: @escaping HTTPServer.Handler) -> HTTPServer.Handler {
        { request in check(request) ?? handler(request) }
    }
}
