import Foundation

/// The host part of a URL written in an article's metadata, without Foundation's URL parsing
/// (which rejects some real-world URLs with spaces or non-ASCII paths).
enum URLHost {
    /// "https://www.gov.uk/news/x" -> "www.gov.uk"; nil when no host can be read.
    static func host(of url: String) -> String? {
        var rest = Substring(url.trimmingCharacters(in: .whitespaces))
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        let afterUser = host.split(separator: "@").last.map(Substring.init) ?? host
        guard afterUser.contains("."), !afterUser.contains(" ") else { return nil }
        return String(afterUser)
    }
}
