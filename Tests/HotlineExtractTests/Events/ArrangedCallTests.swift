import Testing
@testable import HotlineExtract

// A call still being arranged ("X's office is arranging a phone call with Y; no date has been
// set") or only planned ("a plan for a phone call between A and B") is no
// call; a call held the same day as such a report still is. (The bundled knowledge base.)

@Test(arguments: [
    "Yoko Kamikawa, Japan's foreign minister, is arranging a phone call with Wang Yi of China; no date has been set yet.",
    "A diplomat in Tokyo spoke of a plan for a phone call between the two foreign ministers, Yoko Kamikawa and Wang Yi.",
    "On Thursday Tokyo acknowledged a plan for a phone call between its foreign minister and China's.",
])
func anArrangedOrPlannedCallIsNoCall(text: String) {
    #expect(Fixtures.extractBundled(text, published: "2024-05-10").isEmpty)
}

// (guard: a call held, mentioned beside a plan reported before it, stays a call)
@Test func aHeldCallBesideAReportedPlanStaysACall() {
    let events = Fixtures.extractBundled(
        "Japanese Foreign Minister Yoko Kamikawa had a telephone conversation with Chinese Foreign Minister Wang Yi on Thursday, a day after a plan for a phone conversation was reported.",
        published: "2024-05-10")
    #expect(events.map(Fixtures.names) == [["Yoko Kamikawa", "Wang Yi"]])
    #expect(events.first?.date == Fixtures.day("2024-05-09"))
}
