/// One schema step: the SQL that takes a database from `version - 1` to `version`.
struct Migration: Sendable {
    let version: Int
    /// Parameter-free SQL text (DDL, data fixes); run in one transaction with the version bump.
    let sql: String
}
