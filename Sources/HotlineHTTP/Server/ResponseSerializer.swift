/// Turns a response into the exact bytes sent: status line, headers and body in one buffer, so the
/// server writes it with a single `send` (no delayed-ACK stall).
///
/// The server owns framing headers: any `Content-Length`, `Transfer-Encoding`, `Connection`, `Date`
/// or `Server` set by a handler is replaced. One exception: a HEAD response with no body keeps the
/// handler's `Content-Length` (the router puts the GET body's length there). CR and LF in header
/// names or values are replaced by spaces (no header injection).
struct ResponseSerializer {
    private static let serverOwned = ["Content-Length", "Transfer-Encoding", "Connection", "Date", "Server"]
    private var date = HTTPDateCache()

    /// How the connection continues after this response.
    enum ConnectionHeader {
        /// Keep-alive in HTTP/1.1: no header needed.
        case none
        /// Keep-alive requested by an HTTP/1.0 client.
        case keepAlive
        case close
    }

    mutating func serialize(_ response: HTTPResponse, isHead: Bool, connection: ConnectionHeader) -> [UInt8] {
        let status = (100...599).contains(response.status) ? response.status : 500
        let hasBody = !HTTPStatus.forbidsBody(status)
        var head = "HTTP/1.1 \(status) \(HTTPStatus.reason(status))\r\n"
        for (name, value) in response.headers
        where !Self.serverOwned.contains(where: { name.caseInsensitiveEquals($0) }) {
            head += Self.clean(name) + ": " + Self.clean(value) + "\r\n"
        }
        if hasBody { head += "Content-Length: \(contentLength(response, isHead: isHead))\r\n" }
        head += "Date: \(date.now())\r\nServer: hotline\r\n"
        switch connection {
        case .none: break
        case .keepAlive: head += "Connection: keep-alive\r\n"
        case .close: head += "Connection: close\r\n"
        }
        head += "\r\n"

        let sendsBody = hasBody && !isHead
        var bytes: [UInt8] = []
        bytes.reserveCapacity(head.utf8.count + (sendsBody ? response.body.count : 0))
        bytes.append(contentsOf: head.utf8)
        if sendsBody { bytes.append(contentsOf: response.body) }
        return bytes
    }

    private func contentLength(_ response: HTTPResponse, isHead: Bool) -> Int {
        if isHead, response.body.isEmpty, let declared = response.header("Content-Length"),
           let length = Int(declared), length >= 0 {
            return length
        }
        return response.body.count
    }

    private static func clean(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == ASCII.cr || $0 == ASCII.lf }) else { return text }
        return String(text.map { $0 == "\r" || $0 == "\n" || $0 == "\r\n" ? " " : $0 })
    }
}
