/// Month and weekday names, relative-day words and same-day phrases per language, from
/// `lexicons/dates.json` (see LEXICONS.md).
struct DateLexicon: Sendable, Decodable {
    /// Per language, 12 lists of month forms (January first).
    let months: [String: [[String]]]
    /// Per language, 7 lists of weekday forms (Monday first).
    let weekdays: [String: [[String]]]
    /// Per language, phrase -> day offset from the reference day.
    let relativeDays: [String: [String: Int]]
    /// Per language, phrases meaning "the same day as the call reported before".
    let sameDay: [String: [String]]
    /// Per language, phrase -> day offset from the call reported before ("la veille" = -1).
    let relativeToPrevious: [String: [String: Int]]?
    /// Suffixes allowed on a day number ("1st", "1er").
    let ordinalSuffixes: [String]
}
