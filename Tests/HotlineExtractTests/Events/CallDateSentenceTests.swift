import Testing
@testable import HotlineExtract

// "L'appel a eu lieu dimanche": a sentence that dates the call already reported; "à" (call for)
// is told from the verb "a" (has) after a call noun.

@Test(arguments: [
    "Emmanuel Macron a eu un entretien téléphonique avec Nasser Bourita. L'appel a eu lieu dimanche.",
    "Emmanuel Macron held a phone call with Nasser Bourita. The call took place on Sunday.",
])
func aCallNounWithoutPartiesDatesTheCallBefore(text: String) {
    let events = Fixtures.extract(text, published: "2024-06-20")
    #expect(events.count == 1)
    #expect(events.first?.date == Fixtures.day("2024-06-16"))
}

@Test func aHeadlineReportDatedByTheBodyDatesTheCall() {
    let text = """
    Macron fragilisé par la fuite d'un appel avec Nasser Bourita

    Macron fragilisé par la fuite d'un appel avec Nasser Bourita

    L'appel a eu lieu dimanche, selon plusieurs médias.
    """
    let events = Fixtures.extract(text, published: "2024-06-20")
    #expect(events.count == 1)
    #expect(events.first?.date == Fixtures.day("2024-06-16"))
}

@Test func anAppealToSomeoneIsNotACall() {
    #expect(Fixtures.extract("Emmanuel Macron a lancé un appel à Nasser Bourita pour la paix.", published: "2024-06-20").isEmpty)
    #expect(Fixtures.extract("Emmanuel Macron a appelé Nasser Bourita à la retenue.", published: "2024-06-20").isEmpty)
}

// "X and Y agreed on Tuesday to ... The two ministers talked by phone": the call the next
// sentence reports without a date took place on the day the sentence before gave its parties
// (not when that sentence is a meeting).
@Test(arguments: [
    ("Nasser Bourita and Ayman Safadi agreed on Tuesday to coordinate their positions on the Gaza crisis. The two ministers talked by phone for half an hour.", "en"),
    ("Nasser Bourita et Ayman Safadi sont convenus mardi de coordonner leurs positions sur la crise à Gaza. Les deux ministres se sont parlé au téléphone pendant une demi-heure.", "fr"),
    ("Nasser Bourita y Ayman Safadi acordaron el martes coordinar sus posiciones sobre la crisis de Gaza. Los dos ministros hablaron por teléfono durante media hora.", "es"),
])
func anUndatedCallTakesTheDayTheSentenceBeforeGaveItsParties(text: String, language: String) {
    let events = Fixtures.extract(text, published: "2024-01-10")
    #expect(events.map(\.date) == [Fixtures.day("2024-01-09")])
}

@Test func aMeetingsDayDoesNotDateTheCallReportedAfterIt() {
    let text = "Nasser Bourita and Ayman Safadi met in Amman on Tuesday to coordinate their positions. The two ministers had already talked by phone about the crisis."
    let events = Fixtures.extract(text, published: "2024-01-10")
    #expect(events.count == 1)
    #expect(events.first?.date != Fixtures.day("2024-01-09"))
}

// "..., his office said on Friday. The call, which took place on Thursday, ...": the day a
// statement gave yields to the call's own day in the next sentence.
@Test(arguments: [
    "Emmanuel Macron spoke by phone with King Mohammed VI, the Elysee said on Friday. During the call, which took place on Thursday, Mr Macron praised the partnership.",
    "Le roi Mohammed VI et Emmanuel Macron ont eu un entretien téléphonique, a indiqué vendredi le cabinet royal. Cet entretien, qui s'est tenu jeudi, a porté sur le partenariat.",
    "Emmanuel Macron habló por teléfono con el rey Mohammed VI, informó el Elíseo el viernes. Durante la conversación, que tuvo lugar el jueves, Macron elogió la asociación.",
])
func theCallsOwnDayReplacesTheDayOfTheStatement(text: String) {
    let events = Fixtures.extract(text, published: "2023-03-11")
    #expect(events.count == 1)
    #expect(events.first?.date == Fixtures.day("2023-03-09"))
}

@Test func theDayOfTheStatementStaysWhenNothingElseDatesTheCall() {
    let text = "Emmanuel Macron spoke by phone with King Mohammed VI, the Elysee said on Friday. During the call, Mr Macron praised the partnership."
    #expect(Fixtures.extract(text, published: "2023-03-11").first?.date == Fixtures.day("2023-03-10"))
}

// "المكالمة الهاتفية التي جمعت X ونظيره Y يوم الخميس": the relative clause is the call's own,
// so its day dates the call ("الهاتفية" is part of the call word).
@Test func anArabicCallNounWithItsAdjectiveKeepsItsRelativeClausesDay() {
    let text = "استعرض الجانبان خلال المكالمة الهاتفية التي جمعت وزير الخارجية المغربي ناصر بوريطة ونظيره الأردني أيمن الصفدي يوم الخميس التطورات في المنطقة."
    let events = Fixtures.extract(text, published: "2023-06-10")
    #expect(events.count == 1)
    #expect(events.first?.date == Fixtures.day("2023-06-08"))
}
