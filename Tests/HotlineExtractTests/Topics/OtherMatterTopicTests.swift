import Testing
@testable import HotlineExtract

private func topicIDs(_ page: String, published: String = "2025-03-20") -> Set<String> {
    Set(Fixtures.extract(page, published: published).first?.topics.map(\.id) ?? [])
}

// A paragraph that opens on another event or another matter ends the call's topic context: a
// recorded video message, "في سياق آخر", "En otro orden", "Elsewhere".
@Test(arguments: [
    "Nasser Bourita also recorded a video message for a forum, in which he spoke of the Red Sea.",
    "Elsewhere, Nasser Bourita spoke at a forum about the Red Sea and the Houthis.",
])
func aParagraphOnAnotherEventGivesTheCallNoTopic(paragraph: String) {
    let page = """
    Rabat, March 18 - Secretary of State Antony Blinken held a phone call with Moroccan Foreign Minister Nasser Bourita. The two ministers discussed the autonomy plan.

    \(paragraph)

    Nasser Bourita will travel to Amman next week.
    """
    #expect(topicIDs(page) == ["western-sahara"])
}

@Test func anArabicParagraphOnAnotherMatterEndsTheContext() {
    let page = """
    أجرى ناصر بوريطة اتصالا هاتفيا مع أيمن الصفدي، أمس الاثنين، وبحث الجانبان مخطط الحكم الذاتي.

    وفي سياق آخر، استقبل ناصر بوريطة وفدا برلمانيا وبحث معه ملف الهجرة غير الشرعية.

    ويأتي الاتصال في إطار التشاور الدائم بين البلدين.
    """
    #expect(topicIDs(page) == ["western-sahara"])
}

@Test func aSpanishParagraphOnAnotherMatterEndsTheContext() {
    let page = """
    El canciller José Manuel Albares habló por teléfono este lunes con su homólogo marroquí, Nasser Bourita, sobre el plan de autonomía.

    En otro orden, el canciller Albares recibió a una delegación y conversó sobre la migración irregular.

    Albares viajará a Rabat la próxima semana.
    """
    #expect(topicIDs(page) == ["western-sahara"])
}

// A title that another person's name follows names that person, not a party referred back to,
// with a particle inside the name or a nationality between them.
@Test(arguments: [
    "El ministro del Interior, Juan del Campo, habló después sobre el terrorismo en la región.",
    "El primer ministro jordano Jafar Hassan escribió sobre el terrorismo en la región.",
])
func aTitleBeforeAnotherNameDoesNotContinueTheReport(sentence: String) {
    let page = """
    El canciller José Manuel Albares habló por teléfono este lunes con su homólogo marroquí, Nasser Bourita, sobre el plan de autonomía.

    \(sentence)

    Un tercer párrafo sobre el tiempo en Madrid cierra la nota.

    Albares viajará a Rabat para hablar del comercio bilateral.
    """
    #expect(Set(Fixtures.extractBundled(page, published: "2025-03-20").first?.topics.map(\.id) ?? []) == ["western-sahara"])
}

@Test func aBareTitleStillContinuesTheReport() {
    let page = """
    El canciller José Manuel Albares habló por teléfono este lunes con su homólogo marroquí, Nasser Bourita, sobre el plan de autonomía.

    El ministro insistió además en el terrorismo en la región.
    """
    #expect(topicIDs(page) == ["western-sahara", "counterterrorism"])
}
