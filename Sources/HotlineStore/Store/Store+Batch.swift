extension Store {
    /// Decides whether new event `NewEvent` of batch item `Int` is the same call as a stored candidate.
    public typealias BatchSameCall = (Int, NewEvent, MergeCandidate) -> Bool

    /// Stores many articles in ONE write transaction (group commit: one `BEGIN IMMEDIATE` /
    /// `COMMIT`, one WAL sync for the whole batch). Each article is ingested exactly as by
    /// `ingest(_:events:sameCall:)` (same code), inside its own savepoint: an article that fails
    /// (e.g. `InvalidEventError`) is rolled back alone and reported as `.failure` at its index,
    /// the others are kept. Results come in input order. Articles later in the batch see the
    /// earlier ones (a repeated url or text answers `created == false`; merges find them).
    ///
    /// `sameCall == nil` skips the merge-candidate search and inserts every event as new: the
    /// fast path for loading events known to be distinct (bulk imports, the benchmark).
    /// Throws only when the transaction itself fails (store closed, disk error); then nothing
    /// of the batch is kept. The write lock is held for the whole batch: keep batches modest.
    public func ingestBatch(_ items: [BatchArticle], sameCall: BatchSameCall?) throws -> [Result<IngestResult, any Error>] {
        guard !items.isEmpty else { return [] }
        return try writer.write { db in
            var results: [Result<IngestResult, any Error>] = []
            results.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                let decide: ((NewEvent, MergeCandidate) -> Bool)? = sameCall.map { same in { same(index, $0, $1) } }
                do {
                    let result = try db.savepoint("batch_article") {
                        try Self.ingest(item.article, events: item.events, db: db, sameCall: decide)
                    }
                    results.append(.success(result))
                } catch {
                    results.append(.failure(error))
                }
            }
            return results
        }
    }
}
