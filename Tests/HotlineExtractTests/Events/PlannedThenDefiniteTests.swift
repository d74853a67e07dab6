import Testing
@testable import HotlineExtract

// In a story that has told only of a call ahead, a call noun written definite or demonstrative
// ("de ahí la importancia de esta llamada", "this call matters") is that planned call again, not a
// call that took place.

@Test(arguments: [
    ("Nasser Bourita y José Manuel Albares mantendrán una charla telefónica la semana que viene. Consultado sobre si ya hubo algún contacto entre ambos ministros este año, un portavoz respondió que \"aún no; de ahí la importancia de esta llamada\".", "es"),
    ("Nasser Bourita and José Manuel Albares will hold a phone call next week. Asked whether the two ministers had been in touch this year, a spokesman said: \"Not yet; that is why this call matters.\"", "en"),
])
func aDefiniteCallNounAfterOnlyAPlannedCallIsThatCall(text: String, language: String) {
    let events = Fixtures.extract(text, published: "2024-06-14", language: language)
    #expect(events.isEmpty)
}

@Test func aDefiniteCallNounAfterACallThatTookPlaceStillRefersToIt() {
    let text = "Nasser Bourita spoke by phone with José Manuel Albares on Monday. A spokesman said this call mattered for the region."
    let events = Fixtures.extract(text, published: "2024-06-14")
    #expect(events.count == 1)
}
