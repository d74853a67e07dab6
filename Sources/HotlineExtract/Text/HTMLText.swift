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
        s = s.replacingOccurrences(of: "<!--[\\s\\S]*?-->", with: " ", options: .regularExpression)
        let title = firstMatch(in: s, pattern: "<title[^>]*>([\\s\\S]*?)</title>").map { decodeEntities(collapse($0)) }
        for tag in droppedElements {
            s = s.replacingOccurrences(of: "<\(tag)\\b[^>]*>[\\s\\S]*?</\(tag)\\s*>", with: "\n\n", options: [.regularExpression, .caseInsensitive])
        }
        s = s.replacingOccurrences(of: "<head\\b[^>]*>[\\s\\S]*?</head\\s*>", with: " ", options: [.regularExpression, .caseInsensitive])
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
        s.replacingOccurrences(of: "[ \\t\\u00A0]+", with: " ", options: .regularExpression).trimmingCharacters(in: .whitespaces)
    }

    static func firstMatch(in s: String, pattern: String) -> String? {
        guard let re = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]),
              let m = re.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)), m.numberOfRanges > 1,
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
