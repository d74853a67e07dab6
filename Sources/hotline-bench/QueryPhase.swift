import Foundation
import HotlineExtract

/// `GET /v1/events` latency on a database of generated events: keep-alive clients send a
/// deterministic mix of four query kinds (actor; actor + country; actor + topic; actor + date
/// range), actors drawn with the generator's skew, as full names or surnames.
enum QueryPhase {
    static let kinds = ["actor", "actor_country", "actor_topic", "actor_dates"]

    struct Figures {
        let p50: Double
        let p99: Double
        let byKind: [String: (p50: Double, p99: Double)]
        let requestsPerSecond: Double
        let peakRSSMegabytes: Double
        let anonymousRSSMegabytes: Double
        let startupMilliseconds: Double
        /// Share of queries that returned at least one event (a sanity check of the mix).
        let nonEmptyShare: Double
    }

    static func measure(binary: URL, database: String, requests count: Int, clients: Int, seed: UInt64) throws -> Figures {
        let server = try ServerProcess(binary: binary, database: database)
        defer { server.stop() }
        let plan = Self.plan(count, seed: seed)
        let port = server.port
        let start = Stopwatch.now()
        let samples = try Workers.run(clients) { worker -> [(kind: Int, nanoseconds: UInt64, nonEmpty: Bool)] in
            let client = try LoadClient(port: port)
            var out: [(kind: Int, nanoseconds: UInt64, nonEmpty: Bool)] = []
            for index in stride(from: worker, to: plan.count, by: clients) {
                let began = Stopwatch.now()
                let answer = try client.exchange(plan[index].request)
                let took = Stopwatch.now() - began
                guard answer.status == 200 else {
                    throw BenchError("query answered \(answer.status): \(String(decoding: answer.body.prefix(300), as: UTF8.self))")
                }
                out.append((plan[index].kind, took, !answer.body.starts(with: Array(#"{"events":[]"#.utf8))))
            }
            return out
        }.flatMap { $0 }
        let seconds = Stopwatch.seconds(since: start)
        let all = Percentiles(samples.map(\.nanoseconds))
        var byKind: [String: (p50: Double, p99: Double)] = [:]
        for (k, name) in kinds.enumerated() {
            let p = Percentiles(samples.filter { $0.kind == k }.map(\.nanoseconds))
            byKind[name] = (p.ms(50), p.ms(99))
        }
        return Figures(p50: all.ms(50), p99: all.ms(99), byKind: byKind, requestsPerSecond: Double(samples.count) / seconds,
                       peakRSSMegabytes: server.peakRSSMegabytes(), anonymousRSSMegabytes: server.anonymousRSSMegabytes(),
                       startupMilliseconds: server.startupMilliseconds,
                       nonEmptyShare: Double(samples.filter(\.nonEmpty).count) / Double(max(samples.count, 1)))
    }

    /// The prepared requests, in a fixed order for a given seed.
    private static func plan(_ count: Int, seed: UInt64) -> [(kind: Int, request: [UInt8])] {
        var random = SeededRandom(seed: seed ^ 0x5155_4552_59)
        let officials = BundledKnowledge.officials
        let topics = BundledKnowledge.topics
        return (0..<count).map { i in
            let kind = i % kinds.count
            let official = EventGenerator.pickOfficial(officials, &random)
            let actor = random.chance(0.5) ? official.name : String(official.name.split(separator: " ").last ?? "")
            var query = "actor=\(encode(actor))"
            switch kind {
            case 1: query += "&country=\(random.pick(officials).country)"
            case 2: query += "&topic=\(encode(random.pick(topics).id))"
            case 3:
                let year = Int.random(in: 2015...2024, using: &random)
                query += "&since=\(year)&until=\(year + Int.random(in: 0...1, using: &random))-\(CorpusGenerator.two(Int.random(in: 1...12, using: &random)))"
            default: break
            }
            return (kind, LoadClient.request("GET", "/v1/events?" + query))
        }
    }

    private static func encode(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? s
    }
}
