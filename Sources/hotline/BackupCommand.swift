import HotlineStore

/// `hotline backup [--db PATH] OUT`: a consistent copy of the database, safe while the server runs.
enum BackupCommand {
    static func run(_ args: [String]) throws -> Int32 {
        let o = try Options(args, valued: ["db"])
        guard o.positional.count == 1 else { throw CLIError("backup takes one OUT file name") }
        let source = o.value("db") ?? "hotline.db"
        let summary = try DatabaseBackup.copy(from: source, to: o.positional[0])
        log("backed up \(source) to \(o.positional[0]): \(summary.pages) pages, \(summary.bytes) bytes")
        return 0
    }
}
