import Testing
@testable import HotlineExtract

// "President-elect", "presidente electo": the office's next holder, whom only the story can
// name, never the one holding it that day.

@Test(arguments: [
    "Nasser Bourita on Wednesday telephoned France's President-elect to congratulate him.",
    "Nasser Bourita on Wednesday telephoned the French President-elect to congratulate him.",
])
func aPresidentElectIsNotTheSittingPresident(text: String) {
    let events = Fixtures.extract(text, published: "2024-03-28")
    #expect(events.count == 1)
    #expect(events.first.map { !Fixtures.names($0).contains("Emmanuel Macron") } == true)
    #expect(events.first?.participants.contains { $0.name == nil && $0.country == "FR" } == true)
}
