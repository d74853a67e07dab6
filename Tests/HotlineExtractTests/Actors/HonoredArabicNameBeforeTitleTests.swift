import Testing
@testable import HotlineExtract

/// An unknown Arabic name between a with-word and a title may follow an honorific ("مع السيد X Y، رئيس ...").
@Suite struct HonoredArabicNameBeforeTitleTests {
    @Test func theNameAfterTheHonorificIsTheParty() {
        let events = Fixtures.extractBundled(
            "أجرى ناصر بوريطة، يوم الثلاثاء، اتصالا مرئيا مع السيد ماريانو فيلاسكو، رئيس الجمعية الوطنية لجمهورية الكونغو.",
            published: "2024-10-09")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "ماريانو فيلاسكو"])
        let speaker = events.first?.participants.first { $0.name == "ماريانو فيلاسكو" }
        #expect(speaker?.country == "CG")
        #expect(events.first?.date == Fixtures.day("2024-10-08"))
    }
}
