/// Finds date expressions in a sentence's tokens: "31 mars 2022", "March 27", "Dec. 10",
/// "4 de febrero de 2025", "01/04/2022", "2023-06-28", "in early October", weekdays,
/// relative days ("yesterday", "hier", "ayer", "أمس") and "the same day".
struct DateFinder: Sendable {
    let indexes: LexiconIndexes

    static let joiners: Set<String> = ["de", "del", "of", "the", "le"]
    /// Articles that may stand between a period word and its day ("desde el domingo").
    static let articles: Set<String> = ["the", "le", "la", "el", "l"]

    /// The day number at `k` ends a range: a range word and a day number before it ("15 au 17").
    func isRangeEnd(at k: Int, tokens: [Token]) -> Bool {
        k >= 2 && indexes.rangeJoiners.contains(tokens[k - 1].folded) && dayNumber(tokens[k - 2]) != nil
    }

    /// A day or month word at `start..<end` with a `nextWords` word right before or after it
    /// ("jeudi prochain", "الخميس المقبل", "next March"): a time to come, which dates no call.
    func isToCome(_ start: Int, _ end: Int, in tokens: [Token]) -> Bool {
        (start >= 1 && indexes.nextWords.contains(tokens[start - 1].folded)) || (end < tokens.count && indexes.nextWords.contains(tokens[end].folded))
    }

    /// The day number at `k` starts a range: a range word and a day number after it ("15 to 17").
    func isRangeStart(at k: Int, tokens: [Token]) -> Bool {
        k + 2 < tokens.count && indexes.rangeJoiners.contains(tokens[k + 1].folded) && dayNumber(tokens[k + 2]) != nil
    }

