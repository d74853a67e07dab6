/// Brings a database to the latest schema version tracked in `PRAGMA user_version`:
/// an empty database (version 0) gets `schema.sql`, then every later migration runs in order,
/// each in its own transaction. A database newer than this code is refused.
struct Migrator {
    let migrations: [Migration]

    var latestVersion: Int { migrations.last?.version ?? Schema.baseVersion }

    func migrate(_ connection: Connection, schemaSQL: String = Schema.sql) throws {
        try checkOrder()
        var version = try userVersion(connection)
        guard version <= latestVersion else {
            throw SchemaVersionError.newerThanSupported(found: version, supported: latestVersion)
        }
        if version == 0 {
            guard !schemaSQL.isEmpty else { throw SchemaVersionError.missingSchema }
            try connection.writeTransaction { try connection.execute(script: schemaSQL) }
            version = try userVersion(connection)
            guard version == Schema.baseVersion else {
                throw SchemaVersionError.invalidMigrations("schema.sql set user_version \(version), expected \(Schema.baseVersion)")
            }
        }
        for migration in migrations where migration.version > version {
            try connection.writeTransaction {
                try connection.execute(script: migration.sql)
                // The version is an integer constant from code; PRAGMA takes no parameters.
                try connection.execute(script: "PRAGMA user_version = \(migration.version)")
            }
        }
    }

    func userVersion(_ connection: Connection) throws -> Int {
        try connection.queryOne("PRAGMA user_version") { $0.int(0) } ?? 0
    }

    /// Versions must follow `schema.sql` one by one: base + 1, base + 2, ...
    private func checkOrder() throws {
        for (offset, migration) in migrations.enumerated() where migration.version != Schema.baseVersion + 1 + offset {
            throw SchemaVersionError.invalidMigrations("migration #\(offset) has version \(migration.version), expected \(Schema.baseVersion + 1 + offset)")
        }
    }
}
