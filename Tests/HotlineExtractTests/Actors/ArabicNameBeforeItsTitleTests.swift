import Testing
@testable import HotlineExtract

// Arabic names the knowledge base lacks: after honorifics, the words up to the comma before a
// title are the person's name, the article's words among them ("تلقى معالي X بن Y الكعبي، وزير
// الطاقة"); and a ministry's name with a conjunction before its demonym ("وزير الاقتصاد والصناعة
// الإسرائيلي") still gives the title its country. (The bundled knowledge base.)

@Test func aNameAfterHonorificsAndBeforeItsTitleIsAParty() {
    let events = Fixtures.extractBundled("تلقى معالي سالم بن حمد الكعبي، وزير الطاقة، أمس الأربعاء اتصالا هاتفيا من دان شمير، وزير الزراعة والتنمية الريفية الإسرائيلي، بحثا خلاله التعاون.",
                                         published: "2022-05-12")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["سالم بن حمد الكعبي", "دان شمير"])
    #expect(events.first?.participants.first { $0.name == "دان شمير" }?.country == "IL")
    #expect(Fixtures.caller(events.first) == "دان شمير")
    #expect(events.first?.date == Fixtures.day("2022-05-11"))
}

@Test func aMinistryNameWithAConjunctionKeepsItsDemonym() {
    let events = Fixtures.extractBundled("بحث وزير الخارجية المغربي ناصر بوريطة هاتفيا أمس مع دان شمير، وزير الزراعة والتنمية الريفية الإسرائيلي، سبل تعزيز التعاون.",
                                         published: "2022-05-12")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "دان شمير"])
    #expect(events.first?.participants.map(\.country).sorted { ($0 ?? "") < ($1 ?? "") } == ["IL", "MA"])
}
