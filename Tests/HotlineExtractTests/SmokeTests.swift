import Testing
@testable import HotlineExtract

@Test func extractorRuns() {
    _ = Extractor().extract(Article(text: "Hello."))
}
