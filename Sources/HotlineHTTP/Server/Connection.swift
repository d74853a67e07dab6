import Glibc

/// One client connection, served on its own thread: read, parse, call the handler, write, repeat
/// while keep-alive holds. Closes on error, timeout, `Connection: close`, or shutdown when idle.
final class Connection {
    private let fd: Int32
    /// The client's IP address, copied into every request.
    private let peer: String
    private let limits: ServerLimits
    private let handler: HTTPServer.Handler
    private let state: ServerState
    private let wake: WakePipe
    private var parser: RequestParser
    private var serializer = ResponseSerializer()
    private var scratch = [UInt8](repeating: 0, count: 64 * 1024)
    /// When the first byte of the request being received arrived (header timeout).
    private var requestStarted = MonotonicClock.now()
    /// When bytes last arrived or a response was last sent (idle timeout).
    private var lastActivity = MonotonicClock.now()
    private var servedAny = false

    init(fd: Int32, peer: String, limits: ServerLimits, handler: @escaping HTTPServer.Handler, state: ServerState,
         wake: WakePipe) {
        self.fd = fd; self.peer = peer; self.limits = limits; self.handler = handler; self.state = state; self.wake = wake
        parser = RequestParser(limits: limits)
    }

    /// Serves requests until the connection ends, then closes the socket.
    func run() {
        while true {
            let event: RequestParser.Event
            do {
                event = try parser.next()
            } catch {
                let response = serializer.serialize(.error(error), isHead: false, connection: .close)
                if Socket.sendAll(fd, response) { Socket.lingeringClose(fd) } else { close(fd) }
                return
            }
            switch event {
            case .request(let parsed):
                guard respond(to: parsed) else { return }
            case .needMore:
                guard receive() else { close(fd); return }
            }
        }
    }

    /// Answers one request; false once the connection has been closed.
    private func respond(to parsed: ParsedRequest) -> Bool {
        var request = parsed.request
        request.peer = peer
        let response = handler(request)
        let closing = !parsed.keepAlive || state.isStopping
        let header: ResponseSerializer.ConnectionHeader = closing ? .close : parsed.minorVersion == 0 ? .keepAlive : .none
        let bytes = serializer.serialize(response, isHead: parsed.request.method == "HEAD", connection: header)
        guard Socket.sendAll(fd, bytes) else { close(fd); return false }
        if closing { Socket.lingeringClose(fd); return false }
        servedAny = true
        lastActivity = MonotonicClock.now()
        requestStarted = lastActivity  // a pipelined next request is already "in progress"
        return true
    }

    /// Waits for and buffers more bytes; false when the connection should close (after a 408 if a
    /// request was cut off by its timeout).
    private func receive() -> Bool {
        if parser.takeContinueRequest() {
            guard Socket.sendAll(fd, Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)) else { return false }
        }
        while true {
            let idle = parser.isIdle
            // Only idle connections end at shutdown; a request being received is finished first.
            if idle && state.isStopping { return false }
            let waitingForHead = idle || parser.isReadingHead
            let remaining = deadline(idle: idle) - MonotonicClock.now()
            guard remaining > 0 else {
                if !idle { sendTimeoutAnswer() }
                return false
            }
            // While a head is awaited the deadline depends on how busy the server is: look again soon.
            let slice = waitingForHead ? min(remaining, Self.saturationCheckInterval) : remaining
            let ready = Socket.waitReadable(idle ? [fd, wake.readFD] : [fd], timeout: slice)
            if idle && ready.count > 1 && ready[1] && !ready[0] { return false }  // woken for shutdown
            guard ready[0] else { continue }
            let count = Socket.receive(fd, into: &scratch)
            guard count > 0 else { return false }
            let now = MonotonicClock.now()
            if idle { requestStarted = now }
            lastActivity = now
            parser.append(scratch[0..<count])
            return true
        }
    }

    /// How often a connection waiting for a head checks whether the server became saturated.
    private static let saturationCheckInterval = 0.25

    /// When the current wait ends. A request head gets `headerTimeout` from its first byte, a whole
    /// request `requestTimeout`, a pause `idleTimeout`. While every connection slot is taken and
    /// a client waits in the backlog, a connection still waiting for a head gets at most
    /// `saturatedHeaderTimeout`, so slow or idle clients cannot keep others waiting.
    private func deadline(idle: Bool) -> Double {
        let saturated = state.isSaturated(limit: limits.maxConnections)
        let headLimit = saturated ? min(limits.headerTimeout, limits.saturatedHeaderTimeout) : limits.headerTimeout
        if parser.isReadingHead { return requestStarted + headLimit }
        if idle {
            var wait = saturated ? min(limits.idleTimeout, limits.saturatedHeaderTimeout) : limits.idleTimeout
            if !servedAny { wait = min(wait, headLimit) }
            return lastActivity + wait
        }
        return min(lastActivity + limits.idleTimeout, requestStarted + limits.requestTimeout)
    }

    /// Tells a client whose request was cut off by a timeout (RFC 9110 §15.5.9), best effort.
    private func sendTimeoutAnswer() {
        let response = serializer.serialize(.error(HTTPError.requestTimeout), isHead: false, connection: .close)
        _ = Socket.sendAll(fd, response)
    }
}