    func cues(in tokens: [Token], language: String?) -> [DateCue] {
        let langs = language.map { [$0] + ["en", "fr", "es", "ar"].filter { $0 != language } } ?? ["en", "fr", "es", "ar"]
        let matchers = langs.compactMap { indexes.dateWords[$0] }
        var words: [(start: Int, end: Int, word: LexiconIndexes.DateWord)] = []
        var i = 0
        while i < tokens.count {
            var hit: PhraseMatcher<LexiconIndexes.DateWord>.Match?
            for matcher in matchers {
                if let m = matcher.match(tokens, at: i), m.end - m.start > (hit.map { $0.end - $0.start } ?? 0) {
                    hit = m
                }
            }
            if let hit, let w = hit.values.first {
                words.append((hit.start, hit.end, w))
                i = hit.end
            } else {
                i += 1
            }
        }
        var cues: [DateCue] = []
        var hijri = Set<Int>()   // the cues of Hijri dates
        var used = Set<Int>()
        var synonym = -1   // the second name of a month written twice
        var pastEnd = -1   // end of a past month's phrase ("August last year": "last year" is in it)
        for (wi, w) in words.enumerated() where wi != synonym && w.start >= pastEnd {
            switch w.word {
            case let .month(month, abbreviated):
                var day: Int?, dayAt: Int?, year: Int?, yearAt: Int?
                // an ordinal word before, maybe over a joiner: "الثامن من مايو"
                if wi > 0, case let .dayOrdinal(n) = words[wi - 1].word,
                   words[wi - 1].end == w.start || (words[wi - 1].end == w.start - 1 && indexes.ordinalJoiners.contains(tokens[w.start - 1].folded)) {
                    day = n; dayAt = words[wi - 1].start
                }
                // day before: "31 mars", "4 de febrero"
                if day == nil, w.start >= 1, let d = dayNumber(tokens[w.start - 1]) { day = d; dayAt = w.start - 1 }
                else if day == nil, w.start >= 2, Self.joiners.contains(tokens[w.start - 1].folded), let d = dayNumber(tokens[w.start - 2]) {
                    day = d; dayAt = w.start - 2
                }
                var k = w.end
                // ("سبتمبر/ أيلول 2023": the same month in its two Arabic names, one date; a slash
                // leaves no token)
                var monthEnd = w.end
                if wi + 1 < words.count, case .month(month, _) = words[wi + 1].word,
                   words[wi + 1].start == w.end || (words[wi + 1].start == w.end + 1 && tokens[w.end].folded == "-") {
                    synonym = wi + 1
                    k = words[wi + 1].end
                    monthEnd = k
                }
                if day == nil, k < tokens.count, let d = dayNumber(tokens[k]) { day = d; dayAt = k; k += 1 }
                while k < tokens.count, tokens[k].folded == "," || Self.joiners.contains(tokens[k].folded) { k += 1 }
                if k < tokens.count, let y = yearNumber(tokens[k]) { year = y; yearAt = k }
                // ("في العاشر من مارس المقبل", "next March": a month to come dates nothing)
                if year == nil, isToCome(w.start, monthEnd, in: tokens) {
                    for t in min(dayAt ?? w.start, w.start)..<monthEnd { used.insert(t) }
                    continue
                }
                // ("last August", "août dernier", "en agosto del año pasado": a past month)
                if year == nil, !abbreviated || day != nil {
                    let tail = indexes.pastMonthAfter.match(tokens, at: max(monthEnd, dayAt.map { $0 + 1 } ?? 0))
                    let before = indexes.pastMonthBefore   // (a lazy closure on `indexes` would copy the finder)
                    let lead = (max(0, w.start - 3)..<w.start).lazy.compactMap { before.match(tokens, at: $0) }
                        .first { $0.end == (dayAt.map { min($0, w.start) } ?? w.start) }
                    if let past = tail ?? lead, let years = past.values.first {
                        let start = min(past.start, dayAt ?? w.start, w.start)
                        let end = max(past.end, monthEnd, dayAt.map { $0 + 1 } ?? monthEnd)
                        cues.append(DateCue(value: .pastMonth(month: month, day: day, yearsBack: years), start: start, end: end))
                        for t in start..<end { used.insert(t) }
                        pastEnd = end
                        continue
                    }
                }
                if day == nil && year == nil {
                    // month only: needs a full name and a lead word ("in October")
                    // ("a principios de junio", "au début de juin": the lead before a joiner)
                    let lead = w.start >= 1 && (indexes.monthLeads.contains(tokens[w.start - 1].folded)
                        || (w.start >= 2 && Self.joiners.contains(tokens[w.start - 1].folded) && indexes.monthLeads.contains(tokens[w.start - 2].folded)))
                    guard !abbreviated, lead else { continue }
                }
                if abbreviated && day == nil { continue }
                let start = min(dayAt ?? w.start, w.start)
                let end = max(yearAt.map { $0 + 1 } ?? monthEnd, dayAt.map { $0 + 1 } ?? monthEnd)
                // ("du 15 au 17 mars", "March 15 to 17": a period, placing what it tells of without a day)
                let range = dayAt.map { isRangeEnd(at: $0, tokens: tokens) || isRangeStart(at: $0, tokens: tokens) } ?? false
                cues.append(DateCue(value: range ? .vague : .absolute(year: year, month: month, day: day), start: start, end: end))
                for t in start..<end { used.insert(t) }
            case let .hijriMonth(month):
                // only after a day number: "5 شوال", "06 شوال 1442 هـ"
                guard w.start >= 1, let day = dayNumber(tokens[w.start - 1]) else { continue }
                var end = w.end
                var date: DateCue.Value = .hijri(month: month, day: day)
                if end < tokens.count, let year = hijriYear(tokens[end]) {
                    end += 1
                    if end < tokens.count, Self.hijriEra.contains(tokens[end].folded) { end += 1 }
                    guard let g = HijriCalendar.gregorian(year: year, month: month, day: day), let m = g.month else { continue }
                    date = .absolute(year: g.year, month: m, day: g.day)
                }
                hijri.insert(cues.count)
                cues.append(DateCue(value: date, start: w.start - 1, end: end))
                for t in w.start - 1..<end { used.insert(t) }
            case let .weekday(d):
                // ("la séance de jeudi prochain", "الخميس المقبل": a day to come dates no call)
                if isToCome(w.start, w.end, in: tokens) { continue }
                // ("Chaque samedi, la rédaction ...": a weekday that recurs is no day)
                if w.start >= 1, indexes.recurringWords.contains(tokens[w.start - 1].folded) { continue }
                if let day = dayAfterWeekday(w.end, tokens: tokens, words: words) {
                    cues.append(DateCue(value: .dayOfMonth(day.day), start: w.start, end: day.end))
                    continue
                }
                cues.append(DateCue(value: .weekday(d), start: w.start, end: w.end))
            case let .relative(off):
                cues.append(DateCue(value: .relative(off), start: w.start, end: w.end))
            case .sameDay:
                cues.append(DateCue(value: .sameDay, start: w.start, end: w.end))
            case .thatDay:
                cues.append(DateCue(value: .thatDay, start: w.start, end: w.end))
            case let .relativeToPrevious(off):
                // ("la veille du sommet", "the day before the vote": the eve of another event, undated
                // here; but "la veille de cet entretien" counts from the call told before)
                let ofEvent = w.end < tokens.count && indexes.eventOf.contains(tokens[w.end].folded) && !indexes.namesStoryCall(at: w.end, in: tokens)
                cues.append(DateCue(value: ofEvent ? .vague : .relativeToPrevious(off), start: w.start, end: w.end))
            case let .relativeMonth(off):
                cues.append(DateCue(value: .relativeMonth(off), start: w.start, end: w.end))
            case .currentMonth:
                // "le 12 courant", "يوم 12 الجاري": the day number right before
                // (or a day ordinal: "في الثالث عشر من الشهر الجاري")
                if wi > 0, case let .dayOrdinal(day) = words[wi - 1].word, words[wi - 1].end == w.start {
                    cues.append(DateCue(value: .dayOfCurrentMonth(day), start: words[wi - 1].start, end: w.end))
                    continue
                }
                guard w.start >= 1, let day = dayNumber(tokens[w.start - 1]) else { continue }
                cues.append(DateCue(value: .dayOfCurrentMonth(day), start: w.start - 1, end: w.end))
            case .dayOrdinal:
                continue   // only before a month
            case .dayLead:
                // "on the 8th", "el pasado día 8": a day number with no month or year after it
                guard w.end < tokens.count, let day = dayNumber(tokens[w.end]) else { continue }
                let next = w.end + 1
                let monthAfter = words.contains { x in
                    guard x.start == next || (x.start == next + 1 && Self.joiners.contains(tokens[next].folded)) else { return false }
                    if case .month = x.word { return true } else { return false }
                }
                guard !monthAfter, !(next < tokens.count && yearNumber(tokens[next]) != nil) else { continue }
                // (not a noun's ordinal: "on the 20th anniversary")
                if next < tokens.count, tokens[next].isWord, !tokens[next].isCapitalized, !indexes.bareDayFollowers.contains(tokens[next].folded) { continue }
                cues.append(DateCue(value: .dayOfMonth(day), start: w.start, end: next))
            case .vague:
                cues.append(DateCue(value: .vague, start: w.start, end: w.end))
            case let .week(off):
                cues.append(DateCue(value: .week(off), start: w.start, end: w.end))
            }
        }
        // ("06 شوال 1442 هـ الموافق 18 مايو 2021 م", "Jeudi 14 mars 2024 | 3 Ramadan 1445": a
        // Hijri date next to its Gregorian one is that date, which the text gives; the month's
        // start varies by country)
        if !hijri.isEmpty {
            let gregorianDays = cues.indices.filter { i in
                if !hijri.contains(i), case .absolute(_, _, _?) = cues[i].value { return true } else { return false }
            }.map { cues[$0] }
            cues = cues.indices.filter { i in
                !hijri.contains(i) || !gregorianDays.contains { g in
                    (g.start >= cues[i].end && g.start - cues[i].end <= Self.equivalentGap)
                        || (g.end <= cues[i].start && cues[i].start - g.end <= Self.equivalentGap)
                }
            }.map { cues[$0] }
        }
        // numeric dates: dd/mm/yyyy and yyyy-mm-dd
        var t = 0
        while t + 2 < tokens.count {
            if !used.contains(t), let a = Int(tokens[t].folded), let b = Int(tokens[t + 1].folded), let c = Int(tokens[t + 2].folded),
               tokens[t].isWord, tokens[t + 1].isWord, tokens[t + 2].isWord {
                if tokens[t].folded.count == 4, (1...12).contains(b), (1...31).contains(c), EventDate(year: a, month: b, day: c) != nil {
                    cues.append(DateCue(value: .absolute(year: a, month: b, day: c), start: t, end: t + 3)); t += 3; continue
                }
                if tokens[t + 2].folded.count == 4, (1...31).contains(a), (1...12).contains(b), EventDate(year: c, month: b, day: a) != nil {
                    cues.append(DateCue(value: .absolute(year: c, month: b, day: a), start: t, end: t + 3)); t += 3; continue
                }
            }
            t += 1
        }
        // "since Sunday", "depuis lundi": the start of a period, which dates nothing
        // ("has held talks with several leaders since Sunday")
        cues = cues.map { c in
            // (an article may stand between: "desde el domingo")
            let before = c.start >= 2 && Self.articles.contains(tokens[c.start - 1].folded) ? c.start - 2 : c.start - 1
            guard before >= 0, indexes.periodStarts.contains(tokens[before].folded) else { return c }
            switch c.value {
            // (a month too: "the first call since January")
            case .weekday, .relative, .absolute, .relativeMonth, .pastMonth: return DateCue(value: .vague, start: c.start, end: c.end, periodStart: c.value)
            default: return c
            }
        }
        // "until April 2", "jusqu'au 2 avril": a deadline or a period's end, no day of the call
        // (the phrase may end with the day's article, "hasta el", or before it, "until the 2nd")
        cues.removeAll { c in
            let ends = c.start >= 1 && Self.articles.contains(tokens[c.start - 1].folded) ? [c.start, c.start - 1] : [c.start]
            return (max(0, c.start - Self.periodEndReach - 1)..<c.start).contains { k in
                indexes.periodEnds.match(tokens, at: k).map { ends.contains($0.end) } == true
            }
        }
        return cues.sorted { $0.start < $1.start }
    }

