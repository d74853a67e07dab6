/// The database cannot be opened by this build because of its schema version.
public enum SchemaVersionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `PRAGMA user_version` is newer than any version this code knows: a newer build wrote it.
    case newerThanSupported(found: Int, supported: Int)
    /// The build has no embedded `schema.sql` (a packaging bug).
    case missingSchema
    /// The code's migration list is inconsistent (a programming error).
    case invalidMigrations(String)

    public var description: String {
        switch self {
        case let .newerThanSupported(found, supported):
            "database schema version \(found) is newer than the latest this build supports (\(supported)); use a newer hotline"
        case .missingSchema:
            "schema.sql is not embedded in this build"
        case let .invalidMigrations(reason):
            "invalid schema migrations: \(reason)"
        }
    }
}
