/// A catalogue topic (or a named item outside the catalogue) attached to an event.
public struct Topic: Sendable, Hashable {
    public var id: String
    public var label: String

    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}
