/// Why `DatabaseBackup.copy` did not produce a copy.
public struct BackupError: Error, Sendable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) { self.description = description }
}
