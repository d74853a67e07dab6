/// The migrations after `schema.sql` (version 1), oldest first. Append a `Migration` with the
/// next version to change the schema of existing databases; never edit a released one.
enum Migrations {
    static let all: [Migration] = [.actorFacets, .actorCounterparts]
}