    /// Most words of a `periodEnds` phrase ("until at the earliest").
    static let periodEndReach = 4

    /// "viernes 13", "vendredi 13", "Friday, the 13th": the day of the month right after a
    /// weekday (a comma and an article between), when no month, year or clock time follows it
    /// ("vendredi 13 juin" is read at the month; "Friday 10 am" is an hour) and the sentence goes
    /// on after it.
    private func dayAfterWeekday(_ end: Int, tokens: [Token], words: [(start: Int, end: Int, word: LexiconIndexes.DateWord)]) -> (day: Int, end: Int)? {
        var k = end
        if k < tokens.count, tokens[k].folded == "," { k += 1 }
        if k < tokens.count, Self.articles.contains(tokens[k].folded) { k += 1 }
        // (a line that is only the weekday and its number, "LUNES 17", is a round-up's heading)
        guard k + 1 < tokens.count, let day = dayNumber(tokens[k]) else { return nil }
        let next = k + 1
        let t = tokens[next]
        if [":", "."].contains(t.folded) || Self.clockWords.contains(t.folded) || yearNumber(t) != nil || dayNumber(t) != nil { return nil }
        let month = { (j: Int) in words.contains { x in
            guard x.start == j else { return false }
            switch x.word {
            case .month, .hijriMonth: return true
            default: return false
            }
        } }
        if month(next) || (Self.joiners.contains(t.folded) && month(next + 1)) { return nil }
        // (nor a month of another calendar the lexicon lacks, with its year: "Jeudi 17 Tichri 5785")
        if tokens[next..<min(tokens.count, next + 4)].contains(where: { $0.folded.count == 4 && $0.folded.allSatisfy(\.isNumber) }) { return nil }
        return (day, next)
    }
    /// Words after a number that make it an hour.
    static let clockWords: Set<String> = ["h", "am", "pm", "a", "p", "hrs", "heures", "horas", "hours", "o"]

