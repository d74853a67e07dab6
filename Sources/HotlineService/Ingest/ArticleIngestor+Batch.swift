import HotlineExtract
import HotlineStore

extension ArticleIngestor {
    /// Ingests many submissions with ONE store transaction (group commit). Extraction runs first,
    /// without the write lock; then `Store.ingestBatch` stores every article in its own savepoint,
    /// so one failing article is reported at its index and the others are kept. Results come in
    /// input order. Already stored articles (same url or text, also earlier in the same batch)
    /// answer `created == false`, exactly as `ingest(_:)` does.
    /// Throws only when the transaction fails as a whole (then nothing was stored).
    public func ingestBatch(_ submissions: [ArticleSubmission]) throws -> [Result<IngestOutcome, any Error>] {
        let items = submissions.map(extracted)
        let policy = mergePolicy
        let stored = try store.ingestBatch(items) { index, new, candidate in
            policy.isSameCall(CallEvent(new), publishedAt: submissions[index].publishedAt, as: MergePolicy.Stored(candidate))
        }
        return try stored.map { result in
            switch result {
            case .success(let done):
                return .success(IngestOutcome(article: done.article, created: done.created,
                                              events: try store.events(ids: done.eventIDs)))
            case .failure(let error):
                return .failure(error)
            }
        }
    }
}
