import Foundation

/// Raw server speed: `connections` keep-alive clients (one thread each) sending `GET /healthz`
/// back to back for `seconds`.
enum HealthzPhase {
    struct Figures {
        let requestsPerSecond: Double
        let peakRSSMegabytes: Double
    }

    static func measure(binary: URL, database: String, connections: Int, seconds: Double) throws -> Figures {
        let server = try ServerProcess(binary: binary, database: database, extraArguments: ["--max-connections", "1024"])
        defer { server.stop() }
        let request = LoadClient.request("GET", "/healthz")
        let port = server.port
        let deadline = Stopwatch.now() + UInt64(seconds * 1e9)
        let start = Stopwatch.now()
        let counts = try Workers.run(connections) { _ -> Int in
            let client = try LoadClient(port: port)
            var done = 0
            while Stopwatch.now() < deadline {
                let answer = try client.exchange(request)
                guard answer.status == 200 else { throw BenchError("/healthz answered \(answer.status)") }
                done += 1
            }
            return done
        }
        let elapsed = Stopwatch.seconds(since: start)
        return Figures(requestsPerSecond: Double(counts.reduce(0, +)) / elapsed, peakRSSMegabytes: server.peakRSSMegabytes())
    }
}
