import Foundation
import Glibc

/// A blocking HTTP/1.1 client on one keep-alive loopback connection over raw sockets: the
/// benchmark's load generator (no URLSession, so the client side stays cheap and predictable).
/// Responses must carry `Content-Length` (the Hotline server always sends it).
final class LoadClient {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0

    init(port: UInt16) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw BenchError("socket() failed: errno \(errno)") }
        var timeout = timeval(tv_sec: 120, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = port.bigEndian
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let rc = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard rc == 0 else {
            close(fd)
            throw BenchError("connect to port \(port) failed: errno \(errno)")
        }
        buffer.reserveCapacity(64 * 1024)
    }

    deinit { close(fd) }

    /// The bytes of a request with `Host` and (for a body) `Content-Length`.
    static func request(_ method: String, _ target: String, body: [UInt8] = [], contentType: String? = nil) -> [UInt8] {
        var head = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        if let contentType { head += "Content-Type: \(contentType)\r\n" }
        if method == "POST" || !body.isEmpty { head += "Content-Length: \(body.count)\r\n" }
        return Array((head + "\r\n").utf8) + body
    }

    /// Sends one prepared request and reads its response; returns the status and the body.
    func exchange(_ request: [UInt8]) throws -> (status: Int, body: ArraySlice<UInt8>) {
        try send(request)
        return try readResponse()
    }

    private func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw BenchError("send failed: errno \(errno)") }
            offset += n
        }
    }

    private func readResponse() throws -> (status: Int, body: ArraySlice<UInt8>) {
        // Drop the previous response first: indices below stay valid while `fill` appends.
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        var headEnd = try findHeadEnd()
        while headEnd == nil {
            try fill()
            headEnd = try findHeadEnd()
        }
        let end = headEnd!
        let head = String(decoding: buffer[start..<end], as: UTF8.self)
        let lines = head.split(separator: "\r\n")
        guard let statusLine = lines.first, let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") else {
            throw BenchError("malformed status line")
        }
        var length = 0
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            if line[..<colon].lowercased() == "content-length" {
                length = Int(line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)) ?? 0
            }
        }
        let bodyStart = end + 4
        while buffer.count - bodyStart < length { try fill() }
        let body = buffer[bodyStart..<(bodyStart + length)]
        start = bodyStart + length
        return (status, body)
    }

    /// Index of "\r\n\r\n" after `start`, nil when not yet received.
    private func findHeadEnd() throws -> Int? {
        guard buffer.count - start >= 4 else { return nil }
        var i = start
        while i + 3 < buffer.count {
            if buffer[i] == 13, buffer[i + 1] == 10, buffer[i + 2] == 13, buffer[i + 3] == 10 { return i }
            i += 1
        }
        return nil
    }

    /// Appends the next bytes received.
    private func fill() throws {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { throw BenchError(n == 0 ? "the server closed the connection" : "recv failed: errno \(errno)") }
        buffer.append(contentsOf: chunk[0..<n])
    }
}
