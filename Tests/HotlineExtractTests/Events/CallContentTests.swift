import Testing
@testable import HotlineExtract

// People named in what the parties agreed or said during the call are not parties of it.

@Test(arguments: [
    """
    Emmanuel Macron spoke by phone on Monday with Nasser Bourita.

    During the phone call, the two leaders agreed that Foreign Minister José Manuel Albares would travel to Rabat.
    """,
    """
    Emmanuel Macron s'est entretenu par téléphone lundi avec Nasser Bourita.

    Lors de cet entretien téléphonique, les deux dirigeants sont convenus que le ministre José Manuel Albares se rendrait à Rabat.
    """,
    """
    Emmanuel Macron habló por teléfono el lunes con Nasser Bourita.

    Durante la conversación telefónica, ambos dirigentes acordaron que el ministro José Manuel Albares viajaría a Rabat.
    """,
    """
    أجرى إيمانويل ماكرون اتصالا هاتفيا مع ناصر بوريطة.

    وخلال الاتصال الهاتفي، اتفق الجانبان على أن أيمن الصفدي سيزور الرباط.
    """,
])
func peopleInTheContentOfTheCallAreNotParties(text: String) {
    let events = Fixtures.extract(text, published: "2023-02-01")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Emmanuel Macron", "Nasser Bourita"])
}

@Test(arguments: [
    "Emmanuel Macron and Nasser Bourita spoke in a call that Antony Blinken joined on Monday.",
    "Emmanuel Macron and Nasser Bourita spoke on Monday in a call in which Antony Blinken took part.",
])
func aPersonJoiningTheCallIsAParty(text: String) {
    let events = Fixtures.extract(text, published: "2023-02-01")
    #expect(events.first.map(Fixtures.names) == ["Emmanuel Macron", "Nasser Bourita", "Antony Blinken"])
}

@Test(arguments: [
    "Emmanuel Macron held a phone call with Nasser Bourita on Monday to discuss the results of his meeting with Ayman Safadi.",
    "Emmanuel Macron spoke by phone with Nasser Bourita, conveying a message from Antony Blinken.",
    "Emmanuel Macron s'est entretenu par téléphone avec Nasser Bourita de la visite d'Ayman Safadi à Paris.",
    "Emmanuel Macron habló por teléfono con Nasser Bourita sobre la reunión con Ayman Safadi.",
    "بحث إيمانويل ماكرون هاتفيا مع ناصر بوريطة نتائج زيارة أيمن الصفدي.",
])
func peopleInWhatTheCallWasAboutAreNotParties(text: String) {
    let events = Fixtures.extract(text, published: "2023-02-01")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Emmanuel Macron", "Nasser Bourita"])
}

@Test func allPartiesBeforeTheSubjectMatterStay() {
    let events = Fixtures.extract("Emmanuel Macron held a phone call with Nasser Bourita and Ayman Safadi about the region.",
                                  published: "2023-02-01")
    #expect(events.first.map(Fixtures.names) == ["Emmanuel Macron", "Nasser Bourita", "Ayman Safadi"])
}

@Test(arguments: [
    ("Nasser Bourita held a phone call on Tuesday regarding the visit of Giorgia Meloni.", "en"),
    ("Nasser Bourita a eu mardi un entretien téléphonique au sujet de la visite de Giorgia Meloni.", "fr"),
    ("Nasser Bourita mantuvo el martes una conversación telefónica sobre la visita de Giorgia Meloni.", "es"),
    ("أجرى ناصر بوريطة اتصالا هاتفيا بشأن زيارة جورجيا ميلوني.", "ar"),
])
func theSubjectMatterNamesNoPartyEvenWithoutAnother(text: String, language: String) {
    #expect(WiderFixtures.extract(text, language: language).isEmpty)
}

@Test(arguments: [
    ("In a phone call on Tuesday during which Nasser Bourita and Giorgia Meloni discussed the visit, they agreed to meet.", "en"),
    ("Nasser Bourita held a phone call with Giorgia Meloni about the visit.", "en"),
    ("أجرى ناصر بوريطة اتصالا هاتفيا تناول العلاقات مع جورجيا ميلوني.", "ar"),
])
func partiesInARelativeClauseOrAfterWithStay(text: String, language: String) {
    #expect(WiderFixtures.extract(text, language: language).map(WiderFixtures.names) == [["Nasser Bourita", "Giorgia Meloni"]])
}

// The talks a call was made to report on ("to brief him on his talks with Z", "para
// informarle de sus conversaciones con Z") are its subject: Z is not called, even when
// the called party is named by one word.
@Test(arguments: [
    "On Friday, Emmanuel Macron called Bourita about his talks with Antony Blinken.",
    "El viernes, Emmanuel Macron llamó a Bourita para informarle de sus conversaciones con Antony Blinken.",
    "Vendredi, Emmanuel Macron a appelé Bourita pour lui transmettre les détails de ses entretiens avec Antony Blinken.",
])
func talksACallReportsOnAreItsSubject(text: String) {
    let events = Fixtures.extract(text, published: "2025-08-11")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Emmanuel Macron", "Nasser Bourita"])
}
