import Testing
@testable import HotlineExtract

/// A short line the page repeats over and over ("Rabat (Morocco)" under each day of a minister's
/// itinerary) is a label of its entries, not a headline repeated above a new story: it opens no
/// story, and the first full name of the page still names the surname-only parties below.
@Suite struct PageCleanerLabelTests {
    static let itinerary = """
    Itinerary of the Minister of Foreign Affairs

    The itinerary of Nasser Bourita, head of Moroccan diplomacy, is published below.

    Monday, March 3, 2025
    Rabat (Morocco)
    9 am: Minister Bourita chairs a staff meeting.

    Tuesday, March 4, 2025
    Rabat (Morocco)
    8 am: Minister Bourita had a phone call with the Jordanian Foreign Minister, Ayman Safadi.

    Wednesday, March 5, 2025
    Rabat (Morocco)
    10 am: Minister Bourita delivers a speech to the business council.
    """

    @Test func aLineRepeatedThreeTimesOpensNoStory() {
        let stories = PageCleaner(noise: Fixtures.resources.noise).stories(of: Self.itinerary)
        #expect(stories.count == 1)
    }

    @Test func aHeadlineRepeatedOnceStillOpensAStory() {
        let page = """
        Bourita and Safadi speak by phone
        Nasser Bourita spoke by phone with Ayman Safadi on Monday.
        They discussed Gaza and the region.
        The call lasted an hour.
        Albares visits Paris
        By our correspondent
        Albares visits Paris
        José Manuel Albares arrived in Paris on Tuesday for talks.
        """
        let stories = PageCleaner(noise: Fixtures.resources.noise).stories(of: page)
        #expect(stories.count == 2)
    }

    // (Lawrence Wong has no short form: only the page's full name makes "Prime Minister Wong" him)
    @Test func theItinerarysCallHasItsSurnameOnlyParty() {
        let page = Self.itinerary
            .replacingOccurrences(of: "Nasser Bourita, head of Moroccan diplomacy", with: "Lawrence Wong, Prime Minister of Singapore")
            .replacingOccurrences(of: "Minister Bourita", with: "Prime Minister Wong")
            .replacingOccurrences(of: "Rabat (Morocco)", with: "Singapore (Istana)")
        let events = Extractor().extract(Article(text: page, publishedAt: Fixtures.day("2025-03-07"))).events
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Lawrence Wong", "Ayman Safadi"])
        #expect(events.first?.date?.iso == "2025-03-04")
    }
}
