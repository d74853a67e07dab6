import Testing
@testable import HotlineExtract

// "Nothing indicates a call": the call did not (as far as the text knows) take place.

@Test(arguments: [
    "There was no indication of a phone call between Nasser Bourita and José Manuel Albares.",
    "Rien n'indique un entretien téléphonique entre Nasser Bourita et José Manuel Albares.",
    "Nada indica una llamada telefónica entre Nasser Bourita y José Manuel Albares.",
    "ولم يصدر عن الوزارة ما يشير إلى اتصال هاتفي بين ناصر بوريطة وأيمن الصفدي.",
    "ولا يوجد ما يشير إلى اتصال هاتفي بين ناصر بوريطة وأيمن الصفدي.",
])
func absenceCuesNegateTheCall(text: String) {
    #expect(WiderFixtures.extract(text).isEmpty)
}

@Test func withoutTheAbsenceCueTheCallStands() {
    #expect(WiderFixtures.extract("جرى اتصال هاتفي بين ناصر بوريطة وأيمن الصفدي.").count == 1)
}

@Test(arguments: [
    ("Rien ne laisse penser que Nasser Bourita et José Manuel Albares se soient entretenus par téléphone depuis le sommet.", "fr"),
    ("Nothing suggests that Nasser Bourita and José Manuel Albares have spoken by phone since the summit.", "en"),
    ("ولم يجر أي اتصال هاتفي بين ناصر بوريطة وأيمن الصفدي منذ أشهر.", "ar"),
])
func absenceCuesReachTheWholeClauseBeforeTheTrigger(text: String, language: String) {
    #expect(WiderFixtures.extract(text, language: language).isEmpty)
}

@Test(arguments: [
    ("Nasser Bourita held a phone call with José Manuel Albares on Wednesday.\n\nThe two ministers did not discuss fishing during the call.", "en"),
    ("Nasser Bourita s'est entretenu mercredi par téléphone avec José Manuel Albares.\n\nLes deux ministres n'ont pas abordé la pêche lors de cet appel.", "fr"),
    ("Nasser Bourita habló por teléfono el miércoles con José Manuel Albares.\n\nLos dos ministros no abordaron la pesca durante la llamada.", "es"),
    ("أجرى ناصر بوريطة اتصالا هاتفيا مع أيمن الصفدي يوم الأربعاء.\n\nولم يتطرق الجانبان خلال الاتصال إلى ملف الحدود.", "ar"),
])
func whatWasNotSaidDuringTheCallDoesNotUndoIt(text: String, language: String) {
    #expect(WiderFixtures.extract(text, language: language).count == 1)
}

// "nor has there been", "tampoco ha habido": an existential negation joined to another one.
@Test(arguments: [
    "Officials said there had been no call between the ministers, nor has there been a conversation between Antony Blinken and Nasser Bourita.",
    "Fuentes diplomáticas precisaron que tampoco ha habido conversación entre José Manuel Albares y Nasser Bourita sobre el asunto.",
])
func aNegationJoinedToAnotherDeniesTheCall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-10-03").isEmpty)
}
