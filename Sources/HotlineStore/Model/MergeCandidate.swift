/// A stored event that shares at least two participants with a new one (all of them when
/// either has two), offered to the merge decision.
public struct MergeCandidate: Sendable {
    public var id: Int64
    public var date: String?
    public var participantKeys: Set<String>
    public var topicIDs: Set<String>
    /// Context and article publication day of each report already merged into it.
    public var reports: [(context: String, publishedAt: String?)]

    public init(id: Int64, date: String?, participantKeys: Set<String>, topicIDs: Set<String>,
                reports: [(context: String, publishedAt: String?)]) {
        self.id = id; self.date = date; self.participantKeys = participantKeys
        self.topicIDs = topicIDs; self.reports = reports
    }
}
