/// One party on a call, as far as the text and the knowledge base identify it.
public struct Participant: Sendable, Hashable {
    /// Canonical full name in Latin script; nil when the text names only an office.
    public var name: String?
    /// ISO 3166-1 alpha-2 code, or an organisation code (UN, EU, AU, NATO).
    public var country: String?
    public var role: String?
    /// Other spellings of the name (from the knowledge base), used to answer actor queries.
    public var aliases: [String]
    /// Knowledge-base id when the person was resolved against it.
    public var officialID: String?

    public init(name: String?, country: String?, role: String?, aliases: [String] = [], officialID: String? = nil) {
        self.name = name
        self.country = country
        self.role = role
        self.aliases = aliases
        self.officialID = officialID
    }
}
