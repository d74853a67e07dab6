import Testing
@testable import HotlineExtract

// "في وقت سابق" ("earlier") is no other event's date ("في وقت" alone brings one in) and says
// no day: a call told "earlier" keeps its parties and stays undated, even under a dateline.
// (The bundled knowledge base.)

@Test func aCallReceivedEarlierIsFoundAndUndated() {
    let events = Fixtures.extractBundled("""
        بورتسودان 5-11-2025 (سونا) - تلقى الفريق أول عبد الفتاح البرهان أمس اتصالا هاتفيا من الرئيس الكيني وليام روتو.

        وكان البرهان قد تلقى في وقت سابق اتصالا هاتفيا من محمود علي يوسف، رئيس مفوضية الاتحاد الأفريقي، تناول مبادرة السلام.
        """, published: "2025-11-05")
    #expect(events.count == 2)
    let earlier = events.first { $0.participants.contains { $0.name == "Mahmoud Ali Youssouf" } }
    #expect(earlier.map(Fixtures.names) == ["Abdel Fattah al-Burhan", "Mahmoud Ali Youssouf"])
    #expect(earlier?.date == nil)
    #expect(Fixtures.caller(earlier) == "Mahmoud Ali Youssouf")
    let ruto = events.first { $0.participants.contains { $0.name == "William Ruto" } }
    #expect(ruto?.date == Fixtures.day("2025-11-04"))
}
