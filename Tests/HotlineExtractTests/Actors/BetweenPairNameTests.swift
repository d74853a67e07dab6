import Testing
@testable import HotlineExtract

// "بين A رئيس مجلس النواب، وB رئيسة مجلس النواب ...": the second of a pair a with-word opened,
// named before its title, is B without the conjunction on its first word.

@Test func theSecondOfAPairAfterBetweenIsNamedWithoutItsConjunction() {
    let events = Fixtures.extractBundled("""
        جمع اتصال مرئي يوم الاثنين بين رشيد الطالبي العلمي رئيس مجلس النواب، وكارمن سوليس رئيسة مجلس النواب الباراغواية، تناول سبل تعزيز التعاون البرلماني.
        """, published: "2025-03-12")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Rachid Talbi Alami", "كارمن سوليس"])
    #expect(events.first?.participants.first { $0.name == "كارمن سوليس" }?.country == "PY")
    #expect(events.first?.date == Fixtures.day("2025-03-10"))
}
