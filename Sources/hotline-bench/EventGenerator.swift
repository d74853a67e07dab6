import HotlineExtract
import HotlineStore

/// Fills a database with synthetic call events directly through the Store API
/// (`Store.ingestBatch` without merge decision, 500 articles × 10 events per transaction),
/// much faster than extraction. Participants are bundled officials (skewed: a third of the
/// picks among the first 30, as a few leaders make most calls); dates 2015–2025, mostly
/// day-precise; one topic on 60% of events. Each synthetic article is a short distinct text.
struct EventGenerator {
    static let eventsPerArticle = 10
    static let articlesPerTransaction = 500

    private let officials: [BundledOfficial]
    private let topics: [BundledTopic]
    private var random: SeededRandom
    private(set) var stored = 0

    init(seed: UInt64) {
        officials = BundledKnowledge.officials
        topics = BundledKnowledge.topics
        random = SeededRandom(seed: seed)
    }

    /// An official drawn with the generator's skew (shared with the query mix).
    static func pickOfficial(_ officials: [BundledOfficial], _ random: inout SeededRandom) -> BundledOfficial {
        random.chance(1.0 / 3) ? officials[random.index(min(30, officials.count))] : random.pick(officials)
    }

    /// Counts `count` events as stored by an earlier run (a kept database of the same seed).
    mutating func assumeStored(_ count: Int) {
        stored = count
    }

    /// Adds events until the store holds `target` of them (counting those this generator added).
    mutating func fill(_ store: Store, upTo target: Int) throws {
        while stored < target {
            var items: [BatchArticle] = []
            for _ in 0..<Self.articlesPerTransaction where stored < target {
                let count = min(Self.eventsPerArticle, target - stored)
                items.append(article(serial: stored / Self.eventsPerArticle, events: count))
                stored += count
            }
            for result in try store.ingestBatch(items, sameCall: nil) { _ = try result.get() }
        }
    }

    private mutating func article(serial: Int, events: Int) -> BatchArticle {
        let year = Int.random(in: 2015...2025, using: &random)
        let published = "\(year)-\(CorpusGenerator.two(Int.random(in: 1...12, using: &random)))-\(CorpusGenerator.two(Int.random(in: 1...28, using: &random)))"
        let text = "Synthetic bulk article \(serial) of the Hotline benchmark, published \(published)."
        let article = NewArticle(url: "https://bulk.example/\(serial)", title: "Bulk \(serial)", publishedAt: published,
                                 language: "en", text: text, textHash: "bulk-\(serial)")
        return BatchArticle(article: article, events: (0..<events).map { _ in event(year: year) })
    }

    private mutating func event(year: Int) -> NewEvent {
        var parties = [Self.pickOfficial(officials, &random)]
        let size = random.chance(0.1) ? 3 : 2
        while parties.count < size {
            let other = Self.pickOfficial(officials, &random)
            if !parties.contains(where: { $0.id == other.id }) { parties.append(other) }
        }
        let month = CorpusGenerator.two(Int.random(in: 1...12, using: &random))
        let day = CorpusGenerator.two(Int.random(in: 1...28, using: &random))
        let roll = Int.random(in: 0..<20, using: &random)
        let date: String? = roll == 0 ? nil : roll == 1 ? "\(year)-\(month)" : "\(year)-\(month)-\(day)"
        let topic = random.chance(0.6) ? [random.pick(topics)].map { (id: $0.id, label: $0.label) } : []
        let names = parties.map(\.name).joined(separator: " and ")
        return NewEvent(type: "call", date: date,
                        participants: parties.map {
                            NewParticipant(key: "kb:\($0.id)", name: $0.name, country: $0.country, role: $0.role, aliases: $0.aliases)
                        },
                        initiator: random.chance(0.5) ? 0 : nil, topics: topic,
                        evidence: "\(names) held a phone call on the matters of the day, officials said.",
                        context: "\(names) held a phone call. The two sides reviewed bilateral relations and regional issues "
                            + "and agreed to stay in touch, according to a statement released after the call.",
                        confidence: Double(Int.random(in: 50...99, using: &random)) / 100)
    }
}
