import Testing
@testable import HotlineExtract

// A person the knowledge base writes with letters that do not decompose (đ, ł, ı) is found
// whatever the spelling, and reported under the knowledge base's name.

private let resources = ExtractionResources(officials: """
    {"version": 1, "officials": [
     {"id": "test-durovic", "name": "Dragan Đurović", "aliases": [], "short": [], "gender": "m",
      "offices": [{"kind": "foreign-minister", "role": "Minister of Foreign Affairs", "country": "RS", "from": "2020-01-01", "to": null}]},
     {"id": "nasser-bourita", "name": "Nasser Bourita", "aliases": [], "short": ["Bourita"], "gender": "m",
      "offices": [{"kind": "foreign-minister", "role": "Minister of Foreign Affairs", "country": "MA", "from": "2017-04-05", "to": null}]}
    ]}
    """, countries: Fixtures.countries)

@Test(arguments: ["Dragan Durovic", "Dragan Đurović", "DRAGAN ĐUROVIĆ"])
func foldedSpellingsFindTheKnowledgeBasePerson(spelling: String) {
    let events = Extractor(resources: resources).extract(Article(
        text: "Nasser Bourita held a phone call on Monday with \(spelling).", publishedAt: Fixtures.day("2024-05-07"))).events
    #expect(events.first?.participants.contains { $0.name == "Dragan Đurović" } == true)
}
