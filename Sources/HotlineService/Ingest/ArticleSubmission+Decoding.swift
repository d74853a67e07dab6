import Foundation
import HotlineExtract

extension ArticleSubmission {
    /// Reads a submission from an HTTP body: JSON (CONTRACT.md), or text/plain or text/html with
    /// metadata in `parameters` (url, title, published_at, language).
    public static func decode(body: [UInt8], contentType: String?, parameters: [String: String]) throws -> ArticleSubmission {
        let media = (contentType ?? "application/json").split(separator: ";").first
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        switch media {
        case "application/json", "":
            return try fromJSON(body, defaults: parameters)
        case "text/plain", "text/html":
            guard let text = String(validating: body, as: UTF8.self) else {
                throw ServiceError.badRequest("the body is not valid UTF-8")
            }
            var title = parameters["title"]
            var plain = text
            if media == "text/html" {
                let page = HTMLText.extract(html: text)
                plain = page.text
                title = title ?? page.title
            }
            return try ArticleSubmission(text: plain, url: parameters["url"], title: title,
                                         publishedAt: parameters["published_at"], language: parameters["language"])
        default:
            throw ServiceError.unsupportedMediaType(media)
        }
    }

    /// Validates query metadata (url, title, published_at, language) on its own, whether or not
    /// the body's own members will override it; throws `ServiceError`.
    static func validateMetadata(_ parameters: [String: String]) throws {
        if let title = parameters["title"], title.utf8.contains(0) {
            throw ServiceError.invalidParameter("title", "contains a NUL character (U+0000)")
        }
        _ = try validURL(parameters["url"])
        _ = try validDay(parameters["published_at"])
        _ = try validLanguage(parameters["language"])
    }

    /// `{"text": ..., "url": ..., "title": ..., "published_at": ..., "language": ..., "format": "text"|"html"}`.
    /// Members the object leaves out (or sets to null) are taken from `defaults` (query metadata).
    static func fromJSON(_ body: [UInt8], defaults: [String: String] = [:]) throws -> ArticleSubmission {
        guard !body.isEmpty else { throw ServiceError.invalidJSON("the body is empty; expected a JSON object") }
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(body), options: [])
        } catch {
            throw ServiceError.invalidJSON("the body is not valid JSON", cause: error)
        }
        return try fromJSONValue(value, defaults: defaults)
    }

    /// A submission from an already parsed JSON value (an element of a batch).
    static func fromJSONValue(_ value: Any, defaults: [String: String] = [:]) throws -> ArticleSubmission {
        guard let object = value as? [String: Any] else {
            throw ServiceError.invalidJSON("expected a JSON object with a \"text\" member")
        }
        func optionalString(_ key: String) throws -> String? {
            switch object[key] {
            case nil, is NSNull: return defaults[key]
            case let s as String: return s
            default: throw ServiceError.invalidParameter(key, "expected a string or null")
            }
        }
        guard let text = try optionalString("text") else {
            throw ServiceError.invalidParameter("text", "required")
        }
        var plain = text
        var title = try optionalString("title")
        switch try optionalString("format") ?? "text" {
        case "text": break
        case "html":
            let page = HTMLText.extract(html: text)
            plain = page.text
            title = title ?? page.title
        default: throw ServiceError.invalidParameter("format", "expected \"text\" or \"html\"")
        }
        return try ArticleSubmission(text: plain, url: try optionalString("url"), title: title,
                                     publishedAt: try optionalString("published_at"), language: try optionalString("language"))
    }
}
