import Testing
@testable import HotlineExtract

// A pair that spoke by phone and then "talked again" on another day ("volvieron a hablar",
// "hablaron de nuevo", "spoke again") held a second call, on that day.

@Test(arguments: [
    "Nasser Bourita y José Manuel Albares hablaron por teléfono el 3 de febrero sobre migración.\n\nBourita y Albares volvieron a hablar el 16 de abril, esta vez sobre el comercio.",
    "Nasser Bourita y José Manuel Albares hablaron por teléfono el 3 de febrero sobre migración.\n\nBourita y Albares hablaron de nuevo el 16 de abril, esta vez sobre el comercio.",
    "Nasser Bourita and José Manuel Albares spoke by phone on February 3 about migration.\n\nBourita and Albares spoke again on April 16, this time about trade.",
])
func aPairThatTalksAgainHoldsASecondCall(text: String) {
    let events = Fixtures.extract(text, published: "2025-12-28")
    #expect(Set(events.compactMap { $0.date?.iso }) == ["2025-02-03", "2025-04-16"])
}

@Test func talkingAboutSomethingIsNoSecondCall() {
    let text = "Nasser Bourita y José Manuel Albares hablaron por teléfono el 3 de febrero.\n\nBourita y Albares hablaron de la migración en Rabat el 16 de abril, en una reunión de trabajo."
    let events = Fixtures.extract(text, published: "2025-12-28")
    #expect(events.compactMap { $0.date?.iso } == ["2025-02-03"])
}
