import Testing
@testable import HotlineExtract

// A longer alias of the same official that starts inside a shorter alias already matched runs
// the mention on: in "الشيخ محمد بن زايد آل نهيان" the alias "الشيخ محمد بن زايد" matches first,
// but "محمد بن زايد آل نهيان" continues it, so the whole name is one mention and a title right
// after it ("، رئيس الدولة،") is its apposition, not a third party. (The bundled knowledge base.)

private let resources = ExtractionResources.shared

private func mentions(_ text: String) -> (tokens: [Token], mentions: [Mention]) {
    let tokens = Tokenizer.tokenize(text)
    return (tokens, MentionFinder(knowledge: resources.knowledge, titles: resources.titles, indexes: resources.indexes).mentions(in: tokens))
}

@Test(arguments: [
    ("أجرى الشيخ محمد بن زايد آل نهيان اتصالا هاتفيا.", "الشيخ محمد بن زايد آل نهيان", "mohamed-bin-zayed-al-nahyan"),
    ("أجرى الشيخ خليفة بن زايد آل نهيان اتصالا هاتفيا.", "الشيخ خليفة بن زايد آل نهيان", "khalifa-bin-zayed-al-nahyan"),
    ("تلقى الشيخ تميم بن حمد آل ثاني اتصالا هاتفيا.", "الشيخ تميم بن حمد آل ثاني", "tamim-bin-hamad-al-thani"),
])
func aLongerAliasOfTheSameOfficialRunsTheMentionOn(text: String, name: String, id: String) {
    let (tokens, found) = mentions(text)
    let named = found.filter(\.isNamed)
    #expect(named.count == 1)
    let m = named.first
    #expect(m.map { $0.officials.map { resources.knowledge.officials[$0].id } } == [id])
    #expect(m.map { tokens[$0.start..<$0.end].map(\.text).joined(separator: " ") } == name)
}

@Test(arguments: [nil as String?, "https://www.wam.ae/ar/details/1"])
func theHeadOfStateAfterTheWholeNameIsItsApposition(url: String?) {
    let text = """
        بحث الرئيس البرازيلي لولا دا سيلفا مع نظيره الكولومبي غوستافو بيترو العلاقات الثنائية. وأجرى الشيخ محمد بن زايد آل \
        نهيان، رئيس الدولة، اتصالا هاتفيا يوم الأربعاء مع الرئيس التشيلي غابرييل بوريك.
        """
    let events = Fixtures.bundled.extract(Article(text: text, url: url, publishedAt: Fixtures.day("2024-03-14"))).events
    #expect(events.count == 1)
    #expect(events.first?.participants.count == 2)
    #expect(events.first.map(Fixtures.names) == ["Mohamed bin Zayed Al Nahyan", "Gabriel Boric"])
    #expect(Set(events.first?.participants.compactMap(\.country) ?? []) == ["AE", "CL"])
    #expect(events.first?.date == Fixtures.day("2024-03-13"))
    // (not the president the story named before)
    #expect(!events.flatMap(\.participants).contains { $0.name == "Luiz Inácio Lula da Silva" || $0.name == "Gustavo Petro" })
}

// (guard: the name without a title after it was already one party)
@Test func theWholeNameWithoutAppositionIsOneParty() {
    let events = Fixtures.extractBundled("أجرى الشيخ محمد بن زايد آل نهيان اتصالا هاتفيا يوم الأربعاء مع الرئيس التشيلي غابرييل بوريك.",
                                         published: "2024-03-14")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Mohamed bin Zayed Al Nahyan", "Gabriel Boric"])
    #expect(events.first?.participants.count == 2)
}
