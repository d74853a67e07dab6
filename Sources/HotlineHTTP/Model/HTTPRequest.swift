/// A parsed HTTP/1.1 request, as handed to handlers.
public struct HTTPRequest: Sendable {
    public var method: String
    /// The raw request-target ("/v1/events?actor=x").
    public var target: String
    /// Percent-decoded path without the query.
    public var path: String
    /// Percent-decoded query items in order ("+" is a space).
    public var query: [(name: String, value: String)]
    /// Header fields in order, names as received.
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]
    /// The client's IP address as text ("127.0.0.1", "::1"), set by the server from the socket;
    /// empty when unknown (requests built in tests). Used for per-client limits, never trusted
    /// from a header.
    public var peer: String = ""

    public init(method: String, target: String, path: String, query: [(name: String, value: String)],
                headers: [(name: String, value: String)], body: [UInt8]) {
        self.method = method; self.target = target; self.path = path
        self.query = query; self.headers = headers; self.body = body
    }

    /// A request whose `path` and `query` are decoded from `target` (handy in tests).
    /// Throws an `HTTPError` (400 `bad_request`) for invalid percent-encoding or UTF-8.
    public init(method: String, target: String, headers: [(name: String, value: String)] = [],
                body: [UInt8] = []) throws {
        let decoded = try RequestTarget(Array(target.utf8))
        self.init(method: method, target: target, path: decoded.path, query: decoded.query,
                  headers: headers, body: body)
    }

    /// First value of a header, case-insensitive name.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveEquals(name) }?.value
    }

    /// First value of a query parameter.
    public func queryValue(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }
}
