import Testing
@testable import HotlineExtract

// Two chair titles with their body's state or union in titles.json: the chairperson of the African
// Union Commission ("رئيس مفوضية الاتحاد الأفريقي") and the chairman of Sudan's Sovereign Council
// ("رئيس مجلس السيادة"). Each is the holder of the day, and "رئيس" inside them is no president of
// the outlet's state. (The bundled knowledge base.)

@Test func theAfricanUnionCommissionChairOnASudaneseSiteIsTheCaller() {
    let text = "تلقى رئيس مجلس السيادة مساء الاثنين اتصالا هاتفيا من رئيس مفوضية الاتحاد الأفريقي محمود علي يوسف بحثا خلاله مبادرة السلام."
    let events = Fixtures.bundled.extract(Article(text: text, url: "https://www.sudan-news-agency.sd/ar/politics/1",
                                                  publishedAt: Fixtures.day("2025-11-05"))).events
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Abdel Fattah al-Burhan", "Mahmoud Ali Youssouf"])
    #expect(Fixtures.caller(events.first) == "Mahmoud Ali Youssouf")
}

@Test func theSovereignCouncilChairIsBurhanAfterAnotherPresidentWasNamed() {
    let events = Fixtures.extractBundled("""
        Egyptian President Abdel Fattah el-Sisi spoke by phone on Tuesday with Kenyan President William Ruto. \
        The chairman of the Sovereign Council also received a call on Tuesday from President Ruto.
        """, published: "2025-11-05")
    #expect(events.count == 2)
    #expect(events.last.map(Fixtures.names) == ["Abdel Fattah al-Burhan", "William Ruto"])
}

@Test func theCommissionChairpersonTitleAloneIsTheHolder() {
    let events = Fixtures.extractBundled(
        "South African President Cyril Ramaphosa spoke by phone with the African Union Commission chairperson on Tuesday.",
        published: "2025-11-05")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Cyril Ramaphosa", "Mahmoud Ali Youssouf"])
    #expect(events.first?.participants.last?.country == "AU")   // (the union's report code)
}
