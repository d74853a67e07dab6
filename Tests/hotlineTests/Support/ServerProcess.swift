#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// `hotline serve` run as a child process on a free loopback port (tests that kill or restart it).
final class ServerProcess {
    let process = Process()
    private(set) var port: UInt16 = 0

    /// Starts `hotline serve --port 0 ARGS` and waits until it listens.
    init(_ arguments: [String]) throws {
        process.executableURL = CommandTests.binary
        process.arguments = ["serve", "--port", "0"] + arguments
        let err = Pipe()
        process.standardError = err
        try process.run()
        var text = ""
        let deadline = Date().addingTimeInterval(20)
        while !text.contains("listening"), Date() < deadline, process.isRunning {
            text += String(decoding: err.fileHandleForReading.availableData, as: UTF8.self)
        }
        let listening = text.split(separator: "\n").first { $0.contains("listening on http://") } ?? ""
        let afterHost = listening.split(separator: "//").last?.split(separator: ":").dropFirst().first ?? ""
        port = UInt16(afterHost.prefix(while: \.isNumber)) ?? 0
        guard port != 0 else { process.terminate(); throw CLIStartError(output: text) }
    }

    /// SIGKILL: no shutdown, no checkpoint, whatever was in flight.
    func kill() {
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// SIGTERM and wait for the clean stop.
    func stop() {
        process.terminate()
        process.waitUntilExit()
    }

    struct CLIStartError: Error { let output: String }
}

/// One HTTP/1.1 request on a new connection (`Connection: close`): status and body, or nil when
/// the connection failed or closed before a complete response.
func httpCall(port: UInt16, _ method: String, _ path: String, body: String? = nil,
              headers: [String] = [], timeout: Int = 20) -> (status: Int, body: String)? {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var time = timeval(tv_sec: timeout, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
    var addr = sockaddr_in()
    addr.sin_family = sa_family_t(AF_INET)
    addr.sin_port = port.bigEndian
    addr.sin_addr.s_addr = inet_addr("127.0.0.1")
    let rc = withUnsafePointer(to: &addr) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard rc == 0 else { return nil }
    var head = "\(method) \(path) HTTP/1.1\r\nHost: t\r\nConnection: close\r\n"
    if let body { head += "Content-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n" }
    for header in headers { head += header + "\r\n" }
    let request = Array((head + "\r\n" + (body ?? "")).utf8)
    guard send(fd, request, request.count, Int32(MSG_NOSIGNAL)) == request.count else { return nil }
    var received: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = recv(fd, &buffer, buffer.count, 0)
        if n <= 0 { break }
        received += buffer[..<n]
    }
    let text = String(decoding: received, as: UTF8.self)
    guard text.hasPrefix("HTTP/1.1 "), let split = text.range(of: "\r\n\r\n"),
          let status = Int(text.dropFirst(9).prefix(3)) else { return nil }
    let declared = text[..<split.lowerBound].split(separator: "\r\n")
        .first { $0.lowercased().hasPrefix("content-length:") }
        .flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) } ?? 0
    let body = Array(text[split.upperBound...].utf8)
    guard body.count == declared else { return nil }  // cut off mid-body
    return (status, String(decoding: body, as: UTF8.self))
}
