/// The request line and header fields of a request, validated, before its body.
struct RequestHead {
    var method: String
    var target: String
    var decodedTarget: RequestTarget
    var minorVersion: Int
    var headers: [(name: String, value: String)]
    var framing: BodyFraming
    var keepAlive: Bool
    /// The client sent `Expect: 100-continue` and waits for an interim response before the body.
    var expectsContinue: Bool

    /// Parses `bytes` (request line and header lines, without the blank line that ends them).
    init(_ bytes: ArraySlice<UInt8>, maxBodyBytes: Int, maxHeaderCount: Int = ServerLimits().maxHeaderCount) throws(HTTPError) {
        var lines = bytes.split(separator: ASCII.lf, omittingEmptySubsequences: false).makeIterator()
        guard let requestLine = lines.next() else { throw .badRequest("missing request line") }
        (method, target, decodedTarget, minorVersion) = try Self.parseRequestLine(Self.strip(requestLine))
        headers = []
        while let raw = lines.next() {
            guard headers.count < maxHeaderCount else { throw .tooManyHeaders(limit: maxHeaderCount) }
            headers.append(try Self.parseField(Self.strip(raw)))
        }
        // RFC 9112 §3.2: an HTTP/1.1 request without a Host, or with more than one, is a 400.
        let hosts = headers.count(where: { $0.name.caseInsensitiveEquals("Host") })
        guard hosts <= 1 else { throw .badRequest("more than one Host header field") }
        guard hosts == 1 || minorVersion == 0 else { throw .badRequest("an HTTP/1.1 request needs a Host header field") }
        framing = try Self.framing(headers, minorVersion: minorVersion, maxBodyBytes: maxBodyBytes)
        let connection = Self.tokens(headers, named: "Connection")
        keepAlive = minorVersion == 1 ? !connection.contains("close")
                                      : connection.contains("keep-alive") && !connection.contains("close")
        expectsContinue = minorVersion == 1 && framing != .none
            && Self.tokens(headers, named: "Expect").contains("100-continue")
    }

    /// A line without its trailing CR; a CR anywhere else is a bare CR.
    private static func strip(_ line: ArraySlice<UInt8>) throws(HTTPError) -> ArraySlice<UInt8> {
        var line = line
        if line.last == ASCII.cr { line = line.dropLast() }
        guard !line.contains(ASCII.cr) else { throw .badRequest("bare CR in request head") }
        return line
    }

    private static func parseRequestLine(_ line: ArraySlice<UInt8>)
        throws(HTTPError) -> (String, String, RequestTarget, Int) {
        let parts = line.split(separator: ASCII.space, maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw .badRequest("malformed request line")
        }
        guard parts[0].allSatisfy(ASCII.isTokenChar) else { throw .badRequest("malformed method") }
        guard parts[1].allSatisfy(ASCII.isTargetChar) else { throw .badRequest("malformed request-target") }
        let minor = try Self.minorVersion(parts[2])
        let decoded = try RequestTarget(Array(parts[1]))
        return (String(decoding: parts[0], as: UTF8.self), String(decoding: parts[1], as: UTF8.self), decoded, minor)
    }

    /// RFC 9112 §2.3: "HTTP/" DIGIT "." DIGIT. A later 1.x is served as 1.1; another major
    /// version is refused with 505.
    private static func minorVersion(_ version: ArraySlice<UInt8>) throws(HTTPError) -> Int {
        let bytes = Array(version)
        guard bytes.count == 8, bytes[0..<5].elementsEqual("HTTP/".utf8), bytes[6] == UInt8(ascii: "."),
              let major = ASCII.digitValue(bytes[5]), let minor = ASCII.digitValue(bytes[7]) else {
            throw .badRequest("malformed HTTP version (HTTP/1.1 or HTTP/1.0 expected)")
        }
        guard major == 1 else { throw .versionNotSupported }
        return min(minor, 1)
    }

    private static func parseField(_ line: ArraySlice<UInt8>) throws(HTTPError) -> (name: String, value: String) {
        if let first = line.first, first == ASCII.space || first == ASCII.tab {
            throw .badRequest("obsolete line folding in header field")
        }
        guard let colon = line.firstIndex(of: ASCII.colon) else { throw .badRequest("header line without colon") }
        let name = line[..<colon]
        guard !name.isEmpty, name.allSatisfy(ASCII.isTokenChar) else { throw .badRequest("invalid header field name") }
        var value = line[(colon + 1)...]
        while let first = value.first, first == ASCII.space || first == ASCII.tab { value = value.dropFirst() }
        while let last = value.last, last == ASCII.space || last == ASCII.tab { value = value.dropLast() }
        guard !value.contains(where: { ($0 < 32 && $0 != ASCII.tab) || $0 == 127 }) else {
            throw .badRequest("control character in header field value")
        }
        return (String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self))
    }

    /// Comma-separated, lowercased tokens of every field named `name`.
    private static func tokens(_ headers: [(name: String, value: String)], named name: String) -> [String] {
        headers.filter { $0.name.caseInsensitiveEquals(name) }.flatMap { field in
            field.value.split(separator: ",").map { $0.trimmingSpaces.lowercased() }
        }
    }

    private static func framing(_ headers: [(name: String, value: String)], minorVersion: Int,
                                maxBodyBytes: Int) throws(HTTPError) -> BodyFraming {
        let lengths = headers.filter { $0.name.caseInsensitiveEquals("Content-Length") }.map(\.value)
        let hasTransferEncoding = headers.contains { $0.name.caseInsensitiveEquals("Transfer-Encoding") }
        if hasTransferEncoding {
            guard lengths.isEmpty else { throw .badRequest("both Content-Length and Transfer-Encoding") }
            guard minorVersion == 1 else { throw .badRequest("Transfer-Encoding in an HTTP/1.0 request") }
            // RFC 9112 §6.3: chunked must come last, and once; other codings are not implemented.
            let codings = tokens(headers, named: "Transfer-Encoding")
            guard codings.last == "chunked", codings.count(where: { $0 == "chunked" }) == 1 else {
                throw .badRequest("invalid Transfer-Encoding (chunked must be the last coding, once)")
            }
            guard codings.count == 1 else {
                throw .notImplemented("unsupported Transfer-Encoding (only chunked is accepted)")
            }
            return .chunked
        }
        guard let text = lengths.first else { return .none }
        guard lengths.count == 1 else { throw .badRequest("more than one Content-Length") }
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
            throw .badRequest("invalid Content-Length")
        }
        // All digits: a value that does not fit in Int is simply too large.
        guard let length = Int(text), length <= maxBodyBytes else { throw .payloadTooLarge(limit: maxBodyBytes) }
        return length == 0 ? .none : .length(length)
    }
}
