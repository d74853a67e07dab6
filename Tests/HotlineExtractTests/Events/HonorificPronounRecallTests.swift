import Testing
@testable import HotlineExtract

// An honorific pronoun after a from- or with-word ("من سموه", from His Highness) stands for the
// party the story named last besides the sentence's own: after a story about a call between His
// Highness H and President X, "وكان الرئيس X قد تلقى اتصالا هاتفيا من سموه في 3 مارس 2021" is an
// earlier X–H call placed by H. So in a relative clause after the call noun ("الاتصال الذي
// تلقاه الرئيس X من سموه في ...").

private let lead = "أجرى صاحب السمو الشيخ محمد بن زايد آل نهيان يوم الأربعاء اتصالا هاتفيا مع الرئيس عبد المجيد تبون بحثا خلاله العلاقات الثنائية."
private let pair: Set<String> = ["Mohamed bin Zayed Al Nahyan", "Abdelmadjid Tebboune"]

@Test func theHonorificAfterFromIsTheEarlierCaller() {
    let events = Fixtures.extractBundled(lead + "\nوكان الرئيس تبون قد تلقى اتصالا هاتفيا من سموه في 3 مارس 2021.", published: "2024-05-17")
    #expect(events.count == 2)
    #expect(events.allSatisfy { Fixtures.names($0) == pair })
    let earlier = events.first { $0.date == Fixtures.day("2021-03-03") }
    #expect(earlier != nil)
    #expect(Fixtures.caller(earlier) == "Mohamed bin Zayed Al Nahyan")
    #expect(events.contains { $0.date == Fixtures.day("2024-05-15") })
}

@Test(arguments: [
    "وأشار البيان إلى الاتصال الذي تلقاه الرئيس تبون من سموه في 3 مارس 2021.",
    "وكان الاتصال الذي تلقاه الرئيس تبون من سموه في 3 مارس 2021 قد تناول الأزمة الليبية.",
])
func theHonorificInARelativeClauseGivesTheEarlierCall(sentence: String) {
    let events = Fixtures.extractBundled(lead + "\n" + sentence, published: "2024-05-17")
    #expect(events.count == 2)
    #expect(events.allSatisfy { Fixtures.names($0) == pair })
    #expect(Set(events.compactMap(\.date)) == [Fixtures.day("2021-03-03"), Fixtures.day("2024-05-15")])
}

// (guard: a letter received from His Highness is no call)
@Test func aLetterFromTheHonorificIsNoCall() {
    let events = Fixtures.extractBundled(lead + "\nوكان الرئيس تبون قد تلقى رسالة خطية من سموه في 3 مارس 2021.", published: "2024-05-17")
    #expect(events.count == 1)
    #expect(events.first?.date == Fixtures.day("2024-05-15"))
}
