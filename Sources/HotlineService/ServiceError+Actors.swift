extension ServiceError {
    /// A field of an actor body is missing or malformed (400).
    static func invalidActor(_ field: String, _ message: String) -> ServiceError {
        ServiceError(status: 400, code: "invalid_actor", message: "\(field): \(message)")
    }

    /// The request would duplicate something that exists (409).
    static func conflict(_ message: String) -> ServiceError {
        ServiceError(status: 409, code: "conflict", message: message)
    }
}
