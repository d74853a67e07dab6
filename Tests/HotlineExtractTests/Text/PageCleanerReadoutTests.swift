import Testing
@testable import HotlineExtract

// A readout-list page: (a) a short label that each item repeats ("READOUT") opens the new story
// at the item's title line right above it, so the title stays with its item; (b) a short lead-in
// that ends with a colon and that the page repeats ("The following is attributable to ...:")
// does not split its item. The item's "spoke today with" call is then dated the publication day.

private let page = """
    Readouts
    Office of the Spokesperson
    1) Secretary Blinken's Phone Call with Indonesian Foreign Minister Marsudi
    READOUT
    May 17, 2024
    Call on the humanitarian response in Sudan
    The text below may be attributed to the press office:
    Secretary Antony J. Blinken spoke today with Indonesian Foreign Minister Retno Marsudi. They reviewed aid deliveries to Sudan and the protection of civilians.
    2) Secretary Blinken's Meeting with Brazilian Foreign Minister Vieira
    READOUT
    May 16, 2024
    The text below may be attributed to the press office:
    Secretary Antony J. Blinken met Brazilian Foreign Minister Mauro Vieira at the State Department. The two prepared the next G20 meeting.
    """

private func stories(_ text: String) -> [[String]] {
    PageCleaner(noise: ExtractionResources.shared.noise).stories(of: text)
}

@Test func theRepeatedLabelOpensTheStoryAtTheItemsTitle() {
    let found = stories(page)
    #expect(found.first == ["Readouts", "Office of the Spokesperson"])
    let item = found.first { $0.contains { $0.hasPrefix("Secretary Antony J. Blinken spoke today") } }
    #expect(item?.first == "1) Secretary Blinken's Phone Call with Indonesian Foreign Minister Marsudi")
    #expect(item?.dropFirst().first == "READOUT")
}

@Test func aRepeatedLeadInWithAColonDoesNotSplitItsItem() {
    let found = stories(page)
    let item = found.first { $0.contains { $0.hasPrefix("Secretary Antony J. Blinken spoke today") } }
    #expect(item?.first == "1) Secretary Blinken's Phone Call with Indonesian Foreign Minister Marsudi")
    #expect(item?.contains("Call on the humanitarian response in Sudan") == true)
    #expect(item?.contains("The text below may be attributed to the press office:") == true)
}

// (b) alone: a lead-in repeated under each item, with no label, keeps the item's title, its date
// line and its body together.
@Test func aLeadInAloneKeepsTheItemWhole() {
    let found = stories("""
        Secretary Blinken's Phone Call with Indonesian Foreign Minister Marsudi
        Office of the Spokesperson
        May 17, 2024
        The text below may be attributed to the press office:
        Secretary Antony J. Blinken spoke today with Indonesian Foreign Minister Retno Marsudi about Sudan.
        Secretary Blinken's Meeting with Brazilian Foreign Minister Vieira
        May 16, 2024
        The text below may be attributed to the press office:
        Secretary Antony J. Blinken met Brazilian Foreign Minister Mauro Vieira at the State Department.
        """)
    let item = found.first { $0.contains { $0.hasPrefix("Secretary Antony J. Blinken spoke today") } }
    #expect(item?.first == "Secretary Blinken's Phone Call with Indonesian Foreign Minister Marsudi")
    #expect(item?.contains("The text below may be attributed to the press office:") == true)
}

@Test func theReadoutsCallIsDatedThePublicationDay() {
    let two = """
        1) Secretary Blinken's Phone Call with Indonesian Foreign Minister Marsudi
        READOUT
        Office of the Spokesperson
        The text below may be attributed to the press office:
        Secretary Antony J. Blinken spoke today with Indonesian Foreign Minister Retno Marsudi. They reviewed aid deliveries to Sudan and the protection of civilians.
        2) Secretary Blinken's Meeting with Brazilian Foreign Minister Vieira
        READOUT
        Office of the Spokesperson
        The text below may be attributed to the press office:
        Secretary Antony J. Blinken met Brazilian Foreign Minister Mauro Vieira at the State Department. The two prepared the next G20 meeting.
        """
    for text in [page, two] {
        let events = Fixtures.extractBundled(text, published: "2024-05-17")
        #expect(events.map(Fixtures.names) == [["Antony Blinken", "Retno Marsudi"]])
        #expect(events.first?.date == Fixtures.day("2024-05-17"))
        #expect(events.first?.topics.map(\.id).contains("sudan") == true)
    }
}