    /// 1...31 with an optional ordinal suffix ("1er", "3rd").
    func dayNumber(_ token: Token) -> Int? {
        guard token.isWord else { return nil }
        let digits = token.folded.prefix { $0.isASCII && $0.isNumber }
        let rest = token.folded.dropFirst(digits.count)
        guard !digits.isEmpty, digits.count <= 2, rest.isEmpty || indexes.ordinalSuffixes.contains(String(rest)),
              let n = Int(digits), (1...31).contains(n) else { return nil }
        return n
    }

    /// Era marks after a Hijri year ("1442 هـ", "1446 AH").
    static let hijriEra: Set<String> = ["ه", "هـ", "ah", "h"]
    /// Most tokens between a Hijri date and the Gregorian day it equals ("، الموافق").
    static let equivalentGap = 4

    /// A Hijri year 1300...1600, also with the era letter attached ("1442هـ").
    func hijriYear(_ token: Token) -> Int? {
        let digits = token.folded.prefix { $0.isASCII && $0.isNumber }
        guard token.isWord, digits.count == 4, let y = Int(digits), (1300...1600).contains(y) else { return nil }
        return y
    }

    /// A year 1900...2100, also with the Arabic era letter attached ("2023م").
    func yearNumber(_ token: Token) -> Int? {
        let digits = token.folded.hasSuffix("م") ? String(token.folded.dropLast()) : token.folded
        guard token.isWord, digits.count == 4, let y = Int(digits), (1900...2100).contains(y) else { return nil }
        return y
    }

