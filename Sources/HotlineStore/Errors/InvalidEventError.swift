/// A `NewEvent` handed to `Store.ingest` is malformed (e.g. an initiator index out of range or
/// a date that is not `YYYY[-MM[-DD]]`). The whole ingest is rolled back.
public struct InvalidEventError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Index of the event in the `events` argument.
    public let eventIndex: Int
    public let reason: String

    public init(eventIndex: Int, reason: String) {
        self.eventIndex = eventIndex; self.reason = reason
    }

    public var description: String { "event \(eventIndex): \(reason)" }
}
