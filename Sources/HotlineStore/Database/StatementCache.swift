/// Prepared statements of one connection keyed by their SQL text, prepared once with
/// SQLITE_PREPARE_PERSISTENT and reused. Dynamic SQL (e.g. event filters) only ever has a
/// bounded number of shapes, so the cache stays small.
final class StatementCache {
    private var statements: [String: Statement] = [:]

    /// The cached statement for `sql`, preparing it on first use.
    func statement(for sql: String, database: OpaquePointer) throws -> Statement {
        if let cached = statements[sql] { return cached }
        let statement = try Statement(database: database, sql: sql, persistent: true)
        statements[sql] = statement
        return statement
    }

    var count: Int { statements.count }

    /// Finalizes every statement (before the connection closes).
    func removeAll() { statements.removeAll() }
}
