import Testing
@testable import HotlineExtract

/// The spelling variant "Kh" ↔ "J" (officials.json's `spellingVariants`): a Spanish
/// transliteration such as "Jalid bin Salman" or "Jawaja Asif" names the official written
/// "Khalid bin Salman" or "Khawaja Asif". (The bundled knowledge base.)
@Suite struct KhToJSpellingTests {
    @Test(arguments: [
        ("El ministro saudí de Defensa, Jalid bin Salman, conversó el martes por teléfono con José Manuel Albares.", "Khalid bin Salman", "SA"),
        ("El ministro paquistaní de Defensa, Jawaja Asif, conversó el martes por teléfono con José Manuel Albares.", "Khawaja Asif", "PK"),
    ])
    func aSpanishJIsTheKhOfTheName(text: String, name: String, country: String) {
        let events = Fixtures.extractBundled(text, published: "2024-05-15")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == [name, "José Manuel Albares"])
        #expect(events.first?.participants.first { $0.name == name }?.country == country)
        #expect(events.first?.date == Fixtures.day("2024-05-14"))
    }

    // (guard: the name as listed still matches)
    @Test func theListedSpellingStillMatches() {
        let events = Fixtures.extractBundled("El ministro saudí de Defensa, Khalid bin Salman, conversó el martes por teléfono con José Manuel Albares.",
                                             published: "2024-05-15")
        #expect(events.first.map(Fixtures.names) == ["Khalid bin Salman", "José Manuel Albares"])
    }
}
