@testable import HotlineHTTP

/// Feeds `chunks` to a fresh parser one by one and collects every complete request.
/// `needsMore` tells whether the parser was waiting for bytes at the end.
func parse(_ chunks: [String], limits: ServerLimits = ServerLimits()) throws(HTTPError) -> (requests: [ParsedRequest], needsMore: Bool) {
    try parse(chunks.map { Array($0.utf8) }, limits: limits)
}

func parse(_ chunks: [[UInt8]], limits: ServerLimits = ServerLimits()) throws(HTTPError) -> (requests: [ParsedRequest], needsMore: Bool) {
    var parser = RequestParser(limits: limits)
    var requests: [ParsedRequest] = []
    var needsMore = true
    for chunk in chunks {
        parser.append(chunk)
        while case .request(let parsed) = try parser.next() { requests.append(parsed) }
        needsMore = !parser.isIdle
    }
    return (requests, needsMore)
}

/// The error the parser throws for `raw`, or nil if it accepts it.
func parseError(_ raw: String, limits: ServerLimits = ServerLimits()) -> HTTPError? {
    do { _ = try parse([raw], limits: limits); return nil } catch { return error }
}
