import Foundation
import HotlineExtract
import HotlineHTTP
import HotlineService
import Testing

/// The OpenAPI document against the router: every route described, nothing described that is not routed.
@Suite(.serialized) struct OpenAPIDocumentTests {
    static let methods: Set<String> = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    static func document() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.text.utf8)) as? [String: Any])
    }

    /// "METHOD /path" for every operation of the document.
    static func operations(_ doc: [String: Any]) -> Set<String> {
        let paths = doc["paths"] as? [String: [String: Any]] ?? [:]
        return Set(paths.flatMap { path, item in
            item.keys.filter { methods.contains($0) }.map { "\($0.uppercased()) \(path)" }
        })
    }

    @Test func everyRouteIsDescribedAndEveryDescribedPathIsRouted() throws {
        let server = try TestServer()
        defer { server.stop() }
        let routes = Set(HotlineAPI(store: server.store).router.routes.map { "\($0.method) \($0.pattern)" })
        let doc = try Self.document()
        #expect(doc["openapi"] as? String == "3.1.0")
        #expect(routes.count >= 11 && routes.contains("GET /openapi.json"))
        let described = Self.operations(doc)
        #expect(routes.subtracting(described).isEmpty, "routes missing from the document: \(routes.subtracting(described).sorted())")
        #expect(described.subtracting(routes).isEmpty, "described but not routed: \(described.subtracting(routes).sorted())")
    }

    @Test func operationsDeclareTheirPathParametersAndAnswers() throws {
        let doc = try Self.document()
        let components = doc["components"] as? [String: Any] ?? [:]
        let sharedParameters = components["parameters"] as? [String: [String: Any]] ?? [:]
        for (path, item) in doc["paths"] as? [String: [String: Any]] ?? [:] {
            let captures = Set(path.split(separator: "/").filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) })
            for (method, value) in item where Self.methods.contains(method) {
                let operation = try #require(value as? [String: Any])
                let declared = (operation["parameters"] as? [[String: Any]] ?? []).compactMap { p -> String? in
                    let resolved = (p["$ref"] as? String).flatMap { sharedParameters[String($0.split(separator: "/").last ?? "")] } ?? p
                    return resolved["in"] as? String == "path" ? resolved["name"] as? String : nil
                }
                #expect(Set(declared) == captures, "\(method) \(path)")
                let statuses = (operation["responses"] as? [String: Any] ?? [:]).keys
                #expect(statuses.contains { $0.hasPrefix("2") }, "\(method) \(path) has no 2xx")
                #expect(statuses.contains("400") && statuses.contains("500") || path == "/healthz", "\(method) \(path)")
                if method != "get" { #expect(statuses.contains("429") && statuses.contains("401"), "\(method) \(path)") }
            }
        }
    }

    @Test func everyReferenceResolves() throws {
        let doc = try Self.document()
        var refs: [String] = []
        func walk(_ value: Any) {
            if let object = value as? [String: Any] {
                if let ref = object["$ref"] as? String { refs.append(ref) }
                object.values.forEach(walk)
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(doc)
        #expect(refs.count > 50)
        for ref in Set(refs) {
            let parts = ref.split(separator: "/").dropFirst().map(String.init)
            #expect(ref.hasPrefix("#/"), "\(ref)")
            var node: Any? = doc
            for part in parts { node = (node as? [String: Any])?[part] }
            #expect(node != nil, "unresolved \(ref)")
        }
    }

    /// The country codes and office kinds the document enumerates are exactly the ones the
    /// service accepts (update the enums in openapi.json when the data changes).
    @Test func enumeratedVocabulariesMatchTheData() throws {
        let schemas = (try Self.document()["components"] as? [String: Any])?["schemas"] as? [String: Any]
        let office = (schemas?["Office"] as? [String: Any])?["properties"] as? [String: Any]
        let kinds = ((office?["kind"] as? [String: Any])?["enum"] as? [String]) ?? []
        #expect(Set(kinds) == Official.officeKinds)
        let codes = Set(((office?["country"] as? [String: Any])?["enum"] as? [String]) ?? [])
        let countriesFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/HotlineExtract/Resources/countries.json")
        let data = try Data(contentsOf: countriesFile)
        let list = (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["countries"] as? [[String: Any]] ?? []
        let known = Set(list.compactMap { $0["code"] as? String })
        #expect(known.count > 100)
        #expect(codes == known, "missing: \(known.subtracting(codes).sorted()), extra: \(codes.subtracting(known).sorted())")
        let extractor = Extractor()
        #expect(codes.allSatisfy(extractor.knowsCountry))
        let input = (schemas?["OfficialInput"] as? [String: Any])?["properties"] as? [String: Any]
        let inputCodes = ((input?["country"] as? [String: Any])?["enum"] as? [Any])?.compactMap { $0 as? String } ?? []
        #expect(Set(inputCodes) == known)
    }

    @Test func servedAtOpenAPIJSON() throws {
        let server = try TestServer()
        defer { server.stop() }
        let response = try server.client().get("/openapi.json")
        #expect(response.status == 200)
        #expect(response.headers["content-type"]?.hasPrefix("application/json") == true)
        #expect(response.text == OpenAPIDocument.text)
        let paths = (response.object["paths"] as? [String: Any])?.keys.sorted() ?? []
        #expect(paths.contains("/v1/events/{id}") && paths.contains("/v1/articles:batch"))
        #expect(try server.client().get("/openapi.json?x=1").status == 400)
    }
}