    /// Sentences at a page's top that hold its own date lines, not an entry's day heading.
    static let pageHeadLines = 4

    /// The days of a round-up's entries ("MONDAY. With fighting raging, Ruto ...", or a line
    /// "Tuesday 3 June" above a paragraph): a paragraph's first sentence that is only a weekday or
    /// a day's date dates the rest of its paragraph, or the next paragraph when it stands alone,
    /// when the story has two such headings at least. Keys are paragraph indexes.
    func headingDays(of story: Story, reference: EventDate?, allowsOne: Bool = false) -> [Int: EventDate] {
        var days: [Int: EventDate] = [:]
        var firstHeading: Int?   // the sentence of the first heading found
        for (si, s) in story.sentences.enumerated() where story.opensParagraph(si) {
            let words = s.tokens.indices.filter { s.tokens[$0].isWord }
            // ("Entretien de M. X avec M. Y (22 janvier 2025)", "SUMMARY | PRESS DESK | OCTOBER 22,
            // 2021": an item's title or label line that ends with its full date set apart dates the
            // item, from that line on, or from the title line right above a label)
            let alone = story.closesParagraph(si)
            let itemDated = { (known: [DateCue]?) in
                guard alone, let (day, label) = self.trailingDay(of: s, cues: known, language: story.language, reference: reference) else { return }
                // (the line before is a paragraph of its own, the one right above: si opens its paragraph)
                let titled = label && si > 0 && story.opensParagraph(si - 1) && story.sentences[si - 1].paragraph == s.paragraph - 1
                    && story.sentences[si - 1].text.last != "." && days[s.paragraph - 1] == nil
                days[titled ? s.paragraph - 1 : s.paragraph] = day
                firstHeading = firstHeading ?? si
            }
            if words.count > Self.headingWords {
                itemDated(nil)
                continue
            }
            guard !words.isEmpty else { continue }
            let cs = cues(in: s.tokens, language: story.language)
            // (a full date before a weekday: "Tuesday, June 10, 2025" is that day, not the latest Tuesday)
            let fullDate = cs.first { c in
                if case .absolute(_?, _, _?) = c.value { return true }
                return false
            }
            guard let cue = fullDate ?? cs.first(where: { c in
                switch c.value {
                case .weekday: return true
                case .absolute(_, _, let d): return d != nil
                default: return false
                }
            }), words.allSatisfy({ k in
                cs.contains { $0.start <= k && k < $0.end } || isWeekday(s.tokens[k], language: story.language) || isClockPart(k, in: s.tokens)
                    || weekdayNumber(at: k, in: s.tokens, language: story.language) != nil
            }),
                  let resolved = cue.resolve(reference: reference, previous: nil) else {
                // ("SUMMARY | PRESS DESK | OCTOBER 22, 2021": a short label line)
                itemDated(cs)
                continue
            }
            // ("Domingo 12", "Lundi 13": the weekday's latest date on that day of a month)
            let number = words.lazy.compactMap { self.weekdayNumber(at: $0, in: s.tokens, language: story.language) }.first
            guard let day = Self.weekdayDate(cs, reference: reference)
                    ?? number.map({ n in Self.latest(resolved, onDayOfMonth: n) }) ?? resolved else { continue }
            days[alone ? s.paragraph + 1 : s.paragraph] = day
            firstHeading = firstHeading ?? si
        }
        // (one date line alone is the date above an article, not a round-up's; with `allowsOne`,
        // one below the page's first lines separates a live page's entries by day)
        if allowsOne, days.count == 1, let heading = firstHeading, heading >= Self.pageHeadLines { return days }
        return days.count >= 2 ? days : [:]
    }

