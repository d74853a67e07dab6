/// Who may send which request: the bearer-token rules of the API, knowing nothing of what the
/// routes do.
///
/// - Writes (any method but GET, HEAD, OPTIONS) need the write token when one is set.
/// - Reads are open unless a read token is set too; then they need the read or the write token.
/// - Paths in `openPaths` (the health check) need nothing, so probes work whatever the tokens.
public struct AccessPolicy: Sendable {
    public var writeToken: BearerSecret?
    public var readToken: BearerSecret?
    public var openPaths: Set<String>

    public init(writeToken: BearerSecret? = nil, readToken: BearerSecret? = nil, openPaths: Set<String> = ["/healthz"]) {
        self.writeToken = writeToken; self.readToken = readToken; self.openPaths = openPaths
    }

    /// True when no request needs a token.
    public var isOpen: Bool { writeToken == nil && readToken == nil }

    /// GET, HEAD and OPTIONS read; every other method writes.
    public static func isRead(_ method: String) -> Bool {
        method == "GET" || method == "HEAD" || method == "OPTIONS"
    }

    /// Nil when `request` may proceed, else the 401 to answer. The message never repeats the
    /// token the client sent.
    public func denial(for request: HTTPRequest) -> HTTPError? {
        if openPaths.contains(request.path) { return nil }
        let read = Self.isRead(request.method)
        guard read ? readToken != nil : writeToken != nil else { return nil }
        let accepted = (read ? [readToken, writeToken] : [writeToken]).compactMap { $0 }
        guard let header = request.header("Authorization") else {
            return .unauthorized("this request needs an Authorization: Bearer token")
        }
        guard let token = BearerSecret.token(inAuthorization: header) else {
            return .unauthorized("the Authorization header must be 'Bearer <token>'")
        }
        // Every accepted token is compared, so the time does not tell which one was close.
        var matched = false
        for secret in accepted where secret.matches(token.utf8) { matched = true }
        return matched ? nil : .unauthorized("the bearer token is not valid for this request")
    }
}
