import Testing
@testable import HotlineExtract

// Ministers of other portfolios (trade, commerce, energy) and security advisers are in the
// knowledge base: named by a ministry's full title, or by name alone, they are found with their
// country, as the GUIDE's canonical names. (The bundled knowledge base, not the test fixtures'.)

@Test(arguments: [
    "The Minister of Industry and Trade of Morocco, Ryad Mezzour, held a video call on Friday with US Trade Representative Katherine Tai.",
    "Ryad Mezzour held a video call on Friday with Katherine Tai.",
    "أجرى رياض مزور يوم الجمعة اتصالا مرئيا مع كاثرين تاي.",
])
func aTradeMinisterNamedWithHisMinistrysTitleIsFound(text: String) {
    let events = Fixtures.extractBundled(text, published: "2023-03-20")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Ryad Mezzour", "Katherine Tai"])
    #expect(events.first?.participants.first { $0.name == "Ryad Mezzour" }?.country == "MA")
}

@Test func anIraqiSecurityAdviserNamedInArabicIsFound() {
    let text = "تلقى مستشار الأمن القومي قاسم الأعرجي اتصالا هاتفيا من علي لاريجاني."
    let party = Fixtures.extractBundled(text, published: "2025-09-10").first?.participants.first { $0.name == "Qasim al-Araji" }
    #expect(party?.country == "IQ")
}
