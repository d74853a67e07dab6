/// Errors of the store; `invalidCursor` and `invalidQuery` are the client's fault.
public enum StoreError: Error, Sendable, Equatable {
    /// Kept for source compatibility with the placeholder API; the store never throws it.
    case notImplemented
    /// The page cursor was not one this store produced.
    case invalidCursor
    /// A filter value is malformed (the message says which and why).
    case invalidQuery(String)
    /// The store was closed.
    case closed
}
