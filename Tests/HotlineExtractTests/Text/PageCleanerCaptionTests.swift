import Testing
@testable import HotlineExtract

/// A photo caption the page shows twice is not a headline repeated above a new story: the story
/// goes on past it, and the paragraphs after it keep their call's parties and topics.
@Suite struct PageCleanerCaptionTests {
    static func page(caption: String) -> String {
        """
        Morning Wire

        Bourita and Safadi compare notes

        Foreign Minister Nasser Bourita phoned his Jordanian counterpart Ayman Safadi on Monday.

        \(caption)

        The two ministers went over the autonomy plan and the border crossings.

        A separate paragraph on the weather in Rabat follows here.

        \(caption)

        The ministry gave no further detail.
        """
    }

    @Test(arguments: ["[Photo: Nasser Bourita in his office. Archive]",
                      "Picture: Nasser Bourita in his office (archive)",
                      "[Illustration: the ministry building at dusk]"])
    func aCaptionShownTwiceOpensNoStory(caption: String) {
        let stories = PageCleaner(noise: Fixtures.resources.noise).stories(of: Self.page(caption: caption))
        #expect(stories.count == 1)
    }

    @Test func aShortTitleShownTwiceStillOpensAStory() {
        let stories = PageCleaner(noise: Fixtures.resources.noise).stories(of: Self.page(caption: "Gulf markets close higher"))
        #expect(stories.count == 2)
    }

    @Test func topicsAfterARepeatedCaptionStayWithTheCall() {
        let events = Fixtures.extract(Self.page(caption: "[Photo: Nasser Bourita in his office. Archive]"), published: "2024-05-08")
        #expect(events.count == 1)
        #expect(events.first?.topics.map(\.id) == ["western-sahara"])
    }
}
