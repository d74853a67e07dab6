/// A stored actor as the API shows it.
public struct ActorRecord: Sendable, Equatable {
    public var id: Int64
    public var name: String?
    public var country: String?
    public var role: String?
    public var aliases: [String]

    public init(id: Int64, name: String?, country: String?, role: String?, aliases: [String]) {
        self.id = id; self.name = name; self.country = country; self.role = role; self.aliases = aliases
    }
}
