import Glibc

/// A self-pipe that tells every polling thread the server is stopping: once a byte is written it is
/// never read, so the read end stays readable and wakes every `poll` that includes it.
/// `signal()` only calls `write`, so it is async-signal-safe.
struct WakePipe: Sendable {
    let readFD: Int32
    let writeFD: Int32

    init() throws(HTTPServerError) {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw HTTPServerError("cannot create pipe", errno: errno) }
        for fd in fds {
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        }
        readFD = fds[0]; writeFD = fds[1]
    }

    func signal() {
        var byte: UInt8 = 1
        _ = write(writeFD, &byte, 1)
    }

    func close() {
        _ = Glibc.close(readFD)
        _ = Glibc.close(writeFD)
    }
}
