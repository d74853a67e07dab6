import HotlineExtract
import HotlineHTTP
import HotlineStore

/// The Hotline HTTP API: routes and handlers over a store and an extractor.
public struct HotlineAPI: Sendable {
    public let store: Store
    public let ingestor: ArticleIngestor
    /// Officials added or corrected through `POST /v1/actors` and `PATCH /v1/actors/{id}`.
    public let officials: UserOfficials

    /// Starts with `extractor` as given: the user officials stored in the database are not
    /// loaded until the first change (use `init(loading:)` to start with them).
    public init(store: Store, extractor: Extractor = Extractor()) {
        self.store = store
        self.ingestor = ArticleIngestor(store: store, extractor: extractor)
        self.officials = UserOfficials(store: store, ingestor: ingestor)
    }

    /// Starts with the bundled knowledge base extended by the user officials stored in `store`.
    public init(loading store: Store) throws {
        self.init(store: store, extractor: try UserOfficials.extractor(loading: store))
    }

    /// Every route of the API. A storage failure (disk full, read-only or failing database)
    /// answers 503 from any of them (`ServiceError.storage`).
    public var router: Router {
        var r = Router()
        func add(_ method: String, _ pattern: String, _ handler: @escaping Router.Handler) {
            r.add(method, pattern) { req, p in try ServiceError.mappingStorageFailures { try handler(req, p) } }
        }
        add("GET", "/healthz") { _, _ in try self.health() }
        add("GET", "/openapi.json") { req, _ in try self.openAPI(req) }
        add("POST", "/v1/articles") { req, _ in try self.postArticle(req) }
        add("POST", "/v1/articles:batch") { req, _ in try self.postArticleBatch(req) }
        add("GET", "/v1/articles/{id}") { req, p in try self.getArticle(req, p) }
        add("GET", "/v1/events") { req, _ in try self.listEvents(req) }
        add("GET", "/v1/events/{id}") { req, p in try self.getEvent(req, p) }
        add("GET", "/v1/actors") { req, _ in try self.listActors(req) }
        add("GET", "/v1/actors/{id}") { req, p in try self.getActor(req, p) }
        add("POST", "/v1/actors") { req, _ in try self.postActor(req) }
        add("PATCH", "/v1/actors/{id}") { req, p in try self.patchActor(req, p) }
        return r
    }

    /// Maps store errors that are the client's fault to API errors.
    func storeCall<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch StoreError.invalidCursor {
            throw ServiceError.unprocessable("cursor", "not a cursor this server issued", code: "invalid_cursor")
        } catch StoreError.invalidQuery(let message) {
            // reached only by filters the handlers already checked for form ("actor" with no
            // letter or digit, a rule of Unicode classes the API description cannot state)
            throw ServiceError(status: 422, code: "invalid_query", message: message)
        } catch StoreError.closed {
            throw ServiceError.unavailable
        }
    }

    static func json(_ status: Int = 200, _ write: (inout JSONWriter) -> Void) -> HTTPResponse {
        var w = JSONWriter()
        write(&w)
        return .json(status, w.bytes)
    }
}
