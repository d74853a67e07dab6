import Foundation
import HotlineStore

// hotline-bench: generates its own corpus, measures extraction in this process and the server
// (`hotline serve` as a child process) over loopback, and prints one JSON object on stdout.
// Progress goes to standard error. See BenchOptions.usage and README "Benchmarks".

func note(_ message: String) {
    FileHandle.standardError.write(Data(("[bench] " + message + "\n").utf8))
}

func runBenchmark(_ options: BenchOptions) throws -> BenchReport {
    let binary = try HotlineBinary.locate(explicit: options.hotline)
    let folder = options.workDirectory ?? FileManager.default.temporaryDirectory
        .appendingPathComponent("hotline-bench-\(ProcessInfo.processInfo.processIdentifier)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { if !options.keep && options.workDirectory == nil { try? FileManager.default.removeItem(atPath: folder) } }
    func database(_ name: String) -> String {
        let path = folder + "/" + name + ".db"
        for suffix in ["", "-wal", "-shm", ".log"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        return path
    }

    var report = BenchReport()
    report["date"] = ISO8601DateFormatter().string(from: Date())
    report["machine"] = ["cores": ProcessInfo.processInfo.activeProcessorCount,
                         "memory_mb": Int(ProcessInfo.processInfo.physicalMemory >> 20),
                         "os": ProcessInfo.processInfo.operatingSystemVersionString]
    report["quick"] = options.quick
    report["seed"] = options.seed
    report["hotline"] = binary.path

    // 1. Extraction alone, one core.
    var corpus = try CorpusGenerator(seed: options.seed)
    let mixed = corpus.articles(options.extractArticles)
    let fourK = corpus.articles(options.extract4KArticles, bytes: 4_096)
    if options.phases.contains(.extract) {
        note("extraction: \(mixed.count) articles of 2-8 KB, \(fourK.count) of 4 KB")
        let extractMixed = ExtractPhase.measure(mixed)
        let extract4K = ExtractPhase.measure(fourK)
        report["extract_articles_per_s"] = BenchReport.round(extractMixed.articlesPerSecond)
        report["extract_articles_per_s_4kb"] = BenchReport.round(extract4K.articlesPerSecond)
        report["extract_kb_per_s"] = BenchReport.round(extractMixed.kilobytesPerSecond)
        report["extract_events_per_article"] = BenchReport.round(extractMixed.eventsPerArticle, 3)
        report["extract_output_digest"] = extractMixed.outputDigest
        report["corpus_call_share"] = BenchReport.round(Double(mixed.filter(\.hasCall).count) / Double(mixed.count), 3)
    }

    // 2. Ingest over HTTP, fresh database each: single POSTs, then batches.
    let ingestCorpus = corpus.articles(options.ingestArticles)
    if options.phases.contains(.ingest) {
        note("ingest: \(ingestCorpus.count) articles, \(options.clients) clients, single then batches of \(options.batchSize)")
        let single = try IngestPhase.measure(binary: binary, database: database("ingest-single"), articles: ingestCorpus,
                                             clients: options.clients, batchSize: nil)
        let batch = try IngestPhase.measure(binary: binary, database: database("ingest-batch"), articles: ingestCorpus,
                                            clients: options.clients, batchSize: options.batchSize)
        guard single.stored == ingestCorpus.count, batch.stored == ingestCorpus.count else {
            throw BenchError("ingest stored \(single.stored) / \(batch.stored) of \(ingestCorpus.count) articles")
        }
        report["ingest_articles_per_s"] = ["ingest_http_single": BenchReport.round(single.articlesPerSecond),
                                           "ingest_http_batch": BenchReport.round(batch.articlesPerSecond),
                                           "articles": ingestCorpus.count, "clients": options.clients, "batch_size": options.batchSize]
        report.set("peak_rss_mb", "ingest_http_single", single.peakRSSMegabytes)
        report.set("peak_rss_mb", "ingest_http_batch", batch.peakRSSMegabytes)
        report["db_bytes_per_article_http"] = BenchReport.round(single.dbBytesPerArticle, 0)
    }

    // 3. Raw server speed.
    if options.phases.contains(.healthz) {
        note("healthz: \(options.healthzConnections) keep-alive connections for \(options.healthzSeconds) s")
        let healthz = try HealthzPhase.measure(binary: binary, database: database("healthz"),
                                               connections: options.healthzConnections, seconds: options.healthzSeconds)
        report["healthz_req_per_s"] = BenchReport.round(healthz.requestsPerSecond, 0)
        report["healthz_connections"] = options.healthzConnections
        report.set("peak_rss_mb", "healthz", healthz.peakRSSMegabytes)
    }

    // 4. Queries at growing numbers of stored events (generated through the Store API).
    var eventsDB = database("events")
    var generator = EventGenerator(seed: options.seed &+ 1)
    if options.phases.contains(.query) {
        var generationSeconds = 0.0
        for count in options.eventCounts {
            note("generating events up to \(count)")
            let started = Stopwatch.now()
            if let kept = options.eventsDatabase {
                guard options.eventCounts.count == 1 else { throw BenchError("--events-db needs a single --events count") }
                eventsDB = kept
                generator.assumeStored(count)
            } else {
                let store = try Store(path: eventsDB)
                try generator.fill(store, upTo: count)
                store.close()
            }
            generationSeconds += Stopwatch.seconds(since: started)
            let size = (try FileManager.default.attributesOfItem(atPath: eventsDB)[.size] as? Int) ?? 0
            report.set("db_bytes_per_event", String(count), BenchReport.round(Double(size) / Double(count), 0))
            note("queries at \(count) events: \(options.queryRequests) requests, \(options.clients) clients")
            let q = try QueryPhase.measure(binary: binary, database: eventsDB, requests: options.queryRequests,
                                           clients: options.clients, seed: options.seed &+ UInt64(count))
            let key = String(count)
            report.set("query_p50_ms", key, BenchReport.round(q.p50, 3))
            report.set("query_p99_ms", key, BenchReport.round(q.p99, 3))
            report.set("query_by_kind_ms", key, q.byKind.mapValues { ["p50": BenchReport.round($0.p50, 3), "p99": BenchReport.round($0.p99, 3)] })
            report.set("query_req_per_s", key, BenchReport.round(q.requestsPerSecond, 0))
            report.set("query_nonempty_share", key, BenchReport.round(q.nonEmptyShare, 3))
            report.set("peak_rss_mb", "query_\(count)", q.peakRSSMegabytes)
            report.set("rss_anon_mb", "query_\(count)", q.anonymousRSSMegabytes)
        }
        if options.eventsDatabase == nil {
            report["event_generation_events_per_s"] = BenchReport.round(Double(generator.stored) / generationSeconds, 0)
        }
        report["query_clients"] = options.clients
    }

    // 5. Startup on the existing (largest) database: median of three spawns.
    if options.phases.contains(.startup) {
        guard generator.stored > 0 else { throw BenchError("the startup phase needs the query phase's database") }
        var startups: [Double] = []
        for _ in 0..<3 {
            let server = try ServerProcess(binary: binary, database: eventsDB)
            startups.append(server.startupMilliseconds)
            server.stop()
        }
        report["startup_ms"] = BenchReport.round(startups.sorted()[1], 1)
        report["startup_events"] = generator.stored
    }
    return report
}

do {
    let options = try BenchOptions(Array(CommandLine.arguments.dropFirst()))
    let report = try runBenchmark(options)
    print(try report.json())
} catch {
    FileHandle.standardError.write(Data("hotline-bench: \(error)\n".utf8))
    exit(1)
}
