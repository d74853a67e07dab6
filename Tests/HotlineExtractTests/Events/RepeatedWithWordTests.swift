import Testing
@testable import HotlineExtract

// A with-word repeated after the coordinator before each later object ("spoke by phone to A and
// to B", "con A y con B", "مع A ومع B") makes each object a call of its own with the subject; a
// single with-word before the list keeps one call of them all.

@Test(arguments: [
    "Nasser Bourita spoke by phone on Monday to Ayman Safadi and to José Manuel Albares.",
    "Nasser Bourita a échangé lundi par téléphone avec Ayman Safadi et avec José Manuel Albares.",
    "Nasser Bourita conversó por teléfono el lunes con Ayman Safadi y con José Manuel Albares.",
    "أجرى ناصر بوريطة يوم الاثنين اتصالا هاتفيا مع أيمن الصفدي ومع خوسيه مانويل ألباريس.",
])
func aWithWordBeforeEachObjectMakesSeparateCalls(text: String) {
    let events = Fixtures.extract(text, published: "2025-03-05")
    #expect(events.count == 2)
    #expect(Set(events.map(Fixtures.names)) == [["Nasser Bourita", "Ayman Safadi"], ["Nasser Bourita", "José Manuel Albares"]])
    #expect(events.allSatisfy { $0.date?.iso == "2025-03-03" })
}

@Test(arguments: [
    "Nasser Bourita held a video call on Monday with Ayman Safadi and José Manuel Albares.",
    "Nasser Bourita conversó por videoconferencia el lunes con Ayman Safadi y José Manuel Albares.",
])
func oneWithWordBeforeTheListKeepsOneCall(text: String) {
    let events = Fixtures.extract(text, published: "2025-03-05")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Ayman Safadi", "José Manuel Albares"])
}
