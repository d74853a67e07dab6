import Testing
@testable import HotlineExtract

// A call whose every report is in the pluperfect ("avaient eu un entretien téléphonique", "had
// spoken by telephone", "habían mantenido", "كان ... قد أجريا") happened before the story's
// events: on a page with a dateline it takes no dateline day (date nil). "He had just held a
// call" (a `recentPast` word after the auxiliary) and the main verb "had" ("had a telephone
// conversation") are of the dateline's day. (The bundled knowledge base.)

@Test(arguments: [
    ("Rabat, 15 mars (MAP). Le Roi Mohammed VI et le président sénégalais Macky Sall avaient eu un entretien téléphonique portant sur les relations bilatérales.",
     "Mohammed VI", "Macky Sall"),
    ("Dakar, March 15 (APS). President Macky Sall and King Mohammed VI had spoken by telephone about bilateral relations.",
     "Macky Sall", "Mohammed VI"),
    ("Madrid, 15 de marzo (EFE). El rey Felipe VI y el presidente senegalés Macky Sall habían mantenido una conversación telefónica sobre las relaciones bilaterales.",
     "Felipe VI", "Macky Sall"),
    ("الرباط، 15 مارس (ومع). كان الملك محمد السادس والرئيس السنغالي ماكي سال قد أجريا اتصالا هاتفيا حول العلاقات الثنائية.",
     "Mohammed VI", "Macky Sall"),
])
func aPluperfectCallTakesNoDatelineDay(text: String, first: String, second: String) {
    let events = Fixtures.extractBundled(text, published: "2023-03-16")
    #expect(events.count == 1)
    #expect(events.first?.participants.map(\.name) == [first, second])
    #expect(events.first != nil && events.first?.date == nil)
}

// (guard: the report's own moment, and the verb "had" itself, keep the dateline's day)
@Test(arguments: [
    ("Dakar, March 15 (APS). President Macky Sall addressed reporters, saying he had just held a call with King Mohammed VI.",
     "Macky Sall", "Mohammed VI"),
    ("Paris, 15 mars (AFP). Emmanuel Macron a indiqué qu'il avait tout juste eu un entretien téléphonique avec le roi Mohammed VI.",
     "Emmanuel Macron", "Mohammed VI"),
    ("Madrid, 15 de marzo (EFE). Pedro Sánchez aseguró que había recién conversado por teléfono con el rey Mohammed VI.",
     "Pedro Sánchez", "Mohammed VI"),
    ("Moscow, March 15 (TASS). The Russian leader Vladimir Putin had a phone conversation with Recep Tayyip Erdoğan.",
     "Vladimir Putin", "Recep Tayyip Erdoğan"),
    ("Moscow, March 15 (TASS). The Russian leader Vladimir Putin had a phone conversation with Kassym-Jomart Tokayev of Kazakhstan.",
     "Vladimir Putin", "Kassym-Jomart Tokayev"),
])
func aJustHeldOrHadCallTakesTheDatelineDay(text: String, first: String, second: String) {
    let events = Fixtures.extractBundled(text, published: "2023-03-16")
    #expect(events.count == 1)
    #expect(events.first?.participants.map(\.name) == [first, second])
    #expect(events.first?.date == Fixtures.day("2023-03-15"))
}

// (guard: the same call in the perfect takes the dateline's day)
@Test func aPerfectCallTakesTheDatelineDay() {
    let events = Fixtures.extractBundled("Rabat, 15 mars (MAP). Le Roi Mohammed VI et le président sénégalais Macky Sall ont eu un entretien téléphonique portant sur les relations bilatérales.",
                                         published: "2023-03-16")
    #expect(events.count == 1)
    #expect(events.first?.date == Fixtures.day("2023-03-15"))
}

// (guard: a pluperfect call that gives its own day keeps it)
@Test func aPluperfectCallWithItsOwnDayKeepsIt() {
    let events = Fixtures.extractBundled("Rabat, 15 mars (MAP). Le Roi Mohammed VI et le président sénégalais Macky Sall avaient eu lundi un entretien téléphonique portant sur les relations bilatérales.",
                                         published: "2023-03-16")
    #expect(events.count == 1)
    #expect(events.first?.date == Fixtures.day("2023-03-13"))
}
