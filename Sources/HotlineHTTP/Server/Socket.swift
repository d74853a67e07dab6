import Glibc

/// Thin wrappers over the POSIX calls a connection uses (EINTR retried, errors as values).
enum Socket {
    /// An accepted connection (blocking, TCP_NODELAY, send timeout) and the peer's IP address as
    /// text, or nil if none was pending.
    static func accept(_ listener: Int32, sendTimeout: Double) -> (fd: Int32, peer: String)? {
        while true {
            var address = sockaddr_storage()
            var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let fd = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.accept(listener, $0, &length) }
            }
            if fd >= 0 {
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
                setFlag(fd, Int32(IPPROTO_TCP), TCP_NODELAY)
                var timeout = timeval(tv_sec: Int(sendTimeout), tv_usec: Int((sendTimeout - sendTimeout.rounded(.down)) * 1e6))
                setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
                return (fd, PeerAddress.text(of: address))
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

    static func setFlag(_ fd: Int32, _ level: Int32, _ option: Int32) {
        var one: Int32 = 1
        setsockopt(fd, level, option, &one, socklen_t(MemoryLayout<Int32>.size))
    }
}
