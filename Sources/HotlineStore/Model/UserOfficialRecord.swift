/// A stored user official: one `officials.json` entry added or corrected through the API.
public struct UserOfficialRecord: Sendable, Equatable {
    /// The entry's id (a bundled id when the entry corrects a bundled official).
    public var id: String
    /// The entry as a JSON object in the `officials.json` format.
    public var entry: String
    /// UTC timestamp `YYYY-MM-DDTHH:MM:SSZ` of the last write.
    public var updatedAt: String

    public init(id: String, entry: String, updatedAt: String) {
        self.id = id; self.entry = entry; self.updatedAt = updatedAt
    }
}
