import Glibc

/// Why `HTTPServer.start()` failed.
public struct HTTPServerError: Error, CustomStringConvertible, Sendable {
    public let description: String

    init(_ description: String) { self.description = description }

    init(_ what: String, errno code: Int32) {
        self.description = "\(what): \(String(cString: strerror(code)))"
    }
}
