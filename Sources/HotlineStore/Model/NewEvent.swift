/// An event reported by the article being ingested.
public struct NewEvent: Sendable {
    public var type: String
    /// `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or nil.
    public var date: String?
    public var participants: [NewParticipant]
    /// Index into `participants` of the actor who placed the call, if known.
    public var initiator: Int?
    public var topics: [(id: String, label: String)]
    public var evidence: String
    public var context: String
    public var confidence: Double

    public init(type: String, date: String?, participants: [NewParticipant], initiator: Int?,
                topics: [(id: String, label: String)], evidence: String, context: String, confidence: Double) {
        self.type = type; self.date = date; self.participants = participants; self.initiator = initiator
        self.topics = topics; self.evidence = evidence; self.context = context; self.confidence = confidence
    }
}
