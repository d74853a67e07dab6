/// A topic of an event: catalogue id and its label.
public struct TopicRecord: Sendable, Equatable {
    public var id: String
    public var label: String

    public init(id: String, label: String) {
        self.id = id; self.label = label
    }
}
