#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// `hotline healthcheck`: GET /healthz on the local server; exit 0 on 200, 1 otherwise.
/// Written on raw sockets so the container image needs no curl.
enum HealthcheckCommand {
    static func run(_ args: [String]) throws -> Int32 {
        let o = try Options(args, valued: ["host", "port"])
        var host = o.value("host") ?? "127.0.0.1"
        if host == "0.0.0.0" || host == "::" { host = "127.0.0.1" }
        let port = try o.int("port", default: 8080, in: 1...65535)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return 1 }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 3, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = UInt16(port).bigEndian
        guard inet_pton(AF_INET, host, &addr.sin_addr) == 1 else { throw CLIError("--host must be an IPv4 address") }
        let connected = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { log("healthcheck: cannot connect to \(host):\(port)"); return 1 }
        let request = Array("GET /healthz HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n".utf8)
        guard send(fd, request, request.count, Int32(MSG_NOSIGNAL)) == request.count else { return 1 }
        var buffer = [UInt8](repeating: 0, count: 512)
        let n = recv(fd, &buffer, buffer.count, 0)
        guard n > 12 else { return 1 }
        let statusLine = String(decoding: buffer[0..<n], as: UTF8.self).prefix(while: { $0 != "\r" })
        let ok = statusLine.hasPrefix("HTTP/1.1 200") || statusLine.hasPrefix("HTTP/1.0 200")
        if !ok { log("healthcheck: \(statusLine)") }
        return ok ? 0 : 1
    }
}
