import Testing
@testable import HotlineExtract

// An honorific and a given name that the knowledge base records as a short form ("Prince
// Faisal" for Saudi Arabia's foreign minister) name that official in a later sentence.

private let bundled = Extractor()

@Test(arguments: [
    "Prince Faisal bin Farhan, the Saudi foreign minister, met envoys in Riyadh. Afterwards Prince Faisal received a call from Nasser Bourita.",
    "Prince Faisal received a call from Nasser Bourita on Sunday.",
])
func aPrinceNamedByHonorificAndGivenNameIsFound(text: String) {
    let events = bundled.extract(Article(text: text, publishedAt: Fixtures.day("2023-10-16"))).events
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Faisal bin Farhan Al Saud", "Nasser Bourita"])
}
