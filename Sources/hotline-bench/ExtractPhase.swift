import HotlineExtract

/// Extraction alone, on this thread (one core), over generated articles already in memory.
enum ExtractPhase {
    struct Figures {
        let articlesPerSecond: Double
        let kilobytesPerSecond: Double
        let eventsPerArticle: Double
        /// FNV-1a of the printed events, in hex: equal digests mean the same extraction output.
        let outputDigest: String
    }

    static func measure(_ articles: [GeneratedArticle]) -> Figures {
        let extractor = Extractor()
        let inputs = articles.map {
            Article(text: $0.text, title: $0.title, url: $0.url, publishedAt: EventDate(iso: $0.publishedAt), language: $0.language)
        }
        // Warm-up: decodes and indexes the embedded data once.
        _ = extractor.extract(inputs[0])
        var events = 0
        var outputs: [Extraction] = []
        outputs.reserveCapacity(inputs.count)
        let start = Stopwatch.now()
        for input in inputs { outputs.append(extractor.extract(input)) }
        let seconds = Stopwatch.seconds(since: start)
        var digest: UInt64 = 0xcbf2_9ce4_8422_2325
        for output in outputs {
            events += output.events.count
            for byte in String(describing: output).utf8 { digest = (digest ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }
        return Figures(articlesPerSecond: Double(inputs.count) / seconds,
                       kilobytesPerSecond: Double(bytes) / 1024 / seconds,
                       eventsPerArticle: Double(events) / Double(inputs.count),
                       outputDigest: String(digest, radix: 16))
    }
}
