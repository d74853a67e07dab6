import HotlineExtract
import HotlineStore

/// Re-extracts stored articles with the current extractor and replaces each article's
/// contribution to the events (one transaction per article, see `Store.replaceEvents`).
struct Reresolver {
    let store: Store
    let ingestor: ArticleIngestor

    /// Re-resolves the articles with these ids; returns how many were re-extracted (ids of
    /// articles that no longer exist are skipped).
    func reresolve(_ articleIDs: [Int64]) throws -> Int {
        let extractor = ingestor.extractor
        let policy = ingestor.mergePolicy
        var count = 0
        for id in articleIDs {
            guard let stored = try store.storedArticle(id: id) else { continue }
            let publishedAt = stored.record.publishedAt.flatMap(EventDate.init(iso:))
            let extraction = extractor.extract(Article(text: stored.text, title: stored.record.title, url: stored.record.url,
                                                       publishedAt: publishedAt, language: stored.record.language))
            let replaced = try store.replaceEvents(ofArticle: id, with: extraction.events.map(NewEvent.init)) { new, candidate in
                policy.isSameCall(CallEvent(new), publishedAt: publishedAt, as: MergePolicy.Stored(candidate))
            }
            if replaced != nil { count += 1 }
        }
        return count
    }
}
