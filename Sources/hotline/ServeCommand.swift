import Dispatch
import Foundation
import HotlineHTTP
import HotlineService
import HotlineStore

/// `hotline serve`: the HTTP API until SIGTERM or SIGINT, then a clean stop (exit 0).
enum ServeCommand {
    static let valued = Set(["host", "port", "db", "max-body", "max-connections", "header-timeout", "idle-timeout",
                             "request-timeout", "max-db-size", "reader-map"])
        .union(SecurityOptions.valued)
    static let boolean = SecurityOptions.boolean.union(["read-only"])

    static func run(_ args: [String]) throws -> Int32 {
        let o = try Options(args, valued: valued, boolean: boolean)
        guard o.positional.isEmpty else { throw CLIError("serve takes no positional argument") }
        let host = o.value("host") ?? "127.0.0.1"
        let security = try SecurityOptions(o)
        let warning = try security.checkBinding(host: host)
        let port = try o.int("port", default: 8080, in: 0...65535)
        let dbPath = o.value("db") ?? "hotline.db"
        var limits = ServerLimits()
        limits.maxBodyBytes = try o.bytes("max-body", default: limits.maxBodyBytes)
        limits.maxConnections = try o.int("max-connections", default: limits.maxConnections, in: 1...10_000)
        limits.headerTimeout = try o.seconds("header-timeout", default: limits.headerTimeout)
        limits.idleTimeout = try o.seconds("idle-timeout", default: limits.idleTimeout)
        limits.requestTimeout = try o.seconds("request-timeout", default: limits.requestTimeout)
        let maxDatabaseBytes = try o.value("max-db-size").map { _ in try o.bytes("max-db-size", default: 0, limit: 1 << 50) }

        // (each reader maps up to this much of the file: faster reads, larger RSS; 0 turns it off)
        // (SQLite caps the map at its compile-time maximum, 2G on Debian)
        let readerMap = try o.bytes("reader-map", default: Int(Store.defaultReaderMapBytes), allowZero: true)
        let store = try Store(path: dbPath, readerMapBytes: Int64(readerMap))
        if let maxDatabaseBytes { try store.limitSize(bytes: maxDatabaseBytes) }
        if o.enabled("read-only") { try store.makeReadOnly() }
        let router = try HotlineAPI(loading: store).router
        let server = HTTPServer(host: host, port: UInt16(port), limits: limits,
                                handler: security.requestGuard.protecting { router.respond(to: $0) })
        let signals = [SIGTERM, SIGINT].map { sig -> DispatchSourceSignal in
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                log("signal \(sig): stopping (finishing in-flight requests)")
                server.shutdown()
            }
            source.resume()
            return source
        }
        // Signals are handled before the first request is answered: a SIGTERM sent as soon as the
        // server is ready (a supervisor, the benchmark) would otherwise be ignored and lost.
        let bound = try server.start()
        if let warning { log(warning) }
        log(security.summary)
        log("hotline listening on http://\(host):\(bound) (database \(dbPath))")
        server.waitUntilStopped()
        signals.forEach { $0.cancel() }
        store.close()
        log("hotline stopped")
        return 0
    }
}

/// A line on standard error.
func log(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
