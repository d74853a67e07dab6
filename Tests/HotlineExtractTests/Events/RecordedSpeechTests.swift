import Testing
@testable import HotlineExtract

// Leaders who spoke to a summit in recorded video speeches made no call with those present.

@Test(arguments: [
    ("وشارك في القمة وزير الخارجية المغربي ناصر بوريطة، إلى جانب وزير الخارجية الأردني أيمن الصفدي، بينما وجه قادة آخرون كلمات مسجلة عبر الفيديو.", "ar"),
    ("Nasser Bourita attended the summit alongside Ayman Safadi, while several leaders delivered recorded video speeches.", "en"),
])
func recordedVideoSpeechesAreNoCall(text: String, language: String) {
    let events = Fixtures.extract(text, published: "2025-05-18", language: language)
    #expect(events.isEmpty)
}
