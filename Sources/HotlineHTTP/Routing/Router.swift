/// Method + path-pattern routing ("/v1/events/{id}"); 404 for unknown paths, 405 with `Allow`
/// for known paths with another method (any method name, registered or not: API testers such
/// as schemathesis expect 405 rather than 501 for a method a path lacks); HEAD is served by the
/// GET handler without a body.
///
/// When several patterns match a path, the most specific wins ("/v1/events/stats" before
/// "/v1/events/{id}"), then the first registered.
public struct Router: Sendable {
    /// A handler gets the request and the pattern's captured parameters.
    public typealias Handler = @Sendable (HTTPRequest, [String: String]) throws -> HTTPResponse

    private struct Route: Sendable {
        let method: String
        let pattern: RoutePattern
        let handler: Handler
    }

    private var table: [Route] = []

    public init() {}

    /// Registers `handler` for `method` (e.g. "GET", case-sensitive as in HTTP) on `pattern`.
    public mutating func add(_ method: String, _ pattern: String, _ handler: @escaping Handler) {
        table.append(Route(method: method, pattern: RoutePattern(pattern), handler: handler))
    }

    /// The response for `request`: the handler's, or a JSON error (APIError → its status;
    /// anything else → 500 with a generic message). For HEAD served by a GET route the body is
    /// removed and its length kept in a `Content-Length` header, which the server then sends.
    public func respond(to request: HTTPRequest) -> HTTPResponse {
        let segments = RoutePattern.split(request.path)
        let matches = table.compactMap { route in route.pattern.match(segments).map { (route, $0) } }
        guard !matches.isEmpty else { return .error(HTTPError.notFound(request.path)) }

        let isHead = request.method == "HEAD"
        let chosen = best(matches.filter { $0.0.method == request.method })
            ?? (isHead ? best(matches.filter { $0.0.method == "GET" }) : nil)
        guard let (route, parameters) = chosen else {
            let allowed = Self.allowedMethods(matches.map(\.0.method))
            return .error(HTTPError.methodNotAllowed(request.method, allowed: allowed),
                          headers: [("Allow", allowed.joined(separator: ", "))])
        }
        let response = Self.invoke(route.handler, request, parameters)
        return isHead && route.method == "GET" ? Self.withoutBody(response) : response
    }

    /// Every (method, pattern) registered, for documentation and tests.
    public var routes: [(method: String, pattern: String)] {
        table.map { ($0.method, $0.pattern.text) }
    }

    private func best(_ matches: [(Route, [String: String])]) -> (Route, [String: String])? {
        matches.reduce(nil) { best, candidate in
            guard let best else { return candidate }
            return candidate.0.pattern.isMoreSpecific(than: best.0.pattern) ? candidate : best
        }
    }

    private static func invoke(_ handler: Handler, _ request: HTTPRequest, _ parameters: [String: String]) -> HTTPResponse {
        do {
            return try handler(request, parameters)
        } catch let error as any APIError {
            return .error(error)
        } catch {
            return .error(HTTPError.internalError)
        }
    }

    /// Methods in registration order without duplicates, with HEAD added when GET is present.
    private static func allowedMethods(_ methods: [String]) -> [String] {
        var allowed: [String] = []
        for method in methods where !allowed.contains(method) { allowed.append(method) }
        if allowed.contains("GET"), !allowed.contains("HEAD") { allowed.append("HEAD") }
        return allowed
    }

    private static func withoutBody(_ response: HTTPResponse) -> HTTPResponse {
        var head = response
        head.headers.removeAll { $0.name.caseInsensitiveEquals("Content-Length") }
        head.headers.append(("Content-Length", String(response.body.count)))
        head.body = []
        return head
    }
}
