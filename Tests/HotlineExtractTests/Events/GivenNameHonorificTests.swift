import Testing
@testable import HotlineExtract

// After a Gulf-style honorific ("Sheikh Mohamed", "الشيخ محمد") a lone word is a given name: it
// names the story's party with that first name, never an official surnamed so (Djibouti's
// prime minister is Abdoulkader Kamil Mohamed).

private let bundled = Extractor()

private func extract(_ text: String) -> [CallEvent] {
    bundled.extract(Article(text: text, publishedAt: Fixtures.day("2024-11-20"))).events
}

@Test(arguments: [
    "President Sheikh Mohamed bin Zayed opened an energy forum on Monday.\n\nLater, Sheikh Mohamed spoke by phone with Narendra Modi, India's prime minister, about trade.",
    "افتتح الشيخ محمد بن زايد آل نهيان منتدى للطاقة يوم الاثنين.\n\nوأجرى الشيخ محمد اتصالا هاتفيا مع رئيس الوزراء الهندي ناريندرا مودي.",
])
func aGivenNameAfterSheikhIsTheStorysParty(text: String) {
    let events = extract(text)
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Mohamed bin Zayed Al Nahyan", "Narendra Modi"])
}

@Test func aGivenNameAfterSheikhWithNoSuchPartyNamesNoOfficial() {
    let events = extract("Sheikh Mohamed spoke by phone with Narendra Modi, India's prime minister, about trade.")
    #expect(!events.contains { $0.participants.contains { $0.name == "Abdoulkader Kamil Mohamed" } })
}
