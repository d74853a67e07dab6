import HotlineExtract

/// Extraction alone, on this thread (one core), over generated articles already in memory.
enum ExtractPhase {
    struct Figures {
        let articlesPerSecond: Double
        let kilobytesPerSecond: Double
        let eventsPerArticle: Double
    }

    static func measure(_ articles: [GeneratedArticle]) -> Figures {
        let extractor = Extractor()
        let inputs = articles.map {
            Article(text: $0.text, title: $0.title, url: $0.url, publishedAt: EventDate(iso: $0.publishedAt), language: $0.language)
        }
        // Warm-up: decodes and indexes the embedded data once.
        _ = extractor.extract(inputs[0])
        var events = 0
        let start = Stopwatch.now()
        for input in inputs { events += extractor.extract(input).events.count }
        let seconds = Stopwatch.seconds(since: start)
        let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }
        return Figures(articlesPerSecond: Double(inputs.count) / seconds,
                       kilobytesPerSecond: Double(bytes) / 1024 / seconds,
                       eventsPerArticle: Double(events) / Double(inputs.count))
    }
}
