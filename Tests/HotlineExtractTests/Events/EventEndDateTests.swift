import Testing
@testable import HotlineExtract

// "At the end of the summit, the leaders called X": a call made as the event the sentence before
// told ended takes that event's day when its own sentence gives none.

@Test(arguments: [
    "Emmanuel Macron and King Mohammed VI held talks in Rabat on Monday. At the end of the talks, Macron held a phone call with Antony Blinken.",
    "Emmanuel Macron et le roi Mohammed VI ont eu lundi des entretiens à Rabat. À l'issue des entretiens, Emmanuel Macron a appelé Antony Blinken.",
    "عقد إيمانويل ماكرون والملك محمد السادس يوم الاثنين مباحثات في الرباط. وفي ختام المباحثات، أجرى إيمانويل ماكرون اتصالا هاتفيا مع أنتوني بلينكن.",
])
func aCallAtTheEndOfAnEventTakesItsDay(text: String) {
    let events = Fixtures.extract(text, published: "2024-03-06")
    #expect(events.contains { Fixtures.names($0).isSuperset(of: ["Emmanuel Macron", "Antony Blinken"]) && $0.date?.iso == "2024-03-04" })
}

@Test func aCallAtTheEndOfAnEventWithItsOwnDayKeepsIt() {
    let text = "Emmanuel Macron held talks in Rabat on Monday. At the end of the visit, on Tuesday, Macron called Antony Blinken."
    #expect(Fixtures.extract(text, published: "2024-03-06").first?.date?.iso == "2024-03-05")
}
