/// Calendar arithmetic on `EventDate` without Foundation calendars (proleptic Gregorian).
enum DateMath {
    /// Days since 1970-01-01 of a day-precise date.
    static func dayNumber(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func date(fromDayNumber z0: Int) -> EventDate {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return EventDate(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)!
    }

    /// 0 = Monday ... 6 = Sunday.
    static func weekday(_ date: EventDate) -> Int? {
        guard let m = date.month, let d = date.day else { return nil }
        let n = dayNumber(date.year, m, d)
        return ((n % 7) + 7 + 3) % 7   // 1970-01-01 was a Thursday (3)
    }

    static func adding(days: Int, to date: EventDate) -> EventDate? {
        guard let m = date.month, let d = date.day else { return nil }
        return self.date(fromDayNumber: dayNumber(date.year, m, d) + days)
    }

    /// The latest day with weekday `w` (0 = Monday) on or before `reference`.
    static func latest(weekday w: Int, onOrBefore reference: EventDate) -> EventDate? {
        guard let rw = weekday(reference) else { return nil }
        return adding(days: -((rw - w + 7) % 7), to: reference)
    }

    /// `a` lies wholly before `b` at the precision they share.
    static func isBefore(_ a: EventDate, _ b: EventDate) -> Bool {
        if a.year != b.year { return a.year < b.year }
        guard let am = a.month, let bm = b.month else { return false }
        if am != bm { return am < bm }
        guard let ad = a.day, let bd = b.day else { return false }
        return ad < bd
    }

    /// Days between two day-precise dates (b - a), nil otherwise.
    static func days(from a: EventDate, to b: EventDate) -> Int? {
        guard let am = a.month, let ad = a.day, let bm = b.month, let bd = b.day else { return nil }
        return dayNumber(b.year, bm, bd) - dayNumber(a.year, am, ad)
    }
}
