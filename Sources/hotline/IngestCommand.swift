import Foundation
import HotlineService
import HotlineStore

/// `hotline ingest FILE...|DIR`: loads article files into a database, without a server.
enum IngestCommand {
    static let extensions: Set<String> = ["txt", "text", "html", "htm", "json"]

    static func run(_ args: [String]) throws -> Int32 {
        let o = try Options(args, valued: ["db", "published-at", "language"])
        guard !o.positional.isEmpty else { throw CLIError("ingest needs at least one FILE or DIR") }
        let files = try collect(o.positional)
        guard !files.isEmpty else { throw CLIError("no .txt, .html or .json files found") }
        let dbPath = o.value("db") ?? "hotline.db"
        let store = try Store(path: dbPath)
        defer { store.close() }
        let ingestor = ArticleIngestor(store: store, extractor: try UserOfficials.extractor(loading: store))
        var params: [String: String] = [:]
        if let p = o.flags["published-at"] { params["published_at"] = p }
        if let l = o.flags["language"] { params["language"] = l }
        var created = 0, existing = 0, failed = 0, events = 0
        for (n, file) in files.enumerated() {
            let prefix = "[\(n + 1)/\(files.count)] \(file):"
            do {
                guard let data = FileManager.default.contents(atPath: file) else { throw CLIError("cannot read") }
                let ext = (file as NSString).pathExtension.lowercased()
                let type = ext == "json" ? "application/json" : ext.hasPrefix("htm") ? "text/html" : "text/plain"
                let outcome = try ingestor.ingest(try ArticleSubmission.decode(body: Array(data), contentType: type, parameters: params))
                if outcome.created { created += 1 } else { existing += 1 }
                events += outcome.events.count
                log("\(prefix) \(outcome.created ? "stored" : "already stored") as article \(outcome.article.id), \(outcome.events.count) event(s)")
            } catch let e as ServiceError {
                failed += 1
                log("\(prefix) rejected: \(e.message)")
            } catch {
                failed += 1
                log("\(prefix) failed: \(error)")
            }
        }
        log("\(created) stored, \(existing) already stored, \(failed) failed; \(events) event report(s) into \(dbPath)")
        return failed == 0 ? 0 : 1
    }

    /// The files named, and the article files found (recursively, sorted) in the directories named.
    static func collect(_ paths: [String]) throws -> [String] {
        var out: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw CLIError("no such file or directory: \(path)") }
            if !isDir.boolValue { out.append(path); continue }
            let found = (fm.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
                .filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }
                .sorted()
                .map { (path as NSString).appendingPathComponent($0) }
            out += found
        }
        return out
    }
}
