import Glibc

/// The `Date` header value (IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT"), formatted at most once a
/// second. One per connection, so no locking is needed.
struct HTTPDateCache {
    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private var second: time_t = -1
    private var cached = ""

    /// The current date, formatted.
    mutating func now() -> String {
        let current = time(nil)
        if current != second {
            second = current
            cached = Self.format(current)
        }
        return cached
    }

    /// `seconds` since the epoch as an IMF-fixdate.
    static func format(_ seconds: time_t) -> String {
        var seconds = seconds
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(days[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(1900 + parts.tm_year) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
    }
}