    /// The full date a line ends with, in brackets or after a bar ("... (22 janvier 2025)",
    /// "... | OCTOBER 22, 2021", then `label` is true); nil for a list item ("- Other story
    /// (2 avril 2024)") or a line ending in a full stop. `known`: the line's cues when already read.
    private func trailingDay(of s: Story.Sentence, cues known: [DateCue]?, language: String?, reference: EventDate?) -> (day: EventDate, label: Bool)? {
        let tokens = s.tokens
        guard let first = tokens.first, first.isWord, s.text.last != "." else { return nil }
        let end = tokens.last?.folded == ")" ? tokens.count - 1 : tokens.count
        guard let cue = (known ?? cues(in: tokens, language: language)).last, cue.end == end, cue.start > 0,
              case .absolute(_?, _, _?) = cue.value else { return nil }
        let bracketed = end < tokens.count && tokens[cue.start - 1].folded == "("
        let barred = end == tokens.count && s.text.prefix(tokens[cue.start].start).last(where: { !$0.isWhitespace }) == "|"
        guard bracketed || barred, let day = cue.resolve(reference: reference, previous: nil) else { return nil }
        return (day, barred)
    }

    /// The day headings of a timeline whose first heading is the short line at `sentence` that
    /// `dateline` took for the story's date ("Key dates ¶ 4 March 2025 ¶ ... ¶ 29 March 2025"):
    /// nil unless that line is one of two headings at least.
    func timelineDays(of story: Story, openedAt sentence: Int, publishedAt: EventDate?) -> [Int: EventDate]? {
        guard story.opensParagraph(sentence), story.sentences[sentence].tokens.lazy.filter(\.isWord).count <= Self.headingWords else { return nil }
        let days = headingDays(of: story, reference: publishedAt)
        let paragraph = story.sentences[sentence].paragraph
        return days.count >= 2 && (days[paragraph] != nil || days[paragraph + 1] != nil) ? days : nil
    }

    /// A weekday and a day of a month without a year ("MARDI 4 MARS"): that day in the year, the
    /// reference's or one of the two around it, where it falls on that weekday; nil when the
    /// cues are not both there or no such year is near.
    static func weekdayDate(_ cues: [DateCue], reference: EventDate?) -> EventDate? {
        guard let reference else { return nil }
        var weekday: Int?, monthDay: (month: Int, day: Int)?
        for c in cues {
            switch c.value {
            case let .weekday(w): weekday = weekday ?? w
            case let .absolute(nil, month, day?): monthDay = monthDay ?? (month, day)
            default: break
            }
        }
        guard let weekday, let monthDay else { return nil }
        return [reference.year, reference.year - 1, reference.year + 1].lazy.compactMap { y in
            EventDate(year: y, month: monthDay.month, day: monthDay.day)
        }.first { DateMath.weekday($0) == weekday }
    }

