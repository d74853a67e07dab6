/// A complete request from the parser, plus what the connection needs to know about it.
struct ParsedRequest {
    var request: HTTPRequest
    /// HTTP minor version (0 or 1).
    var minorVersion: Int
    /// Whether the client wants the connection kept open after the response.
    var keepAlive: Bool
}
