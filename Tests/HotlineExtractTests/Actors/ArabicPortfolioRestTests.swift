import Testing
@testable import HotlineExtract

/// The rest of an Arabic ministry's name, then a comma and an honorific, stand between a title and the minister it names.
@Suite struct ArabicPortfolioRestTests {
    @Test(arguments: [
        "هاتف ناصر بوريطة مساء أمس وزير الخارجية والتعاون، السيد محمد سالم ولد مرزوك، لبحث ملف الصيد.",
        "اتصل ناصر بوريطة هاتفيا مساء أمس بوزير الخارجية والتعاون الإقليمي والتنمية، السيد محمد سالم ولد مرزوك، لبحث ملف الصيد.",
    ])
    func theNamedMinisterIsTheCalledParty(text: String) {
        let events = Fixtures.extractBundled(text, published: "2021-11-10")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Mohamed Salem Ould Merzoug"])
        #expect(events.first?.participants.first { $0.name == "Mohamed Salem Ould Merzoug" }?.country == "MR")
        #expect(Fixtures.caller(events.first) == "Nasser Bourita")
        #expect(events.first?.date == Fixtures.day("2021-11-09"))
    }

    // (guard: a ministry's name with a demonym and the name right after it)
    @Test func aPortfolioWithADemonymStillNamesItsMinister() {
        let events = Fixtures.extractBundled("تباحث ناصر بوريطة عبر الهاتف أمس مع وزير الخارجية والتعاون الإيطالي لويجي دي مايو حول الهجرة.",
                                             published: "2021-11-10")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Luigi Di Maio"])
        #expect(events.first?.participants.first { $0.name == "Luigi Di Maio" }?.country == "IT")
    }
}
