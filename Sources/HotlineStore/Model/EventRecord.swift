/// A stored call with everything the API shows: participants in first-seen order, topics in
/// first-seen order, sources ordered by article id.
public struct EventRecord: Sendable, Equatable {
    public var id: Int64
    public var type: String
    public var date: String?
    public var confidence: Double
    public var participants: [ActorRecord]
    public var initiator: ActorRecord?
    public var topics: [TopicRecord]
    public var sources: [SourceRecord]

    public init(id: Int64, type: String, date: String?, confidence: Double, participants: [ActorRecord],
                initiator: ActorRecord?, topics: [TopicRecord], sources: [SourceRecord]) {
        self.id = id; self.type = type; self.date = date; self.confidence = confidence
        self.participants = participants; self.initiator = initiator; self.topics = topics; self.sources = sources
    }
}
