import Testing
@testable import HotlineExtract

// Calls that did not (or not yet) take place, in shapes the plain cues miss: a request turned
// down with the requester named at length, an open question ("whether", "si"), a call being
// arranged, an Arabic subjunctive ("أن يجري": that he make), a call ruled out.

@Test(arguments: [
    ("Ayman Safadi turned down on Sunday an offer from Moroccan Foreign Minister Nasser Bourita to talk by phone.", "en"),
    ("Ayman Safadi a refusé mardi une demande de Nasser Bourita de s'entretenir par téléphone.", "fr"),
    ("Ayman Safadi rechazó el sábado una petición del ministro marroquí de Exteriores Nasser Bourita para hablar por teléfono.", "es"),
    ("رفض أيمن الصفدي طلبا من وزير الخارجية المغربي ناصر بوريطة لإجراء اتصال هاتفي يوم السبت.", "ar"),
])
func aRefusedRequestForACallIsNoCall(text: String, language: String) {
    #expect(Fixtures.extract(text, published: "2024-01-10").isEmpty)
}

@Test(arguments: [
    ("Officials would not say whether Ayman Safadi and Nasser Bourita had spoken by phone since the cancellation.", "en"),
    ("Le porte-parole n'a pas voulu dire si Safadi et Bourita se sont parlé au téléphone pendant la crise.", "fr"),
    ("El portavoz no quiso aclarar si Safadi y Bourita conversaron por teléfono durante la crisis.", "es"),
    ("ولم توضح المصادر ما إذا كان أيمن الصفدي وناصر بوريطة قد أجريا اتصالا هاتفيا بعد الإلغاء.", "ar"),
])
func anOpenQuestionIsNoCall(text: String, language: String) {
    #expect(Fixtures.extract(text, published: "2024-01-10").isEmpty)
}

@Test(arguments: [
    ("The ministers agreed to arrange a phone call between Emmanuel Macron and Mohammed VI in the coming days.", "en"),
    ("Les ministres ont convenu d'organiser un entretien téléphonique entre Emmanuel Macron et Mohammed VI dans les prochains jours.", "fr"),
    ("Los diplomáticos van a preparar una conversación telefónica entre Emmanuel Macron y Mohammed VI para la semana que viene.", "es"),
    ("ويرجح دبلوماسيون أن يجري إيمانويل ماكرون اتصالا هاتفيا مع محمد السادس بعد عودته إلى باريس.", "ar"),
])
func aCallBeingArrangedIsNoCall(text: String, language: String) {
    #expect(Fixtures.extract(text, published: "2024-01-10").isEmpty)
}

@Test(arguments: [
    ("The palace ruled out a phone call between Emmanuel Macron and Mohammed VI.", "en"),
    ("L'Élysée exclut un entretien téléphonique entre Emmanuel Macron et Mohammed VI.", "fr"),
    ("El Elíseo descarta una conversación telefónica entre Emmanuel Macron y Mohammed VI.", "es"),
    ("استبعد الإليزيه اتصالا هاتفيا بين إيمانويل ماكرون ومحمد السادس.", "ar"),
])
func aCallRuledOutIsNoCall(text: String, language: String) {
    #expect(Fixtures.extract(text, published: "2024-01-10").isEmpty)
}

@Test func aCallMadeAfterARefusedVisitIsStillACall() {
    let text = "Ayman Safadi, who declined an invitation to visit Rabat, spoke by phone with Nasser Bourita on Monday."
    #expect(Fixtures.extract(text, published: "2024-01-10").count == 1)
}

// Asking to speak by phone is no call yet.
@Test(arguments: [
    "Nasser Bourita asked to speak by phone with Antony Blinken, but Washington did not respond.",
    "Nasser Bourita a demandé à s'entretenir par téléphone avec Antony Blinken.",
    "Nasser Bourita pidió hablar por teléfono con José Manuel Albares, pero Madrid no respondió.",
    "وكان ناصر بوريطة قد طلب التحدث هاتفيا مع أيمن الصفدي.",
])
func askingToSpeakIsNoCall(text: String) {
    #expect(Fixtures.extract(text, published: "2025-03-12").isEmpty)
}
