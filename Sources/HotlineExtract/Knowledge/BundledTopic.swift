/// A topic of the bundled catalogue (`topics.json`) and its cue phrases.
public struct BundledTopic: Sendable, Equatable {
    public let id: String
    public let label: String
    /// Cue phrases of the topic (any language), as written in the catalogue.
    public let cues: [String]
}
