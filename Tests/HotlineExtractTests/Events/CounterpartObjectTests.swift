import Testing
@testable import HotlineExtract

// A calling verb's object may be a counterpart whose country takes several words before it
// ("rang his Trinidad and Tobago counterpart X"): the
// counterpart mention is still the verb's object.

@Test(arguments: [
    "Prime Minister Mark Carney rang his Trinidad and Tobago counterpart Kamla Persad-Bissessar on Wednesday night, hours after the storm.",
    "Prime Minister Mark Carney rang his counterpart Kamla Persad-Bissessar on Wednesday night.",
])
func aCounterpartWithAManyWordCountryIsTheObject(text: String) {
    let events = Extractor().extract(Article(text: text, publishedAt: Fixtures.day("2025-09-19"))).events
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Mark Carney", "Kamla Persad-Bissessar"])
    #expect(Fixtures.caller(events.first) == "Mark Carney")
    #expect(events.first?.date?.iso == "2025-09-17")
}
