import Foundation
import HotlineExtract

/// An article as a client submitted it, validated: text plus optional metadata.
public struct ArticleSubmission: Sendable, Equatable {
    public var text: String
    public var url: String?
    public var title: String?
    /// Publication day (`YYYY-MM-DD`), from a day or a full timestamp.
    public var publishedAt: EventDate?
    /// ISO 639-1 code, lowercase.
    public var language: String?

    /// Validates every field; throws `ServiceError` naming the first bad one.
    public init(text: String, url: String?, title: String?, publishedAt: String?, language: String?) throws {
        let trimmed = text.trimmedOfWhitespaceAndNewlines()
        guard !trimmed.isEmpty else { throw ServiceError.invalidParameter("text", "the article text is empty") }
        self.text = text.withUnixLineEnds()
        self.url = try Self.validURL(url)
        self.title = title.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        self.publishedAt = try Self.validDay(publishedAt)
        self.language = try Self.validLanguage(language)
    }

    static func validURL(_ raw: String?) throws -> String? {
        guard let raw = raw?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
        guard raw.utf8.count <= 2048, let url = URL(string: raw), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty else {
            throw ServiceError.invalidParameter("url", "expected an absolute http(s) URL")
        }
        return raw
    }

    static func validDay(_ raw: String?) throws -> EventDate? {
        guard let raw = raw?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
        guard let date = EventDate(iso: raw), date.precision == .day else {
            throw ServiceError.invalidParameter("published_at", "expected YYYY-MM-DD or an ISO 8601 timestamp")
        }
        return date
    }

    static func validLanguage(_ raw: String?) throws -> String? {
        guard let raw = raw?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
        let code = raw.lowercased()
        guard code.count == 2, code.allSatisfy({ ("a"..."z").contains($0) }) else {
            throw ServiceError.invalidParameter("language", "expected an ISO 639-1 code such as en, fr, es or ar")
        }
        return code
    }

    /// Hex SHA-256 of the text with surrounding white space removed: the same text twice is one article.
    public var textHash: String {
        SHA256.hex(Array(text.trimmedOfWhitespaceAndNewlines().utf8))
    }
}
