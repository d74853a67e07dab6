import Testing
@testable import HotlineExtract

/// A headline-like last line (short, no final period) after three lines used to index past the
/// end of the page (a crash of the server on a plain article); found by the benchmark corpus.
@Suite struct PageCleanerLastLineTests {
    @Test func headlineLikeLastLineDoesNotCrashAndIsKept() {
        let text = "A first paragraph.\n\nA second paragraph.\n\nA third paragraph.\n\n(Wire report 12, 2024-05-01)"
        let stories = Extractor().resources.stories(text)
        #expect(stories.flatMap { $0 }.last == "(Wire report 12, 2024-05-01)")
    }
}

private extension ExtractionResources {
    func stories(_ text: String) -> [[String]] { PageCleaner(noise: noise).stories(of: text) }
}
