import Testing
@testable import HotlineExtract

// Army chiefs' titles ("Chief of Army Staff General X") make X the called party.

@Test(arguments: [
    "The Secretary of State, Marco Rubio, on Friday called Chief of Army Staff General Asim Munir to ask for calm.",
    "The Secretary of State, Marco Rubio, on Friday called Chief of the Defence Staff Asim Munir.",
])
func aCalledArmyChiefIsTheCallsOtherParty(text: String) {
    let events = Extractor().extract(Article(text: text, publishedAt: EventDate(iso: "2025-05-11"), language: "en")).events
    #expect(events.count == 1)
    #expect(events.first.map { Set($0.participants.compactMap(\.name)) } == ["Marco Rubio", "Asim Munir"])
    #expect(events.first?.date == EventDate(iso: "2025-05-09"))
}
