/// The corrected state of an actor row: written as is (unlike ingest, which only fills gaps).
public struct ActorCorrection: Sendable, Equatable {
    /// The actor's identity key after the correction ("kb:<official id>" for a user official).
    public var key: String
    public var name: String?
    public var country: String?
    public var role: String?
    public var aliases: [String]

    public init(key: String, name: String?, country: String?, role: String?, aliases: [String]) {
        self.key = key; self.name = name; self.country = country; self.role = role; self.aliases = aliases
    }
}
