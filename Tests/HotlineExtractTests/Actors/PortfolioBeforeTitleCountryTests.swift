import Testing
@testable import HotlineExtract

/// A portfolio word between a country and a minister's title ("China's Commerce Minister X",
/// "Chinese trade minister X"): the country is X's, not that of a party named before with no
/// country of its own. (Two ministers the knowledge base lacks.)
@Suite struct PortfolioBeforeTitleCountryTests {
    @Test(arguments: [
        "Trade Minister Peter Garnock held a video call on Tuesday with Chinese Commerce Minister Li Hongbo.",
        "Finance Minister Peter Garnock spoke by phone on Tuesday with China's Trade Minister Li Hongbo.",
        "Trade Minister Peter Garnock held a video call on Tuesday with Chinese commerce minister Li Hongbo.",
    ])
    func theCountryIsTheSecondMinisters(text: String) {
        let events = Fixtures.extractBundled(text, published: "2024-05-15")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Peter Garnock", "Li Hongbo"])
        #expect(events.first?.participants.first { $0.name == "Li Hongbo" }?.country == "CN")
        #expect(events.first?.participants.first { $0.name == "Peter Garnock" }?.country == nil)
        #expect(events.first?.date == Fixtures.day("2024-05-14"))
    }

    // (guard: each minister with a country of his own keeps it)
    @Test(arguments: [
        "China's Commerce Minister Li Hongbo held a video call on Tuesday with Australian Trade Minister Peter Garnock.",
        "Australia's Trade Minister Peter Garnock held a video call on Tuesday with Chinese Commerce Minister Li Hongbo.",
    ])
    func twoCountriesGoToTheirOwnMinisters(text: String) {
        let events = Fixtures.extractBundled(text, published: "2024-05-15")
        #expect(events.count == 1)
        #expect(events.first?.participants.first { $0.name == "Li Hongbo" }?.country == "CN")
        #expect(events.first?.participants.first { $0.name == "Peter Garnock" }?.country == "AU")
    }
}
