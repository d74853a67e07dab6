import Testing
@testable import HotlineExtract

// A verb of holding a call whose subject Spanish or Arabic leaves out ("El viernes mantuvo una
// conversación telefónica con X", "وأجرى اتصالا هاتفيا مع X"): the subject is the sentence
// before's; but "أجرى القادة الثلاثة اتصالا" names its subject after the verb.

@Test(arguments: [
    "Nasser Bourita inauguró el lunes un foro en Rabat. Ese jueves mantuvo una llamada telefónica con el ministro jordano, Ayman Safadi, para preparar la cita.",
    "افتتح ناصر بوريطة يوم الاثنين منتدى في الرباط. وأجرى اتصالا هاتفيا مع أيمن الصفدي لتحضير الموعد.",
])
func aHoldingVerbWithoutSubjectTakesThePreviousSentences(text: String) {
    let events = Fixtures.extract(text, published: "2025-03-05")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Ayman Safadi"])
}

@Test func aSubjectAfterTheArabicVerbIsKept() {
    let events = WiderFixtures.extract(
        "اجتمع ناصر بوريطة وأيمن الصفدي وخوسيه مانويل ألباريس في مدريد.\n\nوفي نهاية الاجتماع، أجرى الوزراء الثلاثة معا اتصالا هاتفيا مع دونالد ترامب.",
        published: "2025-03-05")
    #expect(events.count == 1)
    #expect(events.first.map(WiderFixtures.names) == ["Nasser Bourita", "Ayman Safadi", "José Manuel Albares", "Donald Trump"])
}
