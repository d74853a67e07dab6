import Testing
@testable import HotlineExtract

// A photo caption ("Foto: ...", "Photo : ...") showing the story's call takes no day from the
// call reported just before it (an older call the story recalls), so it stays the story's call.

@Test(arguments: [
    "Nasser Bourita y Ayman Safadi sostuvieron ayer una videollamada sobre Gaza.\n\nBourita ya había hablado por teléfono el 3 de febrero con José Manuel Albares.\n\nFoto: Nasser Bourita durante la videollamada con Ayman Safadi.",
    "Nasser Bourita and Ayman Safadi held a video call yesterday about Gaza.\n\nBourita had already spoken by phone on 3 February with José Manuel Albares.\n\nPhoto: Nasser Bourita during the video call with Ayman Safadi.",
])
func aCaptionsCallIsNotTheCallRecalledBeforeIt(text: String) {
    let events = Fixtures.extract(text, published: "2025-03-05")
    #expect(events.count == 2)
    #expect(events.first { Fixtures.names($0).contains("Ayman Safadi") }?.date?.iso == "2025-03-04")
}
