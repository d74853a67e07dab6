/// Month and weekday names, relative-day words and same-day phrases per language, from
/// `lexicons/dates.json` (see LEXICONS.md).
struct DateLexicon: Sendable, Decodable {
    /// Per language, 12 lists of month forms (January first).
    let months: [String: [[String]]]
    /// Per language, 12 lists of Hijri month forms (Muharram first): read only after a day
    /// number, and converted on the Umm al-Qura calendar (`HijriCalendar`).
    let hijriMonths: [String: [[String]]]?
    /// Per language, 7 lists of weekday forms (Monday first).
    let weekdays: [String: [[String]]]
    /// Per language, phrase -> day offset from the reference day.
    let relativeDays: [String: [String: Int]]
    /// Per language, phrases meaning "the same day as the call reported before".
    let sameDay: [String: [String]]
    /// Per language, phrase -> day offset from the call reported before ("la veille" = -1).
    let relativeToPrevious: [String: [String: Int]]?
    /// Per language, phrase -> month offset from the reference day's month ("last month" = -1):
    /// the call is dated to that month.
    let relativeMonths: [String: [String: Int]]?
    /// Per language, periods that place the call without dating it ("last week", "récemment"):
    /// the call then takes no date, not even the dateline's.
    let vaguePeriods: [String: [String]]?
    /// Per language, periods that move the story to an undated earlier time ("weeks earlier",
    /// "quelques semaines plus tôt"): vague like `vaguePeriods`, and a call told after a sentence
    /// with one takes no day from the calls before it.
    let earlierPeriods: [String: [String]]?
    /// Per language, phrase -> week offset from the reference day's week ("last week" = -1, "this
    /// week" = 0, weeks from Monday): a period like `vaguePeriods`, but a call it places takes the
    /// month when that week (up to the reference day) lies in one month.
    let weekPeriods: [String: [String: Int]]?
    /// Per language, words that make the day right after them the start of a period ("since
    /// Sunday", "depuis lundi"): what happened since then is not dated by it.
    let periodStarts: [String: [String]]?
    /// Per language, phrases that make the date right after them the end of a period or a
    /// deadline ("until April 2", "jusqu'au 2 avril", "hasta el 2 de abril"): no cue at all.
    let periodEnds: [String: [String]]?
    /// Per language, words right before or after a weekday that put it after the reference day
    /// ("next Thursday", "jeudi prochain", "el próximo jueves", "الخميس المقبل"): no call's day.
    let nextWords: [String: [String]]?
    /// Per language, words right before a weekday that make it recur ("every Saturday", "chaque
    /// samedi", "cada sábado", "كل سبت"): no day at all.
    let recurringWords: [String: [String]]?
    /// Per language, phrases meaning "on the day the story last named" ("ce jour-là", "that
    /// day"): the last full date the story gave before them, whatever it dated.
    let thatDay: [String: [String]]?
    /// Per language, words that may introduce a month named alone ("in October", "début
    /// octobre", "el mes de junio"); a joiner ("de", "of") may stand between.
    let monthLeads: [String: [String]]?
    /// Per language, words after a day number that name the current month ("le 12 courant",
    /// "el 12 del corriente", "يوم 12 الجاري"): that day of the reference day's month.
    let currentMonth: [String: [String]]?
    /// Per language, words after a relative-to-previous day that tie it to an event named after
    /// it ("la veille du sommet", "the day before the vote"): another event's eve, undated here.
    let eventOf: [String: [String]]?
    /// Per language, the story's call named after an `eventOf` word ("la veille de cet
    /// entretien", "the day before that call"): the eve of that call, counted from it.
    let eventOfCall: [String: [String]]?
    /// Per language, ordinal words for the day of a month written before it ("في الثامن من
    /// مايو", on the eighth of May): phrase -> day.
    let dayOrdinals: [String: [String: Int]]?
    /// Per language, words before a day number given without a month ("on the 8th", "el pasado
    /// día 8"): the latest such day on or before the reference day.
    let dayLeads: [String: [String]]?
    /// Per language, words that may follow such a day ("on the 8th and ..."); any other lower-case
    /// word makes the number a noun's ordinal ("on the 20th anniversary").
    let bareDayFollowers: [String: [String]]?
    /// Per language, words between an ordinal day word and its month ("من" in "الثامن من مايو").
    let ordinalJoiners: [String: [String]]?
    /// Per language, words between the two days of a range ("du 15 au 17 mars", "March 15 to
    /// 17"): a range dates a period (an election, a summit), never a call.
    let rangeJoiners: [String: [String]]?
    /// Per language, phrases right before or after a month (and its day) that put it in the
    /// past: phrase -> years back, 0 for the latest such month before the reference day ("last
    /// August", "août dernier", "el pasado agosto") and 1 for last year's ("August last year",
    /// "en agosto del año pasado", "في أغسطس من العام الماضي").
    let pastMonths: [String: PastMonthPhrases]?
    /// Suffixes allowed on a day number ("1st", "1er").
    let ordinalSuffixes: [String]

    /// The phrases of one language that make a month past.
    struct PastMonthPhrases: Sendable, Decodable {
        let before: [String: Int]?
        let after: [String: Int]?
    }
}
