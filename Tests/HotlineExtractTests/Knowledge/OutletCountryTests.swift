import Testing
@testable import HotlineExtract

// A title with no country and no name ("The Prime Minister spoke to ...") on a state's own site
// is that state's office; on a generic domain it stays unresolved.

@Test(arguments: [
    ("https://www.gov.uk/government/news/pm-call", "GB"),
    ("https://www.elysee.fr/emmanuel-macron/2024/10/19/entretien", "FR"),
    ("http://www.mapnews.ma/fr/actualites", "MA"),
    ("https://www.state.gov/secretary-blinkens-call", "US"),
    ("https://news.un.org/en/story/2024/01/1", "UN"),
    ("https://lana.gov.ly/post.php?id=1", "LY"),
])
func aSitesDomainNamesItsState(url: String, code: String) {
    #expect(ExtractionResources.shared.knowledge.outletCountry(url: url) == code)
}

@Test(arguments: ["https://www.example.com/world", "https://bit.ly/3xyz", "not a url", "https://t.co/abc"])
func genericDomainsNameNoState(url: String) {
    #expect(ExtractionResources.shared.knowledge.outletCountry(url: url) == nil)
}

@Test func anUnqualifiedTitleOnAGovernmentSiteIsItsStatesOffice() {
    let text = "The Prime Minister spoke by phone with Moroccan Foreign Minister Nasser Bourita this evening. They discussed trade and regional security."
    let onGovUK = Extractor().extract(Article(text: text, url: "https://www.gov.uk/government/news/pm-call",
                                              publishedAt: EventDate(iso: "2024-07-10"), language: "en")).events
    #expect(onGovUK.first.map { Set($0.participants.compactMap(\.name)) } == ["Keir Starmer", "Nasser Bourita"])
    let elsewhere = Extractor().extract(Article(text: text, url: "https://www.example.com/news",
                                                publishedAt: EventDate(iso: "2024-07-10"), language: "en")).events
    #expect(!elsewhere.contains { $0.participants.contains { $0.name == "Keir Starmer" } })
}
