import Foundation

/// The articles of a `POST /v1/articles:batch` body, each decoded on its own: NDJSON
/// (`application/x-ndjson`, one JSON article per non-blank line) or a JSON array of articles
/// (`application/json`). An element that does not decode is kept as its error, so one bad
/// line never fails the others.
struct BatchBody {
    /// Articles accepted in one batch at most (the write lock is held for the whole batch).
    static let maxArticles = 1_000

    /// True when the client sent NDJSON (the answer is NDJSON too), false for a JSON array.
    let isNDJSON: Bool
    let items: [Result<ArticleSubmission, any Error>]

    init(body: [UInt8], contentType: String?) throws {
        let media = (contentType ?? "application/json").split(separator: ";").first
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        switch media {
        case "application/x-ndjson", "application/jsonl", "application/json-seq":
            isNDJSON = true
            items = body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
                .filter { line in line.contains { !Self.isSpace($0) } }
                .map { line in Result { try ArticleSubmission.fromJSON(Array(line)) } }
        case "application/json", "":
            isNDJSON = false
            let value: Any
            do {
                value = try JSONSerialization.jsonObject(with: Data(body), options: [])
            } catch {
                throw ServiceError.invalidJSON("the body is not valid JSON; expected an array of articles", cause: error)
            }
            guard let array = value as? [Any] else {
                throw ServiceError.invalidJSON("expected a JSON array of articles (or NDJSON with Content-Type application/x-ndjson)")
            }
            items = array.map { element in Result { try ArticleSubmission.fromJSONValue(element) } }
        default:
            throw ServiceError.unsupportedMediaType(media)
        }
        guard !items.isEmpty else { throw ServiceError.badRequest("the batch holds no article") }
        guard items.count <= Self.maxArticles else {
            throw ServiceError.badRequest("a batch holds at most \(Self.maxArticles) articles; got \(items.count)")
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }
}
