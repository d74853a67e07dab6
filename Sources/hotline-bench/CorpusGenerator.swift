import Foundation
import HotlineExtract

/// Generates the benchmark's articles deterministically: templates × bundled officials and
/// topics, languages en/fr/es/ar, 2–8 KB (or a fixed size), with and without a call.
struct CorpusGenerator {
    private let templates: CorpusTemplates
    private let officials: [BundledOfficial]
    private let topics: [BundledTopic]
    private let languages: [String]
    private var random: SeededRandom
    private var serial = 0

    /// Share of articles that report a call.
    var callShare = 0.7

    init(seed: UInt64) throws {
        templates = try CorpusTemplates.embedded()
        officials = BundledKnowledge.officials
        topics = BundledKnowledge.topics
        guard !officials.isEmpty, !topics.isEmpty else { throw BenchError("the bundled knowledge base is empty") }
        languages = templates.languages.keys.sorted()
        random = SeededRandom(seed: seed)
    }

    /// `count` articles; lengths drawn in 2–8 KB, or all near `bytes` when given.
    mutating func articles(_ count: Int, bytes: Int? = nil) -> [GeneratedArticle] {
        (0..<count).map { _ in article(targetBytes: bytes ?? Int.random(in: 2_048...8_192, using: &random)) }
    }

    private mutating func article(targetBytes: Int) -> GeneratedArticle {
        serial += 1
        let language = random.pick(languages)
        let t = templates.languages[language]!
        let hasCall = random.chance(callShare)
        let year = Int.random(in: 2016...2025, using: &random)
        let month = Int.random(in: 1...12, using: &random)
        let day = Int.random(in: 1...28, using: &random)
        let published = "\(year)-\(Self.two(month))-\(Self.two(day))"
        let title = random.pick(t.headlines)
        var paragraphs = [title]
        if hasCall {
            let a = random.pick(officials)
            var b = random.pick(officials)
            while b.id == a.id { b = random.pick(officials) }
            let topic = random.pick(topics)
            let values = ["{A}": name(a, language), "{B}": name(b, language), "{A_ROLE}": a.role, "{B_ROLE}": b.role,
                          "{DAY}": random.pick(t.days), "{TOPIC}": topic.label]
            paragraphs.append(Self.fill(random.pick(t.calls), values) + " " + Self.fill(random.pick(t.followups), values))
        }
        var size = paragraphs.reduce(0) { $0 + $1.utf8.count + 2 }
        while size < targetBytes {
            var sentences: [String] = []
            for _ in 0..<Int.random(in: 2...4, using: &random) {
                sentences.append(Self.fill(random.pick(t.fillers), ["{PLACE}": random.pick(t.places)]))
            }
            let paragraph = sentences.joined(separator: " ")
            paragraphs.append(paragraph)
            size += paragraph.utf8.count + 2
        }
        // A dateline number keeps every text distinct (the store deduplicates equal texts).
        paragraphs.append("(Hotline bench wire \(serial), \(published))")
        return GeneratedArticle(url: "https://bench.example/\(language)/\(serial)", title: title,
                                text: paragraphs.joined(separator: "\n\n"), language: language,
                                publishedAt: published, hasCall: hasCall)
    }

    /// The official's name as an article in `language` writes it (an Arabic-script alias in Arabic).
    private func name(_ official: BundledOfficial, _ language: String) -> String {
        guard language == "ar" else { return official.name }
        return official.aliases.first { $0.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } } ?? official.name
    }

    private static func fill(_ template: String, _ values: [String: String]) -> String {
        var text = template
        for (key, value) in values { text = text.replacingOccurrences(of: key, with: value) }
        return text
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
