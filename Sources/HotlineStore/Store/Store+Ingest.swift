extension Store {
    /// Stores the article and its events in one transaction. Each new event is merged into the
    /// first candidate for which `sameCall` answers true, or inserted. When the url or text is
    /// already stored, writes nothing and returns that article with `created == false`.
    ///
    /// Candidates are stored events of the same type that share at least two participants
    /// (all of them when either event has two), newest first; they include events this very
    /// ingest created, so two reports of one call in an article end up as one event.
    /// A malformed event throws `InvalidEventError` and nothing of the article is kept.
    /// `sameCall` runs while the write lock is held: keep it quick and do not call the store.
    /// A blank url counts as no url.
    @discardableResult
    public func ingest(_ article: NewArticle, events: [NewEvent],
                       sameCall: (NewEvent, MergeCandidate) -> Bool) throws -> IngestResult {
        try withoutActuallyEscaping(sameCall) { sameCall in
            try writer.write { db in try Self.ingest(article, events: events, db: db, sameCall: sameCall) }
        }
    }

    /// The body of an ingest, inside the caller's transaction (shared with `ingestBatch`).
    /// `sameCall == nil` skips the candidate search: every event is inserted as a new one.
    static func ingest(_ article: NewArticle, events: [NewEvent], db: Connection,
                       sameCall: ((NewEvent, MergeCandidate) -> Bool)?) throws -> IngestResult {
        var article = article
        article.url = article.url?.nonBlank
        let articles = ArticleStore(db: db)
        if let existing = try articles.find(url: article.url, textHash: article.textHash) {
            return IngestResult(article: existing, created: false, eventIDs: try articles.eventIDs(articleID: existing.id))
        }
        let stored = try articles.insert(article)
        var eventIDs: [Int64] = []
        for (index, event) in events.enumerated() {
            let id = try record(event, index: index, articleID: stored.id, db: db, sameCall: sameCall)
            if !eventIDs.contains(id) { eventIDs.append(id) }
        }
        return IngestResult(article: stored, created: true, eventIDs: eventIDs)
    }

    /// Merges or inserts one event of the article; returns the event id.
    static func record(_ event: NewEvent, index: Int, articleID: Int64, db: Connection,
                       sameCall: ((NewEvent, MergeCandidate) -> Bool)?) throws -> Int64 {
        try validate(event, index: index)
        let actors = ActorStore(db: db)
        // One actor id per participant (same order), then without repeats in first-seen order.
        let participantIDs = try event.participants.map(actors.findOrCreate)
        var actorIDs: [Int64] = []
        for id in participantIDs where !actorIDs.contains(id) { actorIDs.append(id) }
        let initiatorID = event.initiator.map { participantIDs[$0] }

        let events = EventStore(db: db)
        let finder = MergeCandidates(db: db)
        var target: Int64?
        for candidateID in try sameCall == nil ? [] : finder.ids(type: event.type, actorIDs: actorIDs) {
            guard let candidate = try finder.candidate(id: candidateID) else { continue }
            if sameCall?(event, candidate) == true {
                target = candidateID
                break
            }
        }
        let eventID: Int64
        if let target {
            try events.merge(eventID: target, date: event.date, initiatorID: initiatorID, confidence: event.confidence)
            eventID = target
        } else {
            eventID = try events.insert(type: event.type, date: event.date, initiatorID: initiatorID, confidence: event.confidence)
        }
        for actorID in actorIDs {
            try events.addParticipant(eventID: eventID, actorID: actorID)
        }
        for topic in event.topics where !topic.id.isEmpty {
            try events.addTopic(eventID: eventID, id: topic.id, label: topic.label)
        }
        try events.addSource(eventID: eventID, articleID: articleID, evidence: event.evidence, context: event.context)
        return eventID
    }

    /// Rejects events the schema cannot hold faithfully.
    private static func validate(_ event: NewEvent, index: Int) throws {
        func fail(_ reason: String) -> InvalidEventError { InvalidEventError(eventIndex: index, reason: reason) }
        if event.type.isEmpty { throw fail("type is empty") }
        if let date = event.date, DatePrefix.precision(of: date) == nil {
            throw fail("date must be YYYY, YYYY-MM or YYYY-MM-DD")
        }
        if let initiator = event.initiator, !event.participants.indices.contains(initiator) {
            throw fail("initiator index \(initiator) is out of range (\(event.participants.count) participants)")
        }
        if event.participants.contains(where: { $0.key.isEmpty }) { throw fail("a participant has an empty key") }
        if !event.confidence.isFinite { throw fail("confidence must be a finite number") }
    }
}
