/// Filters of `GET /v1/events`. Dates are ISO prefixes compared on the event date.
///
/// `since`/`until` exclude undated events; `until` is an inclusive prefix ("2023-06" keeps all
/// of June 2023). Results come newest first (undated last) in keyset pages.
public struct EventQuery: Sendable {
    /// Name or alias (case- and accent-insensitive), surname, or a numeric actor id.
    public var actor: String?
    /// ISO country code of any participant (compared upper-cased).
    public var country: String?
    /// Topic id of the catalogue.
    public var topic: String?
    public var since: String?
    public var until: String?
    public var type: String?
    public var minConfidence: Double?
    /// Page size; the caller clamps it to 1...500 (the store clamps too).
    public var limit: Int = 50
    /// Opaque cursor from a previous page's `nextCursor`.
    public var cursor: String?

    public init() {}
}
