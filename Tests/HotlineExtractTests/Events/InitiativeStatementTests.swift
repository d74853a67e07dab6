import Testing
@testable import HotlineExtract

// Who placed a call, said in a sentence of its own: a cleft ("Fue X quien tomó la iniciativa"),
// a seat of government ("c'est l'Élysée qui a pris l'initiative"), an organisation's adjective
// ("بناء على طلب من المبعوثة الأممية"), a statement of the initiative with no call word ("La
// iniciativa partió del jefe de la diplomacia española"); the story's most recent call is the one meant.

@Test(arguments: [
    ("José Manuel Albares charló por teléfono anteayer con Nasser Bourita. Fue Bourita quien tomó la iniciativa, indicaron fuentes.", "Nasser Bourita"),
    ("Emmanuel Macron et Nasser Bourita ont eu un long entretien, par téléphone, le 31 mars. À Rabat, on souligne que c'est bien l'Élysée qui a pris l'initiative.", "Emmanuel Macron"),
    ("Antony Blinken and Nasser Bourita held a phone call on Monday. Officials in Rabat said it was Washington who took the initiative.", "Antony Blinken"),
    ("Nasser Bourita y José Manuel Albares conversaron el jueves por teléfono.\n\nSegún fuentes diplomáticas, la iniciativa partió del jefe de la diplomacia española.", "José Manuel Albares"),
    ("Nasser Bourita and Ayman Safadi spoke by phone on Thursday.\n\nThe initiative came from Amman, a Jordanian official said.", "Ayman Safadi"),
    ("Nasser Bourita et José Manuel Albares se sont parlé au téléphone jeudi. Selon nos informations, c'est Madrid qui avait sollicité l'échange.", "José Manuel Albares"),
    // (a pronoun standing for the call opens the sentence)
    ("Nasser Bourita and Ayman Safadi talked on the telephone on Monday. It had been requested by Amman days earlier, officials said.", "Ayman Safadi"),
])
func aSentenceOfItsOwnNamesTheCaller(text: String, caller: String) {
    let events = Fixtures.extract(text, published: "2025-04-07")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == caller)
}

// A call "requested by X" ("solicitada por X", "demandé par X") was placed by X.
@Test(arguments: [
    "Antony Blinken spoke with Nasser Bourita by telephone on Monday, a conversation that officials say was requested by Mr Bourita himself.",
    "José Manuel Albares habló por teléfono con Nasser Bourita el lunes, en una conversación solicitada por Bourita.",
    "Emmanuel Macron s'est entretenu lundi par téléphone avec Nasser Bourita, lors d'un échange demandé par M. Bourita.",
])
func aCallRequestedByAPartyWasPlacedByIt(text: String) {
    let events = Fixtures.extract(text, published: "2025-04-09")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "Nasser Bourita")
}

@Test func anInitiativeStatementMeansTheMostRecentCall() {
    let text = "Le 31 mars, Emmanuel Macron et Nasser Bourita ont eu un long entretien par téléphone. En mars 2023, les deux hommes s'étaient déjà parlé au téléphone. À Rabat, on souligne que c'est bien l'Élysée qui a pris l'initiative."
    let events = Fixtures.extract(text, published: "2025-04-07")
    #expect(events.count == 2)
    #expect(Fixtures.caller(events.first { $0.date?.iso == "2025-03-31" }) == "Emmanuel Macron")
    #expect(Fixtures.caller(events.first { $0.date?.iso == "2023-03" }) == nil)
}

@Test func aDateBetweenCommasAfterTheVerbKeepsItsObject() {
    let text = "Le Président de la République, Emmanuel Macron, a téléphoné, le lundi 9 décembre 2024, à M. Nasser Bourita, pour lui adresser ses félicitations."
    let events = Fixtures.extract(text, published: "2024-12-10")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2024-12-09")
    #expect(Fixtures.caller(events.first) == "Emmanuel Macron")
}

// A request in a sentence without a call word is for something else: "des avions ont intercepté
// les drones à la demande du Maroc" does not make Morocco the caller.
@Test(arguments: [
    "Emmanuel Macron a appelé dimanche soir le roi Mohammed VI. Des avions français ont intercepté des drones « à la demande du Maroc », a-t-il confirmé.",
    "Emmanuel Macron called King Mohammed VI on Sunday evening. French jets intercepted drones at the request of Morocco, he confirmed.",
])
func aRequestForSomethingElseNamesNoCaller(text: String) {
    let events = Fixtures.extract(text, published: "2024-04-15")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "Emmanuel Macron")
}

// An exchange noun's initiative sentence may come after a sentence or two on what was said.
@Test(arguments: [
    "Nasser Bourita s'est entretenu jeudi au téléphone avec son homologue jordanien Ayman Safadi. L'entretien a porté sur la situation régionale. Les deux ministres ont souligné l'importance de la coordination. Cet échange a eu lieu à l'initiative de la partie jordanienne.",
    "Nasser Bourita spoke by phone on Thursday with his Jordanian counterpart Ayman Safadi. The conversation focused on the regional situation. Both ministers stressed the need for coordination. The call was made at the initiative of the Jordanian side.",
])
func anInitiativeSentenceAfterTheContentOfTheCallNamesItsCaller(text: String) {
    let events = Fixtures.extract(text, published: "2024-02-02")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "Ayman Safadi")
}

// "L'initiative de cet appel revient à X", "The initiative for the call came from X".
@Test(arguments: [
    ("Emmanuel Macron et Nasser Bourita se sont parlé au téléphone lundi. L'initiative de cet appel revient à Rabat, précise-t-on au ministère.", "Nasser Bourita"),
    ("Emmanuel Macron and Nasser Bourita spoke by phone on Monday. The initiative for the call came from Rabat, officials said.", "Nasser Bourita"),
    ("Emmanuel Macron y Nasser Bourita hablaron por teléfono el lunes. La iniciativa de la llamada partió de Rabat.", "Nasser Bourita"),
])
func aSentenceSayingWhereTheInitiativeCameFromNamesTheCaller(text: String, caller: String) {
    let events = Fixtures.extract(text, published: "2025-04-01")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == caller)
}
