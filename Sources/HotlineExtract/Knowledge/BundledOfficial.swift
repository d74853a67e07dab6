/// A person of the bundled knowledge base as listed by `KnowledgeBase.bundledOfficials`:
/// canonical name, other written forms (any script), and the country and role of their latest office.
public struct BundledOfficial: Sendable, Equatable {
    public let id: String
    public let name: String
    public let aliases: [String]
    public let country: String
    public let role: String
}
