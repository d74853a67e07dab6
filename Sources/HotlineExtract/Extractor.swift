/// Turns article text into call events. Pure: no I/O beyond reading embedded data once.
public struct Extractor: Sendable {
    public init() {}

    public func extract(_ article: Article) -> Extraction {
        // PLACEHOLDER: the extraction helper replaces this.
        Extraction(language: article.language, events: [])
    }
}

/// Decides whether two reports describe the same real-world call.
public struct MergePolicy: Sendable {
    public init() {}

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
        // PLACEHOLDER: the extraction helper replaces this.
        event.date != nil && event.date == stored.date
    }
}

/// Reduces an HTML page to its title and readable text.
public enum HTMLText {
    public static func extract(html: String) -> (title: String?, text: String) {
        // PLACEHOLDER: the extraction helper replaces this.
        (nil, html)
    }
}
