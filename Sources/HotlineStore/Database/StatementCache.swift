/// Prepared statements of one connection keyed by their SQL text, prepared once with
/// SQLITE_PREPARE_PERSISTENT and reused. Event filters build SQL from a bounded set of shapes;
/// `capacity` still bounds memory: past it, an arbitrary cached statement is dropped (a caller
/// that is stepping it keeps its own reference, so it is finalized only after use).
final class StatementCache {
    static let capacity = 256

    private var statements: [String: Statement] = [:]

    /// The cached statement for `sql`, preparing it on first use.
    func statement(for sql: String, database: OpaquePointer) throws -> Statement {
        if let cached = statements[sql] { return cached }
        let statement = try Statement(database: database, sql: sql, persistent: true)
        if statements.count >= Self.capacity, let victim = statements.keys.first {
            statements.removeValue(forKey: victim)
        }
        statements[sql] = statement
        return statement
    }

    var count: Int { statements.count }

    /// Finalizes every statement (before the connection closes).
    func removeAll() { statements.removeAll() }
}
