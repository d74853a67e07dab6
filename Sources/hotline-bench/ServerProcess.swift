import Foundation
import Glibc

/// `hotline serve` as a child process on a free loopback port, so the load generator (this
/// process) and the server never share a heap or threads. Its log goes to `<db>.log`.
final class ServerProcess {
    let port: UInt16
    let process: Process
    /// Milliseconds from spawn to the first answered `GET /healthz`.
    private(set) var startupMilliseconds: Double = 0

    /// Spawns the server on `database` and waits until `/healthz` answers 200 (at most `timeout` s).
    init(binary: URL, database: String, extraArguments: [String] = [], timeout: Double = 120) throws {
        port = try Self.freePort()
        process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--host", "127.0.0.1", "--port", String(port), "--db", database] + extraArguments
        _ = FileManager.default.createFile(atPath: database + ".log", contents: nil)
        process.standardError = FileHandle(forWritingAtPath: database + ".log")
        process.standardOutput = FileHandle.nullDevice
        let started = Stopwatch.now()
        try process.run()
        let health = LoadClient.request("GET", "/healthz")
        while true {
            if let client = try? LoadClient(port: port), let answer = try? client.exchange(health), answer.status == 200 { break }
            guard process.isRunning else { throw BenchError("hotline serve exited with status \(process.terminationStatus); see \(database).log") }
            guard Stopwatch.seconds(since: started) < timeout else {
                stop()
                throw BenchError("hotline serve did not answer /healthz within \(Int(timeout)) s")
            }
            usleep(1_000)
        }
        startupMilliseconds = Double(Stopwatch.now() - started) / 1e6
    }

    /// Peak resident set size of the server so far (`VmHWM` of /proc/<pid>/status), in MiB.
    func peakRSSMegabytes() -> Double {
        statusMegabytes("VmHWM:")
    }

    /// Anonymous resident memory of the server now (`RssAnon`: heap and stacks, without the
    /// file pages it maps, which `VmHWM` counts), in MiB.
    func anonymousRSSMegabytes() -> Double {
        statusMegabytes("RssAnon:")
    }

    private func statusMegabytes(_ field: String) -> Double {
        guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field) }),
              let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return -1 }
        return (kb / 1024 * 10).rounded() / 10
    }

    /// SIGTERM, then waits for the clean exit (the server checkpoints and closes the database);
    /// SIGKILL after 30 s so a stuck server cannot hang the benchmark.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        let asked = Stopwatch.now()
        while process.isRunning {
            if Stopwatch.seconds(since: asked) > 30 {
                kill(process.processIdentifier, SIGKILL)
                break
            }
            usleep(2_000)
        }
        process.waitUntilExit()
    }

    deinit { stop() }

    /// A loopback port nobody listens on now (bound to port 0 and released).
    private static func freePort() throws -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw BenchError("socket() failed") }
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = 0
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Bool in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else { throw BenchError("cannot find a free port") }
        return UInt16(bigEndian: addr.sin_port)
    }
}
