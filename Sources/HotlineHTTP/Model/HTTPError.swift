/// The HTTP layer's own errors (malformed requests, limits, routing), answered as JSON errors.
public struct HTTPError: APIError, Equatable, Sendable {
    public let status: Int
    public let code: String
    public let message: String

    public init(status: Int, code: String, message: String) {
        self.status = status; self.code = code; self.message = message
    }

    /// 400 `bad_request`: the request is malformed.
    public static func badRequest(_ message: String) -> HTTPError {
        HTTPError(status: 400, code: "bad_request", message: message)
    }

    /// 401 `unauthorized`: a bearer token is missing or wrong (the message never repeats it).
    public static func unauthorized(_ message: String) -> HTTPError {
        HTTPError(status: 401, code: "unauthorized", message: message)
    }

    /// 429 `rate_limited`: the client sent more writes than its rate allows.
    public static func tooManyRequests(retryAfter seconds: Int) -> HTTPError {
        HTTPError(status: 429, code: "rate_limited",
                  message: "too many write requests from this client; retry after \(seconds) s")
    }

    /// 404 `not_found`: no route for the path.
    public static func notFound(_ path: String) -> HTTPError {
        HTTPError(status: 404, code: "not_found", message: "no route for \(path)")
    }

    /// 405 `method_not_allowed`: the path exists but not with this method.
    public static func methodNotAllowed(_ method: String, allowed: [String]) -> HTTPError {
        HTTPError(status: 405, code: "method_not_allowed",
                  message: "method \(method) not allowed; allowed: \(allowed.joined(separator: ", "))")
    }

    /// 413 `payload_too_large`: the body exceeds `ServerLimits.maxBodyBytes`.
    public static func payloadTooLarge(limit: Int) -> HTTPError {
        HTTPError(status: 413, code: "payload_too_large", message: "request body exceeds \(limit) bytes")
    }

    /// 431 `header_too_large`: request line plus headers exceed `ServerLimits.maxHeaderBytes`.
    public static func headerTooLarge(limit: Int) -> HTTPError {
        HTTPError(status: 431, code: "header_too_large",
                  message: "request line and headers exceed \(limit) bytes")
    }

    /// 431 `header_too_large`: more header fields than `ServerLimits.maxHeaderCount`.
    public static func tooManyHeaders(limit: Int) -> HTTPError {
        HTTPError(status: 431, code: "header_too_large", message: "more than \(limit) header fields")
    }

    /// 408 `request_timeout`: the request did not arrive completely within the server's timeout.
    public static let requestTimeout = HTTPError(status: 408, code: "request_timeout",
                                                 message: "the request did not arrive in time")

    /// 501 `not_implemented`: a method or transfer coding the server does not implement.
    public static func notImplemented(_ message: String) -> HTTPError {
        HTTPError(status: 501, code: "not_implemented", message: message)
    }

    /// 505 `http_version_not_supported`: a major HTTP version other than 1.
    public static let versionNotSupported = HTTPError(status: 505, code: "http_version_not_supported",
                                                      message: "only HTTP/1.1 and HTTP/1.0 are supported")

    /// 500 `internal`: a handler failed; nothing about the failure is disclosed.
    public static let internalError = HTTPError(status: 500, code: "internal", message: "internal error")
}