    /// A day number right after a weekday with no month ("Domingo 12"): the number.
    private func weekdayNumber(at k: Int, in tokens: [Token], language: String?) -> Int? {
        guard k > 0, isWeekday(tokens[k - 1], language: language), tokens[k].folded.count <= 2,
              let n = Int(tokens[k].folded), (1...31).contains(n) else { return nil }
        return n
    }

    /// Weeks a weekday heading's day number may lie back from the weekday's latest date.
    static let headingWeeksBack = 6

    /// `date` or the same weekday up to `headingWeeksBack` weeks before it that falls on `day`
    /// of its month; nil when none does.
    static func latest(_ date: EventDate, onDayOfMonth day: Int) -> EventDate? {
        (0...headingWeeksBack).lazy.compactMap { DateMath.adding(days: -7 * $0, to: date) }.first { $0.day == day }
    }

    /// Most words a round-up's day heading has ("Lundi 2 décembre 2024", "14 juin 2025, 15:40").
    static let headingWords = 6

    /// The hour or minutes of a time of day ("15:40"): digits next to a colon.
    private func isClockPart(_ k: Int, in tokens: [Token]) -> Bool {
        guard tokens[k].folded.allSatisfy(\.isNumber) else { return false }
        return (k + 1 < tokens.count && tokens[k + 1].folded == ":") || (k > 0 && tokens[k - 1].folded == ":")
    }

    /// The dateline date of a story's opening ("RABAT, Dec. 10 (MAP) -", "Madrid, 31 mar (EFE).-"):
    /// an absolute date within the first tokens of a sentence, before a dash.
    private func isWeekday(_ t: Token, language: String?) -> Bool {
        guard let m = indexes.dateWords[language ?? "en"]?.match([t], at: 0), case .weekday = m.values.first else { return false }
        return true
    }

    /// A short line of a place, a date and an agency above the body ("Tashkent, July 24 (UzA).",
    /// "الرياض 20 ذو القعدة 1445 هـ الموافق 28 مايو 2024 م واس"): its words are the date's, names
    /// (capitalised or Arabic) and numbers, with the place first; the Gregorian full date wins.
    private func placeDateLine(_ s: Story.Sentence, at si: Int, in story: Story, publishedAt: EventDate?) -> (sentence: Int, cue: DateCue, date: EventDate)? {
        let words = s.tokens.indices.filter { s.tokens[$0].isWord }
        // (a time of day marks a publication line: "Nation | Wednesday, 18 Oct 2023 | 11:42 AM")
        guard !words.isEmpty, words.count <= 14, si + 1 < story.sentences.count, !s.tokens.contains(where: { $0.folded == ":" }) else { return nil }
        let dated = cues(in: s.tokens, language: story.language).filter {
            if case .absolute(_, _, let d) = $0.value { return d != nil } else { return false }
        }
        guard let cue = dated.first(where: { if case .absolute(let y, _, _) = $0.value { return y != nil } else { return false } }) ?? dated.first,
              cue.start > 0, s.tokens[0].isWord, s.tokens[0].isCapitalized || s.tokens[0].isArabic else { return nil }
        // (a weekday may come before the date: "La Moncloa, martes 11 de junio de 2024")
        let plain = words.allSatisfy { k in
            (cue.start..<cue.end).contains(k) || s.tokens[k].isCapitalized || s.tokens[k].isArabic || Int(s.tokens[k].folded) != nil
                || isWeekday(s.tokens[k], language: story.language)
        }
        // (and a place before the date, not only its weekday: "Friday, May 9, 2025 | Bengaluru"
        // is the page's date, its city after it)
        let placed = (0..<cue.start).contains { k in s.tokens[k].isWord && !isWeekday(s.tokens[k], language: story.language) }
        guard plain, placed, let date = cue.resolve(reference: publishedAt, previous: nil) else { return nil }
        return (si, cue, date)
    }

