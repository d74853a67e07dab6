import Testing
@testable import HotlineExtract

// Ministers beyond foreign affairs whom the knowledge base names in Arabic script: a trade
// minister is not the country's foreign minister ("وزير التجارة والصناعة الهندي بيوش غويال" is
// Piyush Goyal, not S. Jaishankar). (The bundled knowledge base.)

@Test(arguments: [
    ("بحث الوزير المنتدب كريم زيدان هاتفيا أمس مع وزير التجارة والصناعة الهندي بيوش غويال الاستثمارات الهندية.", "2025-03-20", "Piyush Goyal", "IN"),
    ("بحث وزير التعليم العالي عز الدين الميداوي هاتفيا أمس مع وزير التعليم الصيني هواي جين بنغ المنح الدراسية.", "2024-11-20", "Huai Jinpeng", "CN"),
    ("بحث وزير الاقتصاد عبدالله بن طوق المري هاتفيا أمس مع وزير الاقتصاد الإسرائيلي عمير بيرتس فرص التعاون.", "2020-08-20", "Amir Peretz", "IL"),
])
func aMinisterNamedInArabicIsTheirOwnPerson(text: String, published: String, minister: String, country: String) {
    let events = Fixtures.extractBundled(text, published: published)
    #expect(events.count == 1)
    #expect(events.first?.participants.count == 2)
    #expect(events.first?.participants.contains { $0.name == minister && $0.country == country } == true)
}
