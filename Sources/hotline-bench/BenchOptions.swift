/// Command-line settings of `hotline-bench` (see `usage`). `--quick` scales every phase down
/// for a development run (10k stored events, fewer requests).
struct BenchOptions {
    var quick = false
    var seed: UInt64 = 20_260_101
    /// Stored-event counts at which queries are measured.
    var eventCounts = [100_000, 1_000_000]
    /// Concurrent keep-alive clients for ingest and query phases.
    var clients = 4
    /// Connections of the `/healthz` phase.
    var healthzConnections = 64
    var healthzSeconds = 5.0
    var extractArticles = 600
    var extract4KArticles = 300
    var ingestArticles = 800
    var batchSize = 50
    var queryRequests = 4_000
    var hotline: String?
    var workDirectory: String?
    var keep = false
    /// An events database kept from an earlier run (`--dir D --keep`: D/events.db) to query
    /// instead of generating one; it must hold the largest `--events` count.
    var eventsDatabase: String?
    /// Phases to run (`--phases`); all by default.
    var phases: Set<BenchPhase> = Set(BenchPhase.allCases)

    static let usage = """
        hotline-bench [--quick] [--phases P,P,...] [--events N,N,...] [--clients N] [--seed N] [--hotline PATH] [--dir PATH] [--keep] [--events-db PATH]
          Generates its own corpus, runs `hotline serve` as a child process and prints one JSON object.
          --quick     10k stored events, fewer articles and requests (a development run, ~1 minute)
          --phases    a subset of extract,ingest,healthz,query,startup (default: all; startup needs query)
          --events    stored-event counts for the query phase (default 100000,1000000)
          --clients   concurrent keep-alive clients for ingest and queries (default 4)
          --hotline   the hotline executable to serve (default: the one beside hotline-bench)
          --dir       working folder for databases and server logs (default: a new temp folder)
          --keep      keep the working folder
          --events-db query this kept events.db (of a run with the same seed and one --events count) instead of generating it
        """

    init(_ args: [String]) throws {
        var i = 0
        func value(_ name: String) throws -> String {
            i += 1
            guard i < args.count else { throw BenchError("\(name) needs a value") }
            return args[i]
        }
        while i < args.count {
            let arg = args[i]
            switch arg {
            case "--quick":
                quick = true
                eventCounts = [10_000]
                healthzSeconds = 2
                extractArticles = 120
                extract4KArticles = 60
                ingestArticles = 150
                queryRequests = 600
            case "--events":
                let counts = try value(arg).split(separator: ",").map { Int($0) }
                guard !counts.isEmpty, counts.allSatisfy({ ($0 ?? 0) > 0 }) else { throw BenchError("--events expects N,N,...") }
                eventCounts = counts.compactMap { $0 }.sorted()
            case "--phases":
                let names = try value(arg).split(separator: ",").map { BenchPhase(rawValue: String($0)) }
                guard !names.isEmpty, names.allSatisfy({ $0 != nil }) else { throw BenchError("--phases expects P,P,... among \(BenchPhase.allCases.map(\.rawValue))") }
                phases = Set(names.compactMap { $0 })
            case "--clients":
                guard let n = Int(try value(arg)), (1...256).contains(n) else { throw BenchError("--clients expects 1...256") }
                clients = n
            case "--seed":
                guard let n = UInt64(try value(arg)) else { throw BenchError("--seed expects an integer") }
                seed = n
            case "--hotline": hotline = try value(arg)
            case "--dir": workDirectory = try value(arg)
            case "--keep": keep = true
            case "--events-db": eventsDatabase = try value(arg)
            case "--help", "-h": throw BenchError(Self.usage)
            default: throw BenchError("unknown argument \(arg)\n\(Self.usage)")
            }
            i += 1
        }
    }
}
