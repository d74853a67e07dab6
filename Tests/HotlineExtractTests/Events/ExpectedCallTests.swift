import Testing
@testable import HotlineExtract

// A call noun followed by words that put it ahead ("l'appel Bourita-Safadi attendu cet
// après-midi", "the call expected this afternoon", "prevista para esta tarde") is no call yet.

@Test(arguments: [
    ("EN DIRECT | Gaza : l'appel Nasser Bourita - Ayman Safadi attendu cet après-midi", "fr"),
    ("Live: the call between Nasser Bourita and Ayman Safadi expected this afternoon", "en"),
    ("En directo: la llamada entre Nasser Bourita y Ayman Safadi prevista para esta tarde", "es"),
])
func aCallNounPutAheadIsNoCall(text: String, language: String) {
    let events = Fixtures.extract(text, published: "2025-05-19", language: language)
    #expect(events.isEmpty)
}
