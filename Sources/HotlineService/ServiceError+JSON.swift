import Foundation

extension ServiceError {
    /// 400 `invalid_json` with the parser's own explanation appended (e.g. "Too many nested arrays
    /// or dictionaries around character 513.", "Invalid UTF-8 sequence ..."), which names the
    /// limit or the position of the fault and nothing of the server.
    static func invalidJSON(_ message: String, cause: any Error) -> ServiceError {
        let detail = (cause as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return invalidJSON(detail.map { "\(message): \($0)" } ?? message)
    }

    /// 413 `text_too_long`: an article text beyond `ArticleSubmission.maxTextBytes`.
    static func textTooLong(_ bytes: Int) -> ServiceError {
        ServiceError(status: 413, code: "text_too_long",
                     message: "the article text has \(bytes) bytes (UTF-8); at most \(ArticleSubmission.maxTextBytes) are accepted per article")
    }
}
