/// A response; the server adds Content-Length, Date, Server and Connection.
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

    /// `{"error": {"code": ..., "message": ...}}` with the given status (strings JSON-escaped).
    public static func error(_ status: Int, code: String, message: String,
                             headers: [(name: String, value: String)] = []) -> HTTPResponse {
        let text = "{\"error\":{\"code\":\(JSONString.quoted(code)),\"message\":\(JSONString.quoted(message))}}"
        var response = HTTPResponse.json(status, Array(text.utf8))
        response.headers.append(contentsOf: headers)
        return response
    }

    /// The JSON error response of an `APIError`.
    public static func error(_ error: some APIError, headers: [(name: String, value: String)] = []) -> HTTPResponse {
        .error(error.status, code: error.code, message: error.message, headers: headers)
    }

    /// First value of a header, case-insensitive name.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveEquals(name) }?.value
    }
}
