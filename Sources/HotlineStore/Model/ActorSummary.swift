/// An actor with how often it was on a call and with whom.
public struct ActorSummary: Sendable, Equatable {
    public var actor: ActorRecord
    /// Number of stored events the actor takes part in.
    public var callCount: Int
    /// Other actors of those events with the number of shared events, most frequent first
    /// (ties by actor id).
    public var counterparts: [(actor: ActorRecord, calls: Int)]

    public init(actor: ActorRecord, callCount: Int, counterparts: [(actor: ActorRecord, calls: Int)]) {
        self.actor = actor; self.callCount = callCount; self.counterparts = counterparts
    }

    public static func == (a: ActorSummary, b: ActorSummary) -> Bool {
        a.actor == b.actor && a.callCount == b.callCount
            && a.counterparts.map(\.actor) == b.counterparts.map(\.actor) && a.counterparts.map(\.calls) == b.counterparts.map(\.calls)
    }
}
