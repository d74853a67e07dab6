import Foundation

/// Reduces an HTML page to its title and readable text: scripts, styles, navigation, headers,
/// footers, asides, forms and comments are dropped; block elements become paragraph breaks;
/// entities are decoded.
public enum HTMLText {
    static let droppedElements = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "iframe", "template", "button", "select"]
    static let blockElements: Set<String> = ["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "article",
                                             "section", "blockquote", "tr", "table", "figcaption", "figure", "main", "title", "hr", "dd", "dt"]

    public static func extract(html: String) -> (title: String?, text: String) {
        var s = html
        s = replacing(Patterns.comment, in: s, with: " ")
        let title = Patterns.title.flatMap { firstGroup(of: $0, in: s) }.map { decodeEntities(collapse($0)) }
        for element in Patterns.droppedElements {
            s = replacing(element, in: s, with: "\n\n")
        }
        s = replacing(Patterns.head, in: s, with: " ")
        // Block tags become breaks; inline tags vanish.
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == "<", let close = s[i...].firstIndex(of: ">") {
                let inner = s[s.index(after: i)..<close].lowercased()
                let name = inner.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }
                if blockElements.contains(String(name)) { out += "\n\n" }
                i = s.index(after: close)
            } else {
                out.append(s[i])
                i = s.index(after: i)
            }
        }
        let paragraphs = decodeEntities(out).components(separatedBy: "\n")
            .map(collapse)
        var text = ""
        var blank = 0
        for p in paragraphs {
            if p.isEmpty { blank += 1; continue }
            if !text.isEmpty { text += blank >= 1 ? "\n\n" : "\n" }
            text += p
            blank = 0
        }
        return (title?.isEmpty == true ? nil : title, text)
    }

    static func collapse(_ s: String) -> String {
        replacing(Patterns.blanks, in: s, with: " ").trimmingCharacters(in: .whitespaces)
    }

    /// The regular expressions of the page, compiled once (nil only if a pattern were invalid).
    enum Patterns {
        static let comment = compile("<!--[\\s\\S]*?-->", [])
        static let title = compile("<title[^>]*>([\\s\\S]*?)</title>", .caseInsensitive)
        static let droppedElements = HTMLText.droppedElements.map { compile("<\($0)\\b[^>]*>[\\s\\S]*?</\($0)\\s*>", .caseInsensitive) }
        static let head = compile("<head\\b[^>]*>[\\s\\S]*?</head\\s*>", .caseInsensitive)
        static let blanks = compile("[ \\t\\u00A0]+", [])

        static func compile(_ pattern: String, _ options: NSRegularExpression.Options) -> NSRegularExpression? {
            try? NSRegularExpression(pattern: pattern, options: options)
        }
    }

    /// `s` with every match of `re` replaced by `template` (as `replacingOccurrences` with
    /// `.regularExpression` does); `s` unchanged without a pattern.
    static func replacing(_ re: NSRegularExpression?, in s: String, with template: String) -> String {
        guard let re else { return s }
        return re.stringByReplacingMatches(in: s, range: NSRange(s.startIndex..., in: s), withTemplate: template)
    }

    static func firstGroup(of re: NSRegularExpression, in s: String) -> String? {
        guard let m = re.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)), m.numberOfRanges > 1,
              let r = Range(m.range(at: 1), in: s) else { return nil }
        return String(s[r])
    }

    static let namedEntities: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
                                                  "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "mdash": "—", "ndash": "–",
                                                  "hellip": "…", "laquo": "«", "raquo": "»", "eacute": "é", "egrave": "è", "agrave": "à",
                                                  "ccedil": "ç", "ecirc": "ê", "ocirc": "ô", "iacute": "í", "oacute": "ó", "aacute": "á",
                                                  "uacute": "ú", "ntilde": "ñ"]

    /// Decodes named, decimal and hexadecimal character references; unknown ones stay as written.
    static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == "&", let semi = s[i...].prefix(12).firstIndex(of: ";") {
                let body = s[s.index(after: i)..<semi]
                var decoded: String?
                if body.hasPrefix("#x") || body.hasPrefix("#X") {
                    decoded = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else if body.hasPrefix("#") {
                    decoded = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else {
                    decoded = namedEntities[String(body)]
                }
                if let decoded {
                    out += decoded
                    i = s.index(after: semi)
                    continue
                }
            }
            out.append(s[i])
            i = s.index(after: i)
        }
        return out
    }
}
