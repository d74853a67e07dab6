/// Incremental HTTP/1.1 request parser: feed it bytes as they arrive, take complete requests out.
///
/// Pure (no I/O), so it is unit-tested without sockets. Pipelined requests come out one by one in
/// order. Any thrown `HTTPError` is final: the connection answers it and closes.
struct RequestParser {
    /// What `next()` found.
    enum Event {
        case request(ParsedRequest)
        case needMore
    }

    /// Buffer capacity kept between requests; a larger one (after a big body) is released.
    private static let retainedCapacity = 256 * 1024

    private let maxHeaderBytes: Int
    private let maxBodyBytes: Int
    private let maxHeaderCount: Int
    private var buffer: [UInt8] = []
    /// First byte not yet consumed.
    private var start = 0
    /// Where the search for the end of the head resumes.
    private var scanned = 0
    private var head: RequestHead?
    private var chunked: ChunkedDecoder?
    /// Set once per request whose head asked for `100 Continue`; cleared by `takeContinueRequest()`.
    private var continuePending = false

    init(limits: ServerLimits) {
        maxHeaderBytes = limits.maxHeaderBytes
        maxBodyBytes = limits.maxBodyBytes
        maxHeaderCount = limits.maxHeaderCount
        buffer.reserveCapacity(16 * 1024)
    }

    /// True when nothing of a next request has been received (the connection is idle).
    var isIdle: Bool { head == nil && start == buffer.count }

    /// True while the head of a request is incomplete (the header timeout applies).
    var isReadingHead: Bool { head == nil && start < buffer.count }

    mutating func append(_ bytes: some Collection<UInt8>) {
        if start == buffer.count {
            // Keep a small buffer for the next request, but give back the room a large body took.
            buffer.removeAll(keepingCapacity: buffer.capacity <= Self.retainedCapacity)
            start = 0; scanned = 0
        } else if start >= 64 * 1024 {
            buffer.removeFirst(start)
            scanned -= start; start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// True once if the current request's head asked for `100 Continue` and its body is still expected.
    mutating func takeContinueRequest() -> Bool {
        defer { continuePending = false }
        return continuePending
    }

    /// The next complete request, or `.needMore`.
    mutating func next() throws(HTTPError) -> Event {
        if head == nil {
            guard let parsed = try parseHead() else { return .needMore }
            head = parsed
            if parsed.framing == .chunked {
                chunked = ChunkedDecoder(maxBodyBytes: maxBodyBytes, maxTrailerBytes: maxHeaderBytes)
            }
            continuePending = parsed.expectsContinue
        }
        guard let current = head, let body = try readBody(current.framing) else { return .needMore }
        head = nil; chunked = nil; continuePending = false
        let request = HTTPRequest(method: current.method, target: current.target, path: current.decodedTarget.path,
                                  query: current.decodedTarget.query, headers: current.headers, body: body)
        return .request(ParsedRequest(request: request, minorVersion: current.minorVersion, keepAlive: current.keepAlive))
    }

    /// Finds and parses a complete head, consuming it; nil when it has not fully arrived.
    private mutating func parseHead() throws(HTTPError) -> RequestHead? {
        skipLeadingEmptyLines()
        guard start < buffer.count else { return nil }
        guard let (headEnd, next) = findHeadEnd() else {
            if buffer.count - start > maxHeaderBytes { throw .headerTooLarge(limit: maxHeaderBytes) }
            return nil
        }
        guard headEnd - start <= maxHeaderBytes else { throw .headerTooLarge(limit: maxHeaderBytes) }
        let parsed = try RequestHead(buffer[start..<headEnd], maxBodyBytes: maxBodyBytes, maxHeaderCount: maxHeaderCount)
        start = next; scanned = next
        return parsed
    }

    /// RFC 9112 §2.2: empty lines before a request line are ignored.
    private mutating func skipLeadingEmptyLines() {
        while start < buffer.count {
            if buffer[start] == ASCII.lf {
                start += 1
            } else if buffer[start] == ASCII.cr, start + 1 < buffer.count, buffer[start + 1] == ASCII.lf {
                start += 2
            } else {
                break
            }
        }
        scanned = max(scanned, start)
    }

    /// The end of the last header line (before its line break) and the index after the blank line.
    private mutating func findHeadEnd() -> (headEnd: Int, next: Int)? {
        let found: (Int, Int)? = buffer.withUnsafeBufferPointer { bytes in
            var index = max(scanned, start)
            while index < bytes.count {
                if bytes[index] == ASCII.lf {
                    // A line feed ends the head when the line it ends is empty ("\n\n" or "\n\r\n").
                    if index >= start + 1, bytes[index - 1] == ASCII.lf { return (index - 1, index + 1) }
                    if index >= start + 2, bytes[index - 1] == ASCII.cr, bytes[index - 2] == ASCII.lf {
                        return (index - 2, index + 1)
                    }
                }
                index += 1
            }
            return nil
        }
        if found == nil { scanned = buffer.count }
        return found
    }

    /// The body if complete (consuming it), nil if more bytes are needed.
    private mutating func readBody(_ framing: BodyFraming) throws(HTTPError) -> [UInt8]? {
        switch framing {
        case .none:
            return []
        case .length(let length):
            guard buffer.count - start >= length else { return nil }
            defer { start += length; scanned = start }
            return Array(buffer[start..<(start + length)])
        case .chunked:
            guard var decoder = chunked else { return nil }
            chunked = nil  // keep the decoder uniquely referenced while it grows
            let done = try decoder.consume(buffer, from: &start)
            scanned = start
            if done { return decoder.body }
            chunked = decoder
            return nil
        }
    }
}
