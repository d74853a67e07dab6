@testable import HotlineHTTP

/// libFuzzer entry point for the HTTP request parser (`RequestParser`, `RequestHead`,
/// `ChunkedDecoder`, `RequestTarget`).
///
/// The first byte of the input chooses where the rest is cut into two deliveries. The parser must
/// never crash, must respect its limits, and must produce exactly the same requests (or the same
/// error) whether the bytes arrive at once or in two pieces.
@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let cut = bytes.isEmpty ? 0 : Int(data[0]) % (bytes.count + 1)
    let whole = ParseTrace(feeding: [bytes[...]])
    let split = ParseTrace(feeding: [bytes[..<cut], bytes[cut...]])
    guard whole == split else { fatalError("split delivery changed the result: \(whole) vs \(split)") }
    for request in whole.requests where request.body.count > ParseTrace.limits.maxBodyBytes {
        fatalError("body beyond the limit: \(request.body.count)")
    }
    return 0
}

/// What the parser made of a byte stream: the requests it produced and how it stopped.
struct ParseTrace: Equatable {
    struct Request: Equatable {
        var method: String, target: String, path: String, query: [String], headers: [String], body: [UInt8]
        var keepAlive: Bool
    }

    static let limits: ServerLimits = {
        var limits = ServerLimits()
        limits.maxHeaderBytes = 2048
        limits.maxBodyBytes = 4096
        return limits
    }()

    var requests: [Request] = []
    var error: HTTPError?

    init(feeding pieces: [ArraySlice<UInt8>]) {
        var parser = RequestParser(limits: Self.limits)
        for piece in pieces {
            parser.append(piece)
            do {
                while case .request(let parsed) = try parser.next() {
                    let r = parsed.request
                    requests.append(Request(method: r.method, target: r.target, path: r.path,
                                            query: r.query.map { $0.name + "=" + $0.value },
                                            headers: r.headers.map { $0.name + ":" + $0.value }, body: r.body,
                                            keepAlive: parsed.keepAlive))
                }
            } catch {
                self.error = error
                return
            }
        }
    }
}
