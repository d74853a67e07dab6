/// A correction would give an actor the identity key another actor already has.
public struct ActorKeyConflictError: Error, Sendable, Equatable {
    public let key: String
    /// The actor that holds the key.
    public let actorID: Int64

    public init(key: String, actorID: Int64) {
        self.key = key; self.actorID = actorID
    }
}
