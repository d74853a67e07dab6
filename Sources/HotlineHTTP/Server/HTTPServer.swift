import Foundation
import Glibc

/// HTTP/1.1 server on POSIX sockets: an accept thread plus one thread per connection.
///
/// At most `limits.maxConnections` connections are served at once; the accept thread only accepts
/// when a slot is free, so extra clients wait in the listen backlog. `shutdown()` stops accepting,
/// lets in-flight requests finish and closes idle keep-alive connections at once.
public final class HTTPServer: Sendable {
    public typealias Handler = @Sendable (HTTPRequest) -> HTTPResponse

    private let host: String
    private let port: UInt16
    private let limits: ServerLimits
    private let handler: Handler
    private let state = ServerState()
    private let wake: WakePipe?

    public init(host: String, port: UInt16, limits: ServerLimits = ServerLimits(), handler: @escaping Handler) {
        self.host = host; self.port = port; self.limits = limits; self.handler = handler
        wake = try? WakePipe()
    }

    deinit { wake?.close() }

    /// Binds and starts accepting on background threads; returns the bound port (useful with port 0).
    /// Throws `HTTPServerError` if the address cannot be used or the server was already started
    /// (a server starts at most once). Ignores SIGPIPE process-wide (writes also use MSG_NOSIGNAL).
    public func start() throws -> UInt16 {
        guard let wake else { throw HTTPServerError("cannot create the shutdown pipe") }
        guard limits.maxConnections > 0 else { throw HTTPServerError("maxConnections must be at least 1") }
        guard state.markRunning() else { throw HTTPServerError("the server was already started") }
        signal(SIGPIPE, SIG_IGN)
        let listener: (fd: Int32, port: UInt16)
        do {
            listener = try Listener.open(host: host, port: port, backlog: SOMAXCONN)
        } catch {
            state.markStopping()
            state.finishStopping()
            throw error
        }
        let thread = Thread { [self] in acceptLoop(listener.fd, wake: wake) }
        thread.name = "hotline-accept"
        thread.start()
        return listener.port
    }

    /// Stops accepting, lets in-flight requests finish, closes idle connections, then returns.
    /// Safe to call more than once and from any thread (not from a signal handler).
    public func shutdown() {
        state.markStopping()
        wake?.signal()
        waitUntilStopped()
    }

    /// Blocks until `shutdown()` has completed.
    public func waitUntilStopped() {
        state.waitUntilStopped()
    }

    /// Connections currently open (accepted and not yet closed).
    public var openConnectionCount: Int { state.openConnections }

    private func acceptLoop(_ listener: Int32, wake: WakePipe) {
        while true {
            guard state.waitForSlot(limit: limits.maxConnections, pollInterval: 0.1) else {
                if state.isStopping || Socket.waitReadable([wake.readFD], timeout: 0)[0] { break }
                // Full: tell the connections whether someone waits (they then shorten their waits).
                state.setClientsWaiting(Socket.waitReadable([listener], timeout: 0)[0])
                continue
            }
            state.setClientsWaiting(false)
            let ready = Socket.waitReadable([listener, wake.readFD], timeout: nil)
            if ready[1] { break }
            guard ready[0], let (fd, peer) = Socket.accept(listener, sendTimeout: limits.sendTimeout) else { continue }
            state.connectionOpened()
            let thread = Thread { [limits, handler, state] in
                Connection(fd: fd, peer: peer, limits: limits, handler: handler, state: state, wake: wake).run()
                state.connectionClosed()
            }
            thread.name = "hotline-connection"
            thread.start()
        }
        close(listener)
        state.markStopping()
        state.finishStopping()
    }
}
