/// One article of the generated corpus, in the `POST /v1/articles` shape.
struct GeneratedArticle: Sendable {
    let url: String
    let title: String
    let text: String
    let language: String
    /// `YYYY-MM-DD`.
    let publishedAt: String
    /// True when the text reports a call (the generator wrote one).
    let hasCall: Bool

    /// The JSON object of `POST /v1/articles` (one line, no newline inside).
    var json: String {
        "{\"url\":\(Self.quoted(url)),\"title\":\(Self.quoted(title)),\"published_at\":\"\(publishedAt)\","
            + "\"language\":\"\(language)\",\"text\":\(Self.quoted(text))}"
    }

    private static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20: out += String(format: "\\u%04x", c.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
