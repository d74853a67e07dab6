/// Decides whether two reports describe the same real-world call.
///
/// Dated reports merge when their dates agree (at the precision they share). An undated
/// report merges with a dated event only when the date lies in the report's time window (it
/// precedes the report's publication by at most `maxReportDelayDays`, and the officials its
/// story names with their title held their offices then) and the stories share enough content
/// words (Jaccard), or, across languages, the same topics and a publication within
/// `closeReportDays` of the date; two undated reports merge only when their texts are nearly the
/// same and their time windows overlap. Participants alone never merge two reports.
public struct MergePolicy: Sendable {
    /// A dated call is reported within this many days of its date.
    public var maxReportDelayDays = 10
    /// Content-word Jaccard similarity needed with a dated stored event.
    public var datedSimilarity = 0.2
    /// Content-word Jaccard similarity needed when neither report is dated.
    public var undatedSimilarity = 0.45
    /// Topic Jaccard similarity that stands in for words across languages.
    public var topicSimilarity = 0.5
    /// An undated report published this close after a dated call may merge on topics alone.
    public var closeReportDays = 3

    let resources: ExtractionResources

    public init() {
        self.resources = .shared
    }

    init(resources: ExtractionResources) {
        self.resources = resources
    }

    /// A stored event as the merge decision sees it.
    public struct Stored: Sendable {
        public var date: EventDate?
        public var participantKeys: Set<String>
        public var topicIDs: Set<String>
        /// Context of each report already merged into the event, with its article's publication day.
        public var reports: [(context: String, publishedAt: EventDate?)]

        public init(date: EventDate?, participantKeys: Set<String>, topicIDs: Set<String>,
                    reports: [(context: String, publishedAt: EventDate?)]) {
            self.date = date
            self.participantKeys = participantKeys
            self.topicIDs = topicIDs
            self.reports = reports
        }
    }

    /// True when `event` (from an article published on `publishedAt`) is the same call as `stored`.
    /// The caller has already checked that they share their participants.
    public func isSameCall(_ event: CallEvent, publishedAt: EventDate?, as stored: Stored) -> Bool {
        if let a = event.date, let b = stored.date { return CallMerger.compatible(a, b) }
        let window = TimeWindow(context: event.context, publishedAt: publishedAt, knowledge: resources.knowledge, resources: resources)
        let similarity = stored.reports.map { ContentWords.similarity(event.context, $0.context) }.max() ?? 0
        let topics = ContentWords.jaccard(Set(event.topics.map(\.id)), stored.topicIDs)
        if let known = stored.date ?? event.date {
            let otherWindow = event.date == nil ? window
                : stored.reports.map { TimeWindow(context: $0.context, publishedAt: $0.publishedAt, knowledge: resources.knowledge, resources: resources) }
                    .reduce(TimeWindow.unbounded) { $0.intersecting($1) }
            guard otherWindow.contains(known, maxDelayDays: maxReportDelayDays) else { return false }
            if similarity >= datedSimilarity { return true }
            let close = otherWindow.publishedAt.flatMap { DateMath.days(from: known, to: $0) }.map { $0 >= 0 && $0 <= closeReportDays } ?? false
            return close && topics >= topicSimilarity
        }
        for r in stored.reports {
            let w = TimeWindow(context: r.context, publishedAt: r.publishedAt, knowledge: resources.knowledge, resources: resources)
            if !w.overlaps(window) { return false }
        }
        return similarity >= undatedSimilarity
    }
}
