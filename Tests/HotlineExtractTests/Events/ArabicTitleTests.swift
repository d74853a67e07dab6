import Foundation
import Testing
@testable import HotlineExtract

// Arabic "الوزير" with a surname names the minister the story named ("الوزير بوريطة"), "في اليوم
// ذاته" is the previous call's day, and "خلال الاتصال مع الوزير القطري" speaks of the call
// already reported with that country's party.

@Test func anArabicMinisterBySurnameOnTheSameDay() {
    let text = """
    تلقى ناصر بوريطة أمس الأحد اتصالا هاتفيا من أيمن الصفدي.
    وأجرى الوزير بوريطة في اليوم ذاته اتصالا هاتفيا مع خوسيه مانويل ألباريس.
    """
    let events = Fixtures.extract(text, published: "2025-02-10")
    #expect(events.count == 2)
    #expect(events.contains { Fixtures.names($0) == ["Nasser Bourita", "José Manuel Albares"] && $0.date?.iso == "2025-02-09" })
}

@Test func duringTheCallWithTheCountrysMinisterIsTheReportedCall() {
    let text = """
    اتصل رئيس الوزراء وزير الخارجية القطري الشيخ محمد بن عبدالرحمن آل ثاني يوم الأحد بنظيره المغربي ناصر بوريطة.
    وخلال الاتصال مع الوزير القطري تناول الطرفان سبل دعم الوساطة.
    """
    let events = Extractor().extract(Article(text: text, publishedAt: EventDate(iso: "2025-01-14"), language: "ar")).events
    #expect(events.count == 1)
    #expect(events.first?.participants.count == 2)
}

// A foreign ministry's name that holds an organisation's ("وزير الخارجية والاتحاد الأوروبي
// والتعاون") is one title: the organisation is no party.
@Test func aMinistryNameHoldingAnOrganisationIsOneTitle() {
    let text = "تلقى ناصر بوريطة اليوم اتصالا هاتفيا من وزير الخارجية والاتحاد الأوروبي والتعاون الإسباني خوسيه مانويل ألباريس."
    // (with the European Union known, as in the bundled data)
    let countries = Fixtures.countries.replacingOccurrences(of: #""domains": ["jo"]}"#, with: #""domains": ["jo"]}, {"code": "EU", "name": "European Union", "kind": "organisation", "names": {"en": ["European Union"], "ar": ["الاتحاد الأوروبي"]}}"#)
    let extractor = Extractor(resources: ExtractionResources(officials: Fixtures.officials, countries: countries))
    let events = extractor.extract(Article(text: text, publishedAt: Fixtures.day("2024-05-22"))).events
    #expect(events.count == 1)
    #expect(events.first?.participants.count == 2)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "José Manuel Albares"])
}

// A foreign G written ج (Egyptian spelling) names the same person as غ.
@Test func anEgyptianSpellingOfAForeignGNamesTheOfficial() {
    let text = "بحث رافائيل جروسي مدير الوكالة الذرية هاتفيا يوم الثلاثاء مع وزير الخارجية المصري بدر عبد العاطي ملف المنشآت النووية."
    let events = Extractor().extract(Article(text: text, publishedAt: EventDate(iso: "2025-06-14"), language: "ar")).events
    #expect(events.first.map { Set($0.participants.compactMap(\.name)) } == ["Badr Abdelatty", "Rafael Grossi"])
}

// A surname the story named before, written with a clitic ("بماكرون": with Macron).
@Test func anArabicSurnameWithACliticIsTheParty() {
    let text = "وصل إيمانويل ماكرون إلى الرباط أمس. وناصر بوريطة اتصل هاتفيا بماكرون مساء الخميس."
    let events = Fixtures.extract(text, published: "2024-01-12")
    #expect(events.map(Fixtures.names) == [["Emmanuel Macron", "Nasser Bourita"]])
    #expect(events.first?.date?.iso == "2024-01-11")
}

// A title without a country after a name, after a comma or the rest of an Arabic name
// ("بن عبدالله"), is that person's, not the minister of another country the story named before.
@Test(arguments: [
    "وتلقى الأمير عمر بن زيد بن عبدالله وزير الخارجية اليوم اتصالا هاتفيا من ناصر بوريطة.",
    "وتلقى الأمير عمر بن زيد، وزير الخارجية، اليوم اتصالا هاتفيا من ناصر بوريطة.",
])
func aTitleInAppositionIsTheNamedPersons(second: String) {
    // (a prince the fixtures lack, known by the short form of his name)
    let prince = #"{"id": "omar-bin-zaid", "name": "Omar bin Zaid", "aliases": ["عمر بن زيد"], "short": [], "gender": "m", "offices": [{"kind": "foreign-minister", "role": "Minister of Foreign Affairs", "country": "JO", "from": "2024-01-01", "to": null}]}, "#
    let officials = Fixtures.officials.replacingOccurrences(of: #"{"id": "ayman-safadi""#, with: prince + #"{"id": "ayman-safadi""#)
    let extractor = Extractor(resources: ExtractionResources(officials: officials, countries: Fixtures.countries))
    let text = "أجرى خوسيه مانويل ألباريس أمس اتصالا هاتفيا مع ناصر بوريطة.\n" + second
    let events = extractor.extract(Article(text: text, publishedAt: Fixtures.day("2025-02-10"))).events
    #expect(events.count == 2)
    #expect(events.contains { Fixtures.names($0) == ["Omar bin Zaid", "Nasser Bourita"] && $0.participants.count == 2 })
}

// "الشيخ تميم" alone is the Emir; "الليلة الماضية" is the night before publication.
@Test func anEmirNamedByHonorificAndFirstNameCallsLastNight() {
    let text = "أجرى الرئيس التركي أردوغان الليلة الماضية اتصالا هاتفيا بالشيخ تميم لتهنئته بالاتفاق."
    let events = Extractor().extract(Article(text: text, publishedAt: EventDate(iso: "2025-01-16"), language: "ar")).events
    #expect(events.count == 1)
    #expect(events.first.map { Set($0.participants.compactMap(\.name)) } == ["Tamim bin Hamad Al Thani", "Recep Tayyip Erdoğan"])
    #expect(events.first?.date == EventDate(iso: "2025-01-15"))
}

// A further title of the caller between commas, bare or after a clause that introduces it
// ("، وهو أيضا نائب رئيس الحكومة،", "، الذي يشغل أيضا منصب ..."), is his, not another party.
@Test(arguments: [
    "اتصل وزير الخارجية ناصر بوريطة، نائب رئيس الحكومة، هاتفياً بأيمن الصفدي.",
    "اتصل وزير الخارجية ناصر بوريطة، وهو أيضا نائب رئيس الحكومة، هاتفياً بأيمن الصفدي.",
    "اتصل وزير الخارجية ناصر بوريطة، الذي يشغل أيضا منصب وزير المالية، اليوم الأحد هاتفياً بأيمن الصفدي.",
])
func aCallersFurtherTitleBetweenCommasIsHis(text: String) {
    let events = Fixtures.extract(text, published: "2025-06-22")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Ayman Safadi"])
    #expect(Fixtures.caller(events.first) == "Nasser Bourita")
}
