import Testing
@testable import HotlineExtract

// Who took the initiative, told after the calls: of both calls a report gave ("both calls",
// "ces deux appels"), of the call the sentence itself recalls, by a placing verb with the call
// ("made the call"), by a country's side before a cleft ("C'est la partie jordanienne qui ..."),
// by a call that "came from" its caller, and a few sentences on.

@Test(arguments: [
    "Nasser Bourita spoke separately by phone with Ayman Safadi and with José Manuel Albares on Monday.\n\nBoth calls were made at the initiative of Bourita, his ministry said.",
    "Nasser Bourita a eu lundi deux échanges téléphoniques distincts, l'un avec Ayman Safadi, l'autre avec José Manuel Albares. Ces deux appels ont été passés à l'initiative du ministre marocain.",
    "Nasser Bourita spoke separately by phone with Ayman Safadi and with José Manuel Albares on Monday.\n\nThe minister made both calls himself.",
])
func anInitiativeForBothCallsMarksEach(text: String) {
    let events = Fixtures.extract(text, published: "2025-03-04")
    #expect(events.count == 2)
    #expect(events.allSatisfy { Fixtures.caller($0) == "Nasser Bourita" })
}

@Test func anInitiativeForOneCallMarksOnlyTheLast() {
    let events = Fixtures.extract(
        "Nasser Bourita spoke separately by phone with Ayman Safadi and with José Manuel Albares on Monday.\n\nThe second call was made at the initiative of Albares.",
        published: "2025-03-04")
    #expect(events.first { Fixtures.names($0).contains("Ayman Safadi") }.map(Fixtures.caller) == .some(nil))
    #expect(events.first { Fixtures.names($0).contains("José Manuel Albares") }.map(Fixtures.caller) == "José Manuel Albares")
}

@Test func theInitiativeOfARecalledCallIsThatCalls() {
    let events = Fixtures.extract(
        "Bourita and Safadi talk again\n\nNasser Bourita called Ayman Safadi on Sunday to discuss Gaza.\n\nIt was their second call in three days: the two ministers had already spoken by phone last Friday, in a call initiated by the Jordanian side.",
        published: "2025-03-04")
    #expect(events.count == 2)
    #expect(events.first { $0.date?.iso == "2025-03-02" }.map(Fixtures.caller) == "Nasser Bourita")
    #expect(events.first { $0.date?.iso == "2025-02-28" }.map(Fixtures.caller) == "Ayman Safadi")
}

@Test(arguments: [
    "Nasser Bourita s'est entretenu mardi par téléphone avec Ayman Safadi. C'est la partie jordanienne qui avait sollicité cet entretien, selon Rabat.",
    "Nasser Bourita conversó el martes por teléfono con Ayman Safadi. La llamada, según Rabat, partió del ministro jordano.",
    "Nasser Bourita conversó el martes por teléfono con Ayman Safadi. La llamada fue iniciativa del ministro jordano, según Rabat.",
    "Nasser Bourita spoke by phone with Ayman Safadi on Tuesday. It was Mr Safadi who dialled, according to Rabat.",
])
func theCallerToldInALaterSentenceIsTheInitiator(text: String) {
    let events = Fixtures.extract(text, published: "2025-03-05")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "Ayman Safadi")
}

@Test func anExchangeNounsInitiativeReachesFiveSentencesBack() {
    let text = """
    Nasser Bourita et Ayman Safadi ont eu mardi un échange téléphonique.

    Le ministre marocain a insisté sur la trêve. Le ministre jordanien a parlé de l'aide. Les deux hommes ont évoqué la Syrie. Ils ont aussi parlé du Liban.

    Cet échange s'est tenu à la demande de la partie jordanienne, a précisé Amman.
    """
    let events = Fixtures.extract(text, published: "2025-03-05")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "Ayman Safadi")
}

// A country's side in the possessive ("at the Moroccan side's request"), a cleft sentence on who
// asked for this exchange ("c'est la partie X qui a sollicité cet échange"), and a
// request of a capital in a sentence that goes on with its source ("..., precisó un comunicado":
// "un" is no UN).
@Test(arguments: [
    "Ayman Safadi and Nasser Bourita spoke by telephone on Monday. According to the readout, the conversation was held at the Moroccan side's request.",
    "Ayman Safadi a eu lundi Nasser Bourita au téléphone. D'après le communiqué, c'est bien la partie marocaine qui avait sollicité cet échange.",
    "Ayman Safadi y Nasser Bourita hablaron el lunes por teléfono. El diálogo telefónico tuvo lugar a petición de Rabat, precisó un comunicado.",
])
func aSideOrCapitalThatAskedForTheCallPlacedIt(text: String) {
    let events = Fixtures.extract(text, published: "2025-08-13")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "Nasser Bourita")
}

// A sentence opened by a noun of the exchange reaches its initiative cue past an aside
// ("L'entretien, qui s'est prolongé près d'une demi-heure, s'est tenu à l'initiative de ..."), and
// "la comunicación" is such a noun.
@Test(arguments: [
    ("Nasser Bourita a échangé mardi 14 janvier au téléphone avec Ayman Safadi. Selon le ministère, l'entretien, qui s'est prolongé près d'une demi-heure, a été organisé à l'initiative de la partie jordanienne.", "Ayman Safadi"),
    ("Nasser Bourita sostuvo el 14 de enero una conversación telefónica con José Manuel Albares. La comunicación, según la cancillería, tuvo lugar a solicitud del ministro español.", "José Manuel Albares"),
])
func anOpeningExchangeNounReachesItsInitiativeCue(text: String, caller: String) {
    let events = Fixtures.extract(text, published: "2025-01-15")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == caller)
}
