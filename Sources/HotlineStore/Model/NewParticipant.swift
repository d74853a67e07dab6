/// A participant of a new event; `key` identifies the actor across articles.
public struct NewParticipant: Sendable {
    public var key: String
    public var name: String?
    public var country: String?
    public var role: String?
    public var aliases: [String]

    public init(key: String, name: String?, country: String?, role: String?, aliases: [String]) {
        self.key = key; self.name = name; self.country = country; self.role = role; self.aliases = aliases
    }
}
