import HotlineHTTP

/// The OpenAPI 3.1 description of the whole API: `Resources/openapi.json`, compiled into the
/// module by the EmbedData plugin and served at `GET /openapi.json`.
public enum OpenAPIDocument {
    /// The document's exact text.
    public static var text: String { EmbeddedData.text(named: "openapi.json") ?? "" }

    static let bytes = Array(text.utf8)
}

extension HotlineAPI {
    /// `GET /openapi.json`.
    func openAPI(_ request: HTTPRequest) throws -> HTTPResponse {
        _ = try QueryParameters(request, allowed: [])
        return .json(200, OpenAPIDocument.bytes)
    }
}
