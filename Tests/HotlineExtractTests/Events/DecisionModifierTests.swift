import Testing
@testable import HotlineExtract

// "decision" / "décision" / "decisión" / "قرار" (triggers.json `modifierHeads`): a leader named
// as the author of a decision the call welcomed ("welcoming the decision of President D") is
// no party of the call.

@Test(arguments: [
    "Ayman Safadi spoke by phone on Monday with Nasser Bourita, welcoming the decision of President Emmanuel Macron to host a donors conference.",
    "During a phone call on Monday, Ayman Safadi and Nasser Bourita welcomed the decision of President Emmanuel Macron to host a donors conference.",
    "Ayman Safadi s'est entretenu lundi par téléphone avec Nasser Bourita, saluant la décision du président Emmanuel Macron d'accueillir une conférence des donateurs.",
    "Ayman Safadi habló el lunes por teléfono con Nasser Bourita y celebró la decisión del presidente Emmanuel Macron de acoger una conferencia de donantes.",
    "أجرى أيمن الصفدي يوم الاثنين اتصالا هاتفيا مع ناصر بوريطة، رحب خلاله بقرار الرئيس إيمانويل ماكرون استضافة مؤتمر للمانحين.",
])
func theAuthorOfADecisionIsNoParty(text: String) {
    let events = Fixtures.extractBundled(text, published: "2024-05-17")
    #expect(events.map(Fixtures.names) == [["Ayman Safadi", "Nasser Bourita"]])
    #expect(events.first?.date == Fixtures.day("2024-05-13"))
}
