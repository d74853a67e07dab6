#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin wrappers over the POSIX socket calls the server uses (EINTR retried, errors as values).
enum Socket {
    /// A non-blocking listening TCP socket on `host:port` (SO_REUSEADDR) and the port it got.
    static func listen(host: String, port: UInt16, backlog: Int32) throws(HTTPServerError) -> (fd: Int32, port: UInt16) {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host.isEmpty ? nil : host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            throw HTTPServerError("cannot resolve \(host): \(String(cString: gai_strerror(status)))")
        }
        defer { freeaddrinfo(list) }
        var lastError: Int32 = 0
        var candidate: UnsafeMutablePointer<addrinfo>? = first
        while let info = candidate {
            candidate = info.pointee.ai_next
            let fd = socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
            guard fd >= 0 else { lastError = errno; continue }
            setFlag(fd, SOL_SOCKET, SO_REUSEADDR)
            if bind(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0, Glibc.listen(fd, backlog) == 0 {
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
                return (fd, boundPort(fd))
            }
            lastError = errno
            close(fd)
        }
        throw HTTPServerError("cannot listen on \(host):\(port)", errno: lastError)
    }

    /// An accepted connection (blocking, TCP_NODELAY, send timeout), or nil if none was pending.
    static func accept(_ listener: Int32, sendTimeout: Double) -> Int32? {
        while true {
            let fd = Glibc.accept(listener, nil, nil)
            if fd >= 0 {
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
                setFlag(fd, Int32(IPPROTO_TCP), TCP_NODELAY)
                var timeout = timeval(tv_sec: Int(sendTimeout), tv_usec: Int((sendTimeout - sendTimeout.rounded(.down)) * 1e6))
                setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
                return fd
            }
            let code = errno
            if code == EINTR || code == ECONNABORTED { continue }
            // Out of descriptors or another failure: back off instead of spinning on a readable listener.
            if code != EAGAIN && code != EWOULDBLOCK { usleep(10_000) }
            return nil
        }
    }

    /// Writes all of `bytes`; false if the peer went away or the send timed out.
    static func sendAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let sent = send(fd, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                if sent > 0 { offset += sent; continue }
                if sent < 0 && errno == EINTR { continue }
                return false
            }
            return true
        }
    }

    /// Reads into `buffer`; the byte count, 0 at end of stream, -1 on error.
    static func receive(_ fd: Int32, into buffer: inout [UInt8]) -> Int {
        buffer.withUnsafeMutableBytes { raw in
            while true {
                let count = recv(fd, raw.baseAddress, raw.count, 0)
                if count < 0 && errno == EINTR { continue }
                return count
            }
        }
    }

    /// Which of `fds` are readable (or hung up) within `timeout` seconds (nil waits forever).
    static func waitReadable(_ fds: [Int32], timeout: Double?) -> [Bool] {
        var polls = fds.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        let milliseconds = timeout.map { Int32(max(0, min($0 * 1000, 86_400_000)).rounded(.up)) } ?? -1
        while true {
            let ready = poll(&polls, nfds_t(polls.count), milliseconds)
            if ready < 0 && errno == EINTR { continue }
            return polls.map { $0.revents != 0 }
        }
    }

    /// Closes after a response that ends the connection: stop sending, then discard what the client
    /// already sent (bounded) so closing with unread data does not reset the connection and destroy
    /// the response before the client read it.
    static func lingeringClose(_ fd: Int32) {
        shutdown(fd, Int32(SHUT_WR))
        var scratch = [UInt8](repeating: 0, count: 16 * 1024)
        let deadline = MonotonicClock.now() + 1.0
        var discarded = 0
        while discarded < 256 * 1024 {
            let remaining = deadline - MonotonicClock.now()
            guard remaining > 0, waitReadable([fd], timeout: min(remaining, 0.1))[0] else { break }
            let count = receive(fd, into: &scratch)
            guard count > 0 else { break }
            discarded += count
        }
        close(fd)
    }

    private static func setFlag(_ fd: Int32, _ level: Int32, _ option: Int32) {
        var one: Int32 = 1
        setsockopt(fd, level, option, &one, socklen_t(MemoryLayout<Int32>.size))
    }

    private static func boundPort(_ fd: Int32) -> UInt16 {
        var address = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { _ = getsockname(fd, $0, &length) }
        }
        let family = address.ss_family
        return withUnsafePointer(to: address) { pointer in
            if family == sa_family_t(AF_INET6) {
                return pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin6_port) }
            }
            return pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin_port) }
        }
    }
}
