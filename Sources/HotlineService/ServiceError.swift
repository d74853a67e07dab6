import HotlineHTTP

/// Client errors of the API, each with its HTTP status and stable error code.
public struct ServiceError: APIError, Equatable {
    public let status: Int
    public let code: String
    public let message: String

    public init(status: Int, code: String, message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    static func badRequest(_ message: String) -> ServiceError {
        ServiceError(status: 400, code: "bad_request", message: message)
    }

    static func invalidParameter(_ name: String, _ message: String) -> ServiceError {
        ServiceError(status: 400, code: "invalid_parameter", message: "\(name): \(message)")
    }

    static func invalidJSON(_ message: String) -> ServiceError {
        ServiceError(status: 400, code: "invalid_json", message: message)
    }

    static func validation(_ message: String) -> ServiceError {
        ServiceError(status: 422, code: "invalid_article", message: message)
    }

    /// A request that matches the API description but breaks a rule the description cannot state
    /// (a cross-field rule such as `until` before `since`, or a reference to data that does not
    /// exist): 422, so that 400 always means "malformed".
    static func unprocessable(_ field: String, _ message: String, code: String) -> ServiceError {
        ServiceError(status: 422, code: code, message: "\(field): \(message)")
    }

    static func notFound(_ what: String) -> ServiceError {
        ServiceError(status: 404, code: "not_found", message: "\(what) not found")
    }

    static func unsupportedMediaType(_ type: String) -> ServiceError {
        ServiceError(status: 415, code: "unsupported_media_type",
                     message: "Content-Type \(type) is not supported; send application/json, text/plain or text/html")
    }

    static let unavailable = ServiceError(status: 503, code: "unavailable", message: "the database is unavailable")
}
