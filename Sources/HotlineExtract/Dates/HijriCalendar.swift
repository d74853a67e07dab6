import Foundation

/// Conversion of Hijri dates to Gregorian ones, on the Umm al-Qura calendar that Saudi and Gulf
/// agencies date their releases by ("5 شوال 1442هـ" is 17 May 2021). Foundation's calendars are
/// used here only: the rest of the date code counts days itself (`DateMath`).
enum HijriCalendar {
    private static let hijri: Calendar = {
        var c = Calendar(identifier: .islamicUmmAlQura)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()
    private static let gregorian: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()

    /// The Gregorian day of a Hijri date; nil for an impossible one (a 30th in a 29-day month).
    static func gregorian(year: Int, month: Int, day: Int) -> EventDate? {
        guard (1...12).contains(month), (1...30).contains(day),
              let date = hijri.date(from: DateComponents(year: year, month: month, day: day)),
              hijri.component(.day, from: date) == day else { return nil }
        let g = gregorian.dateComponents([.year, .month, .day], from: date)
        guard let y = g.year, let m = g.month, let d = g.day else { return nil }
        return EventDate(year: y, month: m, day: d)
    }

    /// The Hijri year a Gregorian day falls in.
    static func year(of date: EventDate) -> Int? {
        guard let month = date.month, let day = date.day,
              let g = gregorian.date(from: DateComponents(year: date.year, month: month, day: day)) else { return nil }
        return hijri.component(.year, from: g)
    }

    /// A year-less Hijri day ("الاثنين 5 شوال"): the latest such day on or before `reference`.
    static func latest(month: Int, day: Int, onOrBefore reference: EventDate) -> EventDate? {
        guard let year = year(of: reference) else { return nil }
        return [year, year - 1].lazy.compactMap { gregorian(year: $0, month: month, day: day) }
            .first { !DateMath.isBefore(reference, $0) }
    }
}
