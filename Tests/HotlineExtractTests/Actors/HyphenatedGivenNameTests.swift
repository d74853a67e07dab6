import Testing
@testable import HotlineExtract

/// An unknown name keeps the lower-case half of a hyphenated given name ("Park Sung-min").
@Suite struct HyphenatedGivenNameTests {
    @Test(arguments: [
        "Trade Minister Park Sung-min held a video conference on Tuesday with Spanish Foreign Minister José Manuel Albares.",
        "Le ministre du Commerce Park Sung-min a tenu mardi une visioconférence avec le ministre espagnol des Affaires étrangères José Manuel Albares.",
    ])
    func theLowerCaseHalfStaysInTheName(text: String) {
        let events = Fixtures.extract(text, published: "2024-10-09")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Park Sung-min", "José Manuel Albares"])
        #expect(events.first?.date == Fixtures.day("2024-10-08"))
    }

    // (guard: a capitalised hyphenated given name was already whole)
    @Test func aCapitalisedHyphenatedNameIsUnchanged() {
        let events = Fixtures.extract("Trade Minister Marie-Claude Bibeau held a video conference on Tuesday with Spanish Foreign Minister José Manuel Albares.",
                                      published: "2024-10-09")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Marie-Claude Bibeau", "José Manuel Albares"])
    }
}
