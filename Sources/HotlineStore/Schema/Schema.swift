/// The database schema: the package-root `schema.sql`, compiled into the module by the
/// EmbedData plugin, plus the ordered migrations for later versions.
public enum Schema {
    /// The exact text of `schema.sql`. It creates schema version `baseVersion`.
    public static var sql: String { EmbeddedData.text(named: "schema.sql") ?? "" }

    /// The version `schema.sql` creates (it ends with `PRAGMA user_version = 1`).
    public static let baseVersion = 1

    /// The newest version this build can open.
    public static var latestVersion: Int { Migrator(migrations: Migrations.all).latestVersion }
}
