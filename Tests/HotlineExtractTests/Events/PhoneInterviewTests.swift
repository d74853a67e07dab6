import Testing
@testable import HotlineExtract

// A phone interview with the press is no call: "في حوار خص به عبر الهاتف صحيفة" (`mediaCall`:
// "حوار", "صحيفة"). (The bundled knowledge base.)

@Test func anArabicPhoneInterviewWithANewspaperIsNoCall() {
    let events = Fixtures.extractBundled("أجرى رئيس الحكومة عزيز أخنوش أمس مباحثات مع رئيس الوزراء الياباني. وفي حوار خص به عبر الهاتف صحيفة يابانية قبل اللقاء، أكد أخنوش أن التعاون يتقدم.",
                                         published: "2024-06-04")
    #expect(events.isEmpty)
}

// (guard: a call by phone that names no newspaper is still a call)
@Test func anArabicCallByPhoneStaysACall() {
    let events = Fixtures.extractBundled("بحث رئيس الحكومة عزيز أخنوش عبر الهاتف أمس مع رئيس الوزراء الإسباني بيدرو سانشيز التعاون الثنائي.",
                                         published: "2024-06-04")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Aziz Akhannouch", "Pedro Sánchez"])
}
