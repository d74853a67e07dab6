// PLACEHOLDER API: the HTTP helper implements these; signatures are the contract with
// HotlineService and the CLI. Additive changes are fine; report any other change.

/// A parsed HTTP/1.1 request.
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

    public init(method: String, target: String, path: String, query: [(name: String, value: String)],
                headers: [(name: String, value: String)], body: [UInt8]) {
        self.method = method; self.target = target; self.path = path
        self.query = query; self.headers = headers; self.body = body
    }

    /// First value of a header, case-insensitive name.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// First value of a query parameter.
    public func queryValue(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }
}

/// A response; the server adds Content-Length, Date and Connection.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(status: Int, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.status = status; self.headers = headers; self.body = body
    }

    /// A JSON response from already-encoded UTF-8 bytes.
    public static func json(_ status: Int, _ body: [UInt8]) -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Content-Type", "application/json; charset=utf-8")], body: body)
    }

    /// `{"error": {"code": ..., "message": ...}}` with the given status.
    public static func error(_ status: Int, code: String, message: String, headers: [(name: String, value: String)] = []) -> HTTPResponse {
        HTTPResponse(status: status, headers: headers, body: [])  // PLACEHOLDER
    }
}

/// An error that knows its HTTP answer; the router turns it into a JSON error response.
public protocol APIError: Error {
    var status: Int { get }
    var code: String { get }
    var message: String { get }
}

/// Method + path-pattern routing ("/v1/events/{id}"); 404 for unknown paths, 405 with `Allow`
/// for known paths with another method; HEAD is served by the GET handler without a body.
public struct Router: Sendable {
    /// A handler gets the request and the pattern's captured parameters.
    public typealias Handler = @Sendable (HTTPRequest, [String: String]) throws -> HTTPResponse

    public init() {}

    public mutating func add(_ method: String, _ pattern: String, _ handler: @escaping Handler) {}

    /// The response for `request`: the handler's, or a JSON error (APIError → its status;
    /// anything else → 500 with a generic message).
    public func respond(to request: HTTPRequest) -> HTTPResponse { HTTPResponse(status: 404) }

    /// Every (method, pattern) registered, for documentation and tests.
    public var routes: [(method: String, pattern: String)] { [] }
}

/// Limits of the server; each has a clear JSON error or closes the connection.
public struct ServerLimits: Sendable {
    /// Request line plus headers; more answers 431.
    public var maxHeaderBytes = 16 * 1024
    /// Body; more answers 413.
    public var maxBodyBytes = 4 << 20
    /// Seconds allowed to receive a complete request head once its first byte arrived.
    public var headerTimeout: Double = 10
    /// Seconds an idle keep-alive connection is kept.
    public var idleTimeout: Double = 60
    /// Connections served at once; further ones wait in the listen backlog.
    public var maxConnections = 256

    public init() {}
}

/// HTTP/1.1 server on POSIX sockets.
public final class HTTPServer: Sendable {
    public typealias Handler = @Sendable (HTTPRequest) -> HTTPResponse

    public init(host: String, port: UInt16, limits: ServerLimits = ServerLimits(), handler: @escaping Handler) {}

    /// Binds and starts accepting on background threads; returns the bound port (useful with port 0).
    public func start() throws -> UInt16 { 0 }

    /// Stops accepting, lets in-flight requests finish, closes idle connections, then returns.
    public func shutdown() {}

    /// Blocks until `shutdown()` has completed.
    public func waitUntilStopped() {}
}
