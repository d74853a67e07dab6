import Testing
@testable import HotlineExtract

// "next Thursday", "jeudi prochain", "el próximo jueves", "الخميس المقبل": a day to come dates no
// call; a call without another day keeps the one the story gave. And an Arabic clause that leaves
// the call's day untold ("دون أن تحدد الخارجية موعد ذلك الاتصال") leaves it undated.

@Test(arguments: [
    "Nasser Bourita spoke by phone with Ayman Safadi and backed the vote set for next Thursday.",
    "Nasser Bourita s'est entretenu par téléphone avec Ayman Safadi et a soutenu le vote de jeudi prochain.",
    "Nasser Bourita conversó por teléfono con Ayman Safadi y respaldó la votación del próximo jueves.",
    "أجرى ناصر بوريطة اتصالا هاتفيا مع أيمن الصفدي، أكد خلاله دعم انتخاب رئيس في جلسة البرلمان الخميس المقبل.",
])
func aDayToComeDatesNoCall(text: String) {
    // (published on a Wednesday: "Thursday" alone would be the Thursday before)
    let events = Fixtures.extract(text, published: "2025-03-05")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso != "2025-02-27")
}

@Test func anArabicClauseLeavingTheDayUntoldLeavesTheCallUndated() {
    let events = Fixtures.extract(
        "الرباط في 5 مارس 2025 - تلقى الوزير ناصر بوريطة اتصالا هاتفيا من أيمن الصفدي تناول الوضع في غزة، دون أن تحدد الخارجية موعد هذه المكالمة.",
        published: "2025-03-05")
    #expect(events.count == 1)
    #expect(events.first?.date == nil)
}
