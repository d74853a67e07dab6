/// A calendar date at day, month or year precision ("2023-06-28", "2023-06", "2023").
public struct EventDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How much of the date is known.
    public enum Precision: String, Sendable, Hashable {
        case day, month, year
    }

    public let year: Int
    public let month: Int?
    public let day: Int?

    /// A date; nil when the parts do not form a real calendar date (day needs month).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, day >= 1, day <= EventDate.daysIn(month: month, year: year) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a full ISO 8601 timestamp (its time is ignored).
    public init?(iso: String) {
        let head = iso.prefix(10)
        let parts = head.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
              parts[0].count == 4, let y = Int(parts[0]) else { return nil }
        if iso.count > 10 {
            guard parts.count == 3, iso.dropFirst(10).first.map({ $0 == "T" || $0 == " " }) == true else { return nil }
        }
        var m: Int?, d: Int?
        if parts.count > 1 { guard parts[1].count == 2, let v = Int(parts[1]) else { return nil }; m = v }
        if parts.count > 2 { guard parts[2].count == 2, let v = Int(parts[2]) else { return nil }; d = v }
        self.init(year: y, month: m, day: d)
    }

    public var precision: Precision { day != nil ? .day : month != nil ? .month : .year }

    /// ISO 8601 text at this date's precision.
    public var iso: String {
        var s = zeroPadded(year, width: 4)
        if let month { s += "-" + zeroPadded(month, width: 2) }
        if let day { s += "-" + zeroPadded(day, width: 2) }
        return s
    }

    public var description: String { iso }

    public static func < (a: EventDate, b: EventDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// `v` in decimal, left-padded with zeros to `width` digits.
func zeroPadded(_ v: Int, width: Int) -> String {
    let digits = String(v)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
