/// A value bound to a statement parameter. Values are always bound, never put into SQL text.
enum SQLValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    /// `.text(s)` or `.null` for nil.
    static func optional(_ s: String?) -> SQLValue { s.map(SQLValue.text) ?? .null }
}
