import Testing
@testable import HotlineExtract

// Who reports a call ("according to a statement from spokesperson X") is not on it, and a date
// given to another event by a participle ("the agreement signed on January 1") does not date it.

@Test func theSourceAfterAccordingToIsNotAParty() {
    let text = """
    President Emmanuel Macron on Sunday telephoned Moroccan Foreign Minister Nasser Bourita. \
    According to a statement from State Department spokesperson Matthew Miller, Antony Blinken also spoke to Mr Bourita on Sunday.
    """
    let events = Fixtures.extract(text, published: "2024-01-08")
    #expect(!events.contains { Fixtures.names($0).contains("Matthew Miller") })
    #expect(events.contains { Fixtures.names($0) == ["Antony Blinken", "Nasser Bourita"] })
}

@Test(arguments: [
    ("Antony Blinken spoke by phone with Nasser Bourita on Sunday about the agreement signed in Rabat on January 1.", "en"),
    ("Antony Blinken s'est entretenu dimanche par téléphone avec Nasser Bourita de l'accord signé à Rabat le 1er janvier.", "fr"),
    ("José Manuel Albares habló el domingo por teléfono con Nasser Bourita sobre el acuerdo firmado en Rabat el 1 de enero.", "es"),
    ("أجرى أيمن الصفدي يوم الأحد اتصالا هاتفيا مع ناصر بوريطة بحثا خلاله الاتفاق الموقع في الرباط في 1 يناير.", "ar"),
])
func aParticipleDatesAnotherEvent(text: String, language: String) {
    let events = Fixtures.extract(text, published: "2024-01-08")
    #expect(events.count == 1)
    #expect(events.first?.date == Fixtures.day("2024-01-07"))
}

@Test func aBareTitleIsThePreviousSubjectNotAPartyNamedBesideIt() {
    let text = """
    President Emmanuel Macron on Sunday telephoned King Mohammed VI and Foreign Minister Nasser Bourita. \
    Later, the President spoke to Mr Bourita about the visit.
    """
    let events = Fixtures.extract(text, published: "2024-01-08")
    #expect(!events.contains { Fixtures.names($0) == ["Mohammed VI", "Nasser Bourita"] })
}

@Test(arguments: [
    "Emmanuel Macron spoke by phone with Nasser Bourita about the summit that was held in Cairo on Tuesday.",
    "Emmanuel Macron s'est entretenu par téléphone avec Nasser Bourita du sommet qui s'est tenu au Caire mardi.",
    "José Manuel Albares habló por teléfono con Nasser Bourita sobre la cumbre que se celebró en El Cairo el martes.",
    "بحث أيمن الصفدي هاتفيا مع ناصر بوريطة نتائج القمة التي عقدت في القاهرة يوم الثلاثاء.",
    // (a possessive relative: "whose", "cuya")
    "Emmanuel Macron spoke by phone with Nasser Bourita about the border posts, whose reopening was tested on Tuesday.",
    "José Manuel Albares telefoneó a Nasser Bourita para abordar las aduanas, cuya apertura se ensayó el martes.",
])
func aDateInARelativeClauseOnAnotherWordDoesNotDateTheCall(text: String) {
    let events = Fixtures.extract(text, published: "2024-03-14")
    #expect(events.count == 1)
    #expect(events.first?.date == nil)
}

@Test func aRelativeClauseOnTheCallDatesIt() {
    let events = Fixtures.extract("The phone call, which took place on Tuesday, was between Emmanuel Macron and Nasser Bourita.", published: "2024-03-14")
    #expect(events.first?.date == Fixtures.day("2024-03-12"))
}

// A French spokesperson's past participle ("a simplement précisé, sans autre détail, que ...")
// reports the call: the spokesperson is not on it.
@Test func aFrenchSpokespersonBeforeAParticipleIsNotAParty() {
    let text = """
    Mardi, Antony Blinken a appelé le chef de la diplomatie marocaine, Nasser Bourita.
    Interrogé par la presse, le porte-parole Matthew Miller a simplement précisé, sans autre détail, que le secrétaire d'État avait eu un échange fructueux avec le ministre marocain.
    """
    let events = Fixtures.extract(text, published: "2024-03-06")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Antony Blinken"])
}
