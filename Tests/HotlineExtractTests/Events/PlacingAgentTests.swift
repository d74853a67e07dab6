import Testing
@testable import HotlineExtract

// "The call was placed by X on Thursday", "La llamada fue realizada por X ayer": the agent of a
// placing verb after a call noun placed the story's call with X, on the day the sentence gives.
// "اتصالا هاتفيا ورد ... إلى X من Y", "اتصال هاتفي تلقاه X من Y": a call that came to X, or that
// X received, from Y.

@Test(arguments: [
    "Bourita and Albares agree to reopen customs posts after phone call\n\nThe call was placed by Spanish Foreign Minister José Manuel Albares on Thursday morning, Rabat said.",
    "Bourita y Albares acuerdan reabrir las aduanas tras una llamada\n\nLa llamada fue realizada por el ministro español José Manuel Albares ayer jueves por la mañana, según Rabat.",
])
func thePlacingAgentOfTheHeadlinesCallIsItsCaller(text: String) {
    let events = Fixtures.extract(text, published: "2025-03-07")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "José Manuel Albares"])
    #expect(Fixtures.caller(events.first) == "José Manuel Albares")
    #expect(events.first?.date?.iso == "2025-03-06")
}

@Test(arguments: [
    "أعلن الناطق أن اتصالا هاتفيا ورد أمس إلى وزير الخارجية ناصر بوريطة من نظيره الأردني أيمن الصفدي، تناول الوضع في غزة.",
    "جرى مساء أمس اتصال هاتفي تلقاه وزير الخارجية ناصر بوريطة من نظيره الأردني أيمن الصفدي، تناول الوضع في غزة.",
])
func aCallThatCameToXFromYWasPlacedByY(text: String) {
    let events = Fixtures.extract(text, published: "2025-03-04")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "Ayman Safadi")
}
