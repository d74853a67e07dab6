/// A temporal expression found in a sentence, before resolution against a reference day.
struct DateCue: Sendable {
    /// What the expression says.
    enum Value: Sendable, Equatable {
        /// A calendar date; `year` nil when the text omits it ("March 27").
        case absolute(year: Int?, month: Int, day: Int?)
        /// A weekday, 0 = Monday.
        case weekday(Int)
        /// Days from the reference day ("yesterday" = -1).
        case relative(Int)
        /// "the same day": the day of the call reported before.
        case sameDay
        /// "that day", "ce jour-là": the last full date the story gave, whatever it dated (the
        /// caller passes it as `previous`).
        case thatDay
        /// Days from the call reported before ("la veille" = -1).
        case relativeToPrevious(Int)
        /// Months from the reference day's month ("last month" = -1): month precision.
        case relativeMonth(Int)
        /// A day of the reference day's month ("le 12 courant"), on or before the reference day.
        case dayOfCurrentMonth(Int)
        /// A day given without its month ("on the 8th"): the latest such day on or before the
        /// reference day.
        case dayOfMonth(Int)
        /// A month (and day) said to be past ("last August": `yearsBack` 0, the latest before
        /// the reference day; "August last year": 1, that month of the year before).
        case pastMonth(month: Int, day: Int?, yearsBack: Int)
        /// A Hijri day without its year ("الاثنين 5 شوال"): the latest such day on or before the
        /// reference day.
        case hijri(month: Int, day: Int)
        /// A period that places the call without dating it ("recently"): no date.
        case vague
        /// A week from the reference day's week ("last week" = -1): vague too, but see
        /// `monthOfWeek(reference:)`.
        case week(Int)
    }

    let value: Value
    /// A period that places the call without dating it.
    var isVague: Bool {
        switch value {
        case .vague, .week: true
        default: false
        }
    }
    /// A week before the reference day's ("last week", "la semana pasada").
    var isPastWeek: Bool {
        if case let .week(n) = value { n < 0 } else { false }
    }
    /// Token span of the expression.
    let start: Int
    let end: Int
    /// What a vague cue was before a `periodStarts` word made it the start of a period ("since
    /// June 2019"): the day an earlier call took place when the sentence says so ("the first call
    /// since June 2019, when they last spoke").
    var periodStart: Value? = nil

    /// The day (or month) the cue denotes, given the reference day; nil when it needs one and
    /// there is none.
    func resolve(reference: EventDate?, previous: EventDate?) -> EventDate? {
        switch value {
        case let .absolute(year, month, day):
            if let year { return EventDate(year: year, month: month, day: day) }
            guard let reference else { return nil }
            // The year that puts the date on or shortly before the reference day.
            // A call lies on or before the reference day: a later date this year is last year's
            // only when it is far ahead (a January report of December 30), otherwise no call date.
            guard let same = EventDate(year: reference.year, month: month, day: day) else { return nil }
            guard DateMath.isBefore(reference, same) else { return same }
            let ahead = (same.month ?? 1) - (reference.month ?? 1)
            return ahead >= 6 ? EventDate(year: reference.year - 1, month: month, day: day) : nil
        case let .weekday(w):
            return reference.flatMap { DateMath.latest(weekday: w, onOrBefore: $0) }
        case let .relative(offset):
            return reference.flatMap { DateMath.adding(days: offset, to: $0) }
        case .sameDay, .thatDay:
            return previous
        case let .relativeToPrevious(offset):
            return previous.flatMap { DateMath.adding(days: offset, to: $0) }
        case let .relativeMonth(offset):
            guard let reference, let month = reference.month else { return nil }
            let index = reference.year * 12 + (month - 1) + offset
            return EventDate(year: index / 12, month: index % 12 + 1)
        case let .dayOfCurrentMonth(day):
            guard let reference, let month = reference.month, let date = EventDate(year: reference.year, month: month, day: day),
                  !DateMath.isBefore(reference, date) else { return nil }
            return date
        case let .dayOfMonth(day):
            guard let reference, let month = reference.month else { return nil }
            if let date = EventDate(year: reference.year, month: month, day: day), !DateMath.isBefore(reference, date) { return date }
            return month == 1 ? EventDate(year: reference.year - 1, month: 12, day: day) : EventDate(year: reference.year, month: month - 1, day: day)
        case let .pastMonth(month, day, yearsBack):
            guard let reference else { return nil }
            if yearsBack > 0 { return EventDate(year: reference.year - yearsBack, month: month, day: day) }
            guard let same = EventDate(year: reference.year, month: month, day: day) else { return nil }
            // (the month of the reference day itself is this year's only with a day before it)
            let before = day == nil ? (same.month ?? 0) < (reference.month ?? 0) : DateMath.isBefore(same, reference)
            return before ? same : EventDate(year: reference.year - 1, month: month, day: day)
        case let .hijri(month, day):
            return reference.flatMap { HijriCalendar.latest(month: month, day: day, onOrBefore: $0) }
        case .vague, .week:
            return nil
        }
    }

    /// For a week cue, the month that week lies in, from its Monday up to the reference day
    /// ("last week" in a report of Monday 20 March: March); nil when the week spans two months,
    /// or for any other cue.
    func monthOfWeek(reference: EventDate?) -> EventDate? {
        guard case let .week(offset) = value, let reference, reference.day != nil,
              let weekday = DateMath.weekday(reference),
              let monday = DateMath.adding(days: 7 * offset - weekday, to: reference) else { return nil }
        let last = offset < 0 ? DateMath.adding(days: 6, to: monday) : reference
        guard let last, let month = monday.month, monday.year == last.year, month == last.month else { return nil }
        return EventDate(year: monday.year, month: month)
    }
}