    /// A dateline without a dash whose date the agency's name in brackets closes ("La Habana, 3
    /// dic (Prensa Latina) El presidente ..."): only capitalised place words and commas before
    /// the date.
    private func bracketedAgencyLine(_ head: [Token], at si: Int, language: String?, publishedAt: EventDate?) -> (sentence: Int, cue: DateCue, date: EventDate)? {
        guard let bracket = head.firstIndex(where: { $0.folded == "(" }), bracket > 1,
              let cue = cues(in: Array(head[..<bracket]), language: language).last, cue.end == bracket,
              case .absolute(_, _, let day) = cue.value, day != nil, cue.start > 0,
              head[..<cue.start].allSatisfy({ $0.folded == "," || ($0.isWord && $0.isCapitalized) }),
              let date = cue.resolve(reference: publishedAt, previous: nil) else { return nil }
        return (si, cue, date)
    }

    /// How many sentences from a story's start a date-only line may be its dateline (cookie
    /// notices, section labels and the article's title, put above the page, come first).
    static let dateOnlyLineReach = 12
    /// How many sentences from a story's start a place's dateline may stand ("NEW DELHI, May 8"
    /// under a headline given twice, a section label and a byline).
    static let placeDatelineReach = 8
    /// How many sentences below a date-only line a place's dateline may stand and win over it.
    static let datelineBelowDateReach = 6

    func dateline(of story: Story, publishedAt: EventDate?) -> (sentence: Int, cue: DateCue, date: EventDate)? {
        for (si, s) in story.sentences.prefix(Self.dateOnlyLineReach).enumerated() {
            // a line that is only a full date, above the body ("December 5, 2024", "5 décembre 2024"),
            // however many lines of page furniture come before it
            let words = s.tokens.indices.filter { s.tokens[$0].isWord }
            if !words.isEmpty, words.count <= 5, si + 1 < story.sentences.count,
               let cue = cues(in: s.tokens, language: story.language).first(where: {
                   if case .absolute(let y, _, let d) = $0.value { return y != nil && d != nil } else { return false }
               }),
               // (a time of day may follow: "7 May 2025 - 16:40")
               words.allSatisfy({ (cue.start..<cue.end).contains($0) || isWeekday(s.tokens[$0], language: story.language) || isClockPart($0, in: s.tokens) }),
               let date = cue.resolve(reference: publishedAt, previous: nil) {
                // (the page's date gives way to a place's dateline over the body a few lines
                // below: "Friday, May 9, 2025" ... "NEW DELHI, May 8")
                let below = story.sentences.indices.dropFirst(si + 1).prefix(Self.datelineBelowDateReach)
                return below.lazy.compactMap { self.placeDateLine(story.sentences[$0], at: $0, in: story, publishedAt: publishedAt) }.first
                    ?? (si, cue, date)
            }
            // (a pattern of its own, found below as many lines of page furniture as a date-only line)
            if let found = bracketedAgencyLine(Array(s.tokens.prefix(16)), at: si, language: story.language, publishedAt: publishedAt) {
                return found
            }
            guard si < Self.placeDatelineReach else { continue }
            if let found = placeDateLine(s, at: si, in: story, publishedAt: publishedAt) { return found }
            guard si < 4 else { continue }
            let head = Array(s.tokens.prefix(16))
            guard let dash = head.firstIndex(where: { $0.folded == "-" }) else { continue }
            // (read over the whole line: "13 رمضان 1446هـ - 14 مارس 2025م" gives the Gregorian day)
            let cs = cues(in: s.tokens, language: story.language).filter { $0.end <= dash }
            guard let cue = cs.first(where: { if case .absolute(_, _, let d) = $0.value { return d != nil } else { return false } }),
                  let date = cue.resolve(reference: publishedAt, previous: nil) else { continue }
            return (si, cue, date)
        }
        return nil
    }
}
