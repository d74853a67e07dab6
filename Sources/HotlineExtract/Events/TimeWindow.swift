/// The period a report's call can lie in: on or before the report's publication, and within
/// the terms of office of the officials its story names with their title ("spokesman Ned
/// Price" bounds a report to Price's term).
struct TimeWindow: Sendable {
    var lower: EventDate?
    var upper: EventDate?
    /// Publication day of the report, when known.
    var publishedAt: EventDate?

    static let unbounded = TimeWindow(lower: nil, upper: nil, publishedAt: nil)

    init(lower: EventDate?, upper: EventDate?, publishedAt: EventDate?) {
        self.lower = lower
        self.upper = upper
        self.publishedAt = publishedAt
    }

    init(context: String, publishedAt: EventDate?, knowledge: KnowledgeBase, resources: ExtractionResources = .shared) {
        self.init(lower: nil, upper: publishedAt, publishedAt: publishedAt)
        let finder = MentionFinder(knowledge: knowledge, titles: resources.titles, indexes: resources.indexes)
        for line in context.split(separator: "\n") {
            for sentence in SentenceSplitter.split(String(line)) {
                let tokens = Tokenizer.tokenize(sentence)
                for m in finder.mentions(in: tokens) where m.officials.count == 1 && !m.kinds.isEmpty {
                    // "former President X", "le président X ... l'ancien": no bound from a past office
                    let around = tokens[max(0, m.start - 2)..<min(tokens.count, m.end + 2)]
                    if around.contains(where: { resources.indexes.formerWords.contains($0.folded) }) { continue }
                    let offices = knowledge.officials[m.officials[0]].offices.filter { m.kinds.contains($0.kind) }
                    guard !offices.isEmpty else { continue }
                    // hull of the matching terms
                    let starts = offices.map { $0.start }
                    let ends = offices.map { $0.end }
                    let lo = starts.contains { $0 == nil } ? nil : starts.compactMap { $0 }.min()
                    let hi = ends.contains { $0 == nil } ? nil : ends.compactMap { $0 }.max()
                    self = intersecting(TimeWindow(lower: lo, upper: hi, publishedAt: nil))
                }
            }
        }
    }

    func intersecting(_ o: TimeWindow) -> TimeWindow {
        func later(_ a: EventDate?, _ b: EventDate?) -> EventDate? {
            guard let a else { return b }
            guard let b else { return a }
            return a < b ? b : a
        }
        func earlier(_ a: EventDate?, _ b: EventDate?) -> EventDate? {
            guard let a else { return b }
            guard let b else { return a }
            return a < b ? a : b
        }
        return TimeWindow(lower: later(lower, o.lower), upper: earlier(upper, o.upper), publishedAt: publishedAt ?? o.publishedAt)
    }

    /// `date` lies in the window, and no more than `maxDelayDays` before the publication.
    func contains(_ date: EventDate, maxDelayDays: Int) -> Bool {
        if let lower, DateMath.isBefore(date, lower) { return false }
        if let upper, DateMath.isBefore(upper, date) { return false }
        if let publishedAt, let d = DateMath.days(from: date, to: publishedAt), d > maxDelayDays { return false }
        return true
    }

    func overlaps(_ o: TimeWindow) -> Bool {
        let w = intersecting(o)
        guard let lo = w.lower, let hi = w.upper else { return true }
        return !DateMath.isBefore(hi, lo)
    }
}
