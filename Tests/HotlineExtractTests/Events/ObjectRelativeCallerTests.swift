import Testing
@testable import HotlineExtract

// An object's relative clause with a calling verb ("con Y, a quien llamó para ...", "Y, à qui il
// a téléphoné", "Y, whom he had called") says Y was called: the sentence's other party placed
// the one call. A subject relative ("Y, who called to ...") still makes Y the caller.
// (The bundled knowledge base.)

@Test(arguments: [
    ("El canciller venezolano Yván Gil mantuvo el jueves una charla telefónica con el ministro iraní de Exteriores y portavoz de la diplomacia persa, Abbas Araghchi, a quien llamó para expresarle la solidaridad del gobierno bolivariano.", "Yván Gil"),
    ("El canciller venezolano Yván Gil conversó este jueves por teléfono con el canciller de Irán, Abbas Araghchi, al que llamó para condenar los bombardeos.", "Yván Gil"),
    ("Jean-Noël Barrot s'est entretenu jeudi avec le ministre iranien des Affaires étrangères, Abbas Araghchi, à qui il a téléphoné pour appeler à la retenue.", "Jean-Noël Barrot"),
    ("British Foreign Secretary David Lammy talked on Thursday with his Iranian counterpart Abbas Araghchi, whom he had called to urge restraint.", "David Lammy"),
])
func theCalledPartysCounterpartPlacedTheCall(text: String, caller: String) {
    let events = Fixtures.extractBundled(text, published: "2025-06-20")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == [caller, "Abbas Araghchi"])
    #expect(Fixtures.caller(events.first) == caller)
    #expect(events.first?.date == Fixtures.day("2025-06-19"))
}

// (guard: a subject relative makes its party the caller)
@Test(arguments: [
    "British Foreign Secretary David Lammy talked on Thursday with his Iranian counterpart Abbas Araghchi, who called to discuss the nuclear talks.",
    "El canciller venezolano Yván Gil mantuvo el jueves una charla telefónica con el ministro iraní de Exteriores, Abbas Araghchi, quien llamó para expresar su gratitud.",
])
func aSubjectRelativesPartyIsTheCaller(text: String) {
    let events = Fixtures.extractBundled(text, published: "2025-06-20")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "Abbas Araghchi")
}

// An apposition may stand between the party and its relative clause, and the sentence's subject
// may be named twice (name, then title in apposition).
@Test(arguments: [
    ("On Thursday David Lammy, the British Foreign Secretary, talked with Abbas Araghchi, Iran's foreign minister, whom he had called to urge restraint.", "David Lammy"),
    ("On Thursday David Lammy, the British Foreign Secretary, talked with Abbas Araghchi, Iran's foreign minister, who called to discuss the nuclear talks.", "Abbas Araghchi"),
    ("Jean-Noël Barrot s'est entretenu jeudi au téléphone avec Abbas Araghchi, chef de la diplomatie iranienne, qui l'avait appelé pour parler du dossier nucléaire.", "Abbas Araghchi"),
])
func aRelativeClauseAfterAnAppositionTellsTheCaller(text: String, caller: String) {
    let events = Fixtures.extractBundled(text, published: "2025-06-20")
    #expect(events.count == 1)
    #expect(events.first?.participants.count == 2)
    #expect(Fixtures.caller(events.first) == caller)
}
