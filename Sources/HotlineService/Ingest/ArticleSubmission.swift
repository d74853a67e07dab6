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

    /// The longest article text accepted, in UTF-8 bytes (after HTML is reduced to text): about 40
    /// times a long news article. It bounds the extractor's work per article (sentences, tokens,
    /// mentions all grow with the text), so any article is extracted in bounded time and memory.
    public static let maxTextBytes = 200_000
    /// The longest title accepted, in UTF-8 bytes (the extractor reads the title too).
    public static let maxTitleBytes = 2048

    /// Validates every field; throws `ServiceError` naming the first bad one (a text over
    /// `maxTextBytes` is a 413 `text_too_long`).
    public init(text: String, url: String?, title: String?, publishedAt: String?, language: String?) throws {
        guard text.utf8.count <= Self.maxTextBytes else { throw ServiceError.textTooLong(text.utf8.count) }
        // NUL is never part of an article; refusing it keeps it out of every C string downstream.
        guard !text.utf8.contains(0), !(title?.utf8.contains(0) ?? false) else {
            throw ServiceError.invalidParameter(text.utf8.contains(0) ? "text" : "title", "contains a NUL character (U+0000)")
        }
        let trimmed = text.trimmedOfWhitespaceAndNewlines()
        guard !trimmed.isEmpty else { throw ServiceError.invalidParameter("text", "the article text is empty") }
        self.text = text.withUnixLineEnds()
        self.url = try Self.validURL(url)
        self.title = title.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        if let title = self.title, title.utf8.count > Self.maxTitleBytes {
            throw ServiceError.invalidParameter("title", "at most \(Self.maxTitleBytes) bytes (UTF-8)")
        }
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
