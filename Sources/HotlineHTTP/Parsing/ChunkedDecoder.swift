/// Incremental decoder of a chunked request body (RFC 9112 §7.1); trailer fields are read and ignored.
///
/// It consumes bytes from the parser's buffer as they arrive and can stop anywhere, even inside a
/// chunk-size line, resuming on the next call.
struct ChunkedDecoder {
    private enum State {
        case sizeLine
        case data(remaining: Int)
        case dataEnd
        case trailers
        case done
    }

    /// The longest chunk-size line accepted (size plus extensions).
    static let maxSizeLineBytes = 4096

    private var state = State.sizeLine
    private(set) var body: [UInt8] = []
    private var trailerBytes = 0
    private let maxBodyBytes: Int
    private let maxTrailerBytes: Int

    init(maxBodyBytes: Int, maxTrailerBytes: Int) {
        self.maxBodyBytes = maxBodyBytes
        self.maxTrailerBytes = maxTrailerBytes
    }

    /// Consumes what it can of `buffer[index...]`, advancing `index`; true once the body is complete.
    mutating func consume(_ buffer: [UInt8], from index: inout Int) throws(HTTPError) -> Bool {
        while true {
            switch state {
            case .sizeLine:
                guard let line = try Self.line(in: buffer, from: &index, limit: Self.maxSizeLineBytes) else { return false }
                let size = try Self.chunkSize(line)
                guard size <= maxBodyBytes - body.count else { throw .payloadTooLarge(limit: maxBodyBytes) }
                state = size == 0 ? .trailers : .data(remaining: size)
            case .data(let remaining):
                let available = min(remaining, buffer.count - index)
                guard available > 0 else { return false }
                body.append(contentsOf: buffer[index..<(index + available)])
                index += available
                state = available == remaining ? .dataEnd : .data(remaining: remaining - available)
            case .dataEnd:
                guard index < buffer.count else { return false }
                if buffer[index] == ASCII.lf {
                    index += 1
                } else if buffer[index] == ASCII.cr {
                    guard index + 1 < buffer.count else { return false }
                    guard buffer[index + 1] == ASCII.lf else { throw .badRequest("bare CR after chunk data") }
                    index += 2
                } else {
                    throw .badRequest("chunk data longer than its declared size")
                }
                state = .sizeLine
            case .trailers:
                let before = index
                guard let line = try Self.line(in: buffer, from: &index, limit: maxTrailerBytes - trailerBytes) else {
                    return false
                }
                if line.isEmpty { state = .done; return true }
                trailerBytes += index - before
                guard trailerBytes <= maxTrailerBytes else { throw .headerTooLarge(limit: maxTrailerBytes) }
            case .done:
                return true
            }
        }
    }

    /// The next line (without CR LF) if complete; nil when more bytes are needed.
    private static func line(in buffer: [UInt8], from index: inout Int, limit: Int) throws(HTTPError) -> ArraySlice<UInt8>? {
        let lf = buffer[index...].firstIndex(of: ASCII.lf)
        // The limit holds whether or not the line ended in the bytes received so far.
        guard (lf ?? buffer.count) - index <= limit else { throw .badRequest("chunk size line or trailer too long") }
        guard let lf else { return nil }
        var line = buffer[index..<lf]
        if line.last == ASCII.cr { line = line.dropLast() }
        guard !line.contains(ASCII.cr) else { throw .badRequest("bare CR in chunked body") }
        index = lf + 1
        return line
    }

    /// The hexadecimal size at the start of a chunk-size line (extensions after ";" are ignored).
    private static func chunkSize(_ line: ArraySlice<UInt8>) throws(HTTPError) -> Int {
        var digits = line.prefix { $0 != ASCII.semicolon }
        while let last = digits.last, last == ASCII.space || last == ASCII.tab { digits = digits.dropLast() }
        guard !digits.isEmpty, digits.count <= 15 else { throw .badRequest("invalid chunk size") }
        var size = 0
        for byte in digits {
            guard let value = ASCII.hexValue(byte) else { throw .badRequest("invalid chunk size") }
            size = size << 4 | value
        }
        return size
    }
}
