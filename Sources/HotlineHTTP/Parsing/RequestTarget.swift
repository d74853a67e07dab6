/// The decoded parts of an origin-form request-target: path and query items.
///
/// Percent-escapes are decoded in both; in the query `+` means a space. Invalid escapes or
/// bytes that do not decode to UTF-8 throw a 400 `bad_request`. An encoded NUL (`%00`) is kept:
/// it is valid UTF-8 and handlers validate their values (NUL never reaches SQL as a C string).
struct RequestTarget {
    var path: String
    var query: [(name: String, value: String)]

    init(_ target: [UInt8]) throws(HTTPError) {
        var target = target[...]
        if target.first != ASCII.slash { target = try Self.stripAbsoluteForm(target) }
        let questionMark = target.firstIndex(of: ASCII.question)
        let pathBytes = target[..<(questionMark ?? target.endIndex)]
        path = try Self.decode(pathBytes, plusIsSpace: false)
        query = []
        guard let questionMark else { return }
        // Split off a fragment if a client sent one (they should not).
        let rest = target[(questionMark + 1)...]
        let queryBytes = rest.prefix { $0 != UInt8(ascii: "#") }
        for item in queryBytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let equals = item.firstIndex(of: UInt8(ascii: "="))
            let name = try Self.decode(item[..<(equals ?? item.endIndex)], plusIsSpace: true)
            var value = ""
            if let equals { value = try Self.decode(item[(equals + 1)...], plusIsSpace: true) }
            query.append((name, value))
        }
    }

    /// "http://host/path?q" → "/path?q" (absolute-form, RFC 9112 §3.2.2); anything else is invalid.
    private static func stripAbsoluteForm(_ target: ArraySlice<UInt8>) throws(HTTPError) -> ArraySlice<UInt8> {
        let text = String(decoding: target.prefix(8), as: UTF8.self).lowercased()
        let schemeLength = text.hasPrefix("http://") ? 7 : text.hasPrefix("https://") ? 8 : 0
        guard schemeLength > 0 else { throw .badRequest("request-target must start with \"/\"") }
        let afterScheme = target.dropFirst(schemeLength)
        guard let slash = afterScheme.firstIndex(where: { $0 == ASCII.slash || $0 == ASCII.question }) else {
            return [ASCII.slash][...]
        }
        if target[slash] == ASCII.question { return ([ASCII.slash] + target[slash...])[...] }
        return target[slash...]
    }

    /// Percent-decodes `bytes` and validates the result as UTF-8.
    static func decode(_ bytes: ArraySlice<UInt8>, plusIsSpace: Bool) throws(HTTPError) -> String {
        if !bytes.contains(where: { $0 == ASCII.percent || ($0 == ASCII.plus && plusIsSpace) || $0 >= 0x80 }) {
            return String(decoding: bytes, as: UTF8.self)  // plain ASCII fast path
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == ASCII.percent {
                guard index + 2 < bytes.endIndex,
                      let high = ASCII.hexValue(bytes[index + 1]), let low = ASCII.hexValue(bytes[index + 2]) else {
                    throw .badRequest("invalid percent-encoding in request-target")
                }
                out.append(UInt8(high << 4 | low))
                index += 3
            } else {
                out.append(byte == ASCII.plus && plusIsSpace ? ASCII.space : byte)
                index += 1
            }
        }
        guard let text = String(validating: out, as: UTF8.self) else {
            throw .badRequest("request-target is not valid UTF-8")
        }
        return text
    }
}
