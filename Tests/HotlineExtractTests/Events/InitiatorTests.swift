import Testing
@testable import HotlineExtract

// Who placed the call, from the grammar of each language.

@Test(arguments: [
    ("Antony Blinken phoned Nasser Bourita on Monday.", "Antony Blinken"),
    ("Nasser Bourita received a phone call from Antony Blinken on Monday.", "Antony Blinken"),
    ("Nasser Bourita a reçu lundi un appel téléphonique d'Antony Blinken.", "Antony Blinken"),
    ("Nasser Bourita recibió una llamada de Antony Blinken el lunes.", "Antony Blinken"),
    ("تلقى ناصر بوريطة اتصالا هاتفيا من أنتوني بلينكن يوم الاثنين.", "Antony Blinken"),
])
func initiatorFromTheGrammar(text: String, caller: String) {
    let e = Fixtures.extract(text, published: "2023-02-01").first
    #expect(Fixtures.caller(e) == caller)
}

@Test func heldACallHasNoInitiator() {
    let e = Fixtures.extract("Antony Blinken held a phone call with Nasser Bourita.").first
    #expect(e != nil && e?.initiator == nil)
}

@Test func verbFirstArabicCallerIsTheSubjectAfterTheVerb() {
    let e = Fixtures.extract("اتصل الرئيس الفرنسي إيمانويل ماكرون بنظيره الأردني أيمن الصفدي يوم الاثنين.", published: "2023-02-01").first
    #expect(e.map(Fixtures.names) == ["Emmanuel Macron", "Ayman Safadi"])
    #expect(Fixtures.caller(e) == "Emmanuel Macron")
}

@Test func separateCallsNounIsNotTheVerbCalls() {
    let e = Fixtures.extract("Antony Blinken held separate calls with Nasser Bourita and Ayman Safadi on Tuesday.", published: "2023-02-01")
    #expect(e.count == 2)
    #expect(e.allSatisfy { $0.initiator == nil })
}

@Test(arguments: [
    "Nasser Bourita a reçu dimanche un appel d'Emmanuel Macron.",
    "Nasser Bourita received on Sunday a call from Emmanuel Macron.",
    "Nasser Bourita recibió el domingo una llamada de Emmanuel Macron.",
])
func interruptedReceivedACallFrom(text: String) {
    let e = Fixtures.extract(text, published: "2023-02-01").first
    #expect(e?.date?.iso == "2023-01-29")
    #expect(Fixtures.caller(e) == "Emmanuel Macron")
}

@Test(arguments: [
    ("Emmanuel Macron had a telephone conversation with Nasser Bourita.\n\nThe conversation took place at the initiative of the Moroccan side.", "Nasser Bourita"),
    ("Emmanuel Macron s'est entretenu par téléphone avec Nasser Bourita, à l'initiative de la partie marocaine.", "Nasser Bourita"),
    ("José Manuel Albares mantuvo una conversación telefónica con Ayman Safadi a iniciativa del ministro jordano.", "Ayman Safadi"),
    ("أجرى ناصر بوريطة اتصالا هاتفيا مع أيمن الصفدي بمبادرة من الجانب الأردني.", "Ayman Safadi"),
    ("José Manuel Albares conversó el lunes por teléfono con Nasser Bourita, a iniciativa de este último.", "Nasser Bourita"),
    ("Nasser Bourita s'est entretenu par téléphone avec Emmanuel Macron, à l'initiative de ce dernier.", "Emmanuel Macron"),
    ("Emmanuel Macron and Nasser Bourita spoke by phone on Monday at Bourita's request.", "Nasser Bourita"),
])
func initiatorFromAnInitiativeFormula(text: String, caller: String) {
    let e = Fixtures.extract(text, published: "2023-02-01").first
    #expect(Fixtures.caller(e) == caller)
    #expect(e?.participants.count == 2)   // the side named after the cue is not another party
}

@Test(arguments: [
    ("José Manuel Albares recibió el pasado lunes una llamada telefónica del vice primer ministro y canciller jordano, Ayman Safadi.", "Ayman Safadi"),
    ("José Manuel Albares recibió ayer una llamada telefónica de su par marroquí, Nasser Bourita.", "Nasser Bourita"),
    ("Nasser Bourita a reçu lundi soir un appel téléphonique du ministre jordanien des Affaires étrangères, Ayman Safadi.", "Ayman Safadi"),
])
func callerAfterADateAndALongTitle(text: String, caller: String) {
    let e = Fixtures.extract(text, published: "2023-02-01").first
    #expect(Fixtures.caller(e) == caller)
}

// "En conversación telefónica, los ministros de España, X, y de Marruecos, Y": a from-word past a
// comma is in the parties' own titles, not the caller's.
@Test func aFromWordInATitlePastACommaIsNotTheCaller() {
    let text = "En conversación telefónica, los ministros de España, José Manuel Albares, y de Marruecos, Nasser Bourita, repasaron la agenda."
    let e = Fixtures.extract(text, published: "2023-02-01").first
    #expect(e.map(Fixtures.names) == ["José Manuel Albares", "Nasser Bourita"])
    #expect(e?.initiator == nil)
}

@Test func aFromWordBeforeADateIsNotTheCaller() {
    let e = Fixtures.extract("L'entretien téléphonique du 31 janvier entre Emmanuel Macron et Nasser Bourita a relancé la coopération.",
                             published: "2023-02-01").first
    #expect(e != nil && e?.initiator == nil)
}

@Test(arguments: [
    ("Emmanuel Macron a reçu ce lundi un coup de fil de Nasser Bourita.", "Nasser Bourita"),
    ("José Manuel Albares recibió un llamado de Nasser Bourita el lunes.", "Nasser Bourita"),
])
func colloquialCallWords(text: String, caller: String) {
    let e = Fixtures.extract(text, published: "2023-02-01").first
    #expect(Fixtures.caller(e) == caller)
}

@Test(arguments: [
    ("تلقى الرئيس جوزيف عون، اليوم الخميس، اتصالا هاتفيا من الرئيس السوري أحمد الشرع.", "ar", "Ahmed al-Sharaa"),
    ("Le président Joseph Aoun a reçu, jeudi, un appel téléphonique de son homologue syrien, M. Ahmed al-Sharaa, avec lequel il a évoqué la situation à la frontière.", "fr", "Ahmed al-Sharaa"),
    ("Joseph Aoun recibió el jueves una llamada telefónica del presidente sirio, Ahmed al-Sharaa.", "es", "Ahmed al-Sharaa"),
])
func receivedACallFromNamesTheCallerAfterTheFromWord(text: String, language: String, caller: String) {
    let e = WiderFixtures.extract(text, language: language).first
    #expect(e.map(WiderFixtures.names) == ["Joseph Aoun", "Ahmed al-Sharaa"])
    #expect(Fixtures.caller(e) == caller)
}

@Test(arguments: [
    ("Le président Joseph Aoun a reçu mardi un appel de la cheffe du gouvernement italien, la présidente du Conseil des ministres Giorgia Meloni.", "fr"),
    ("Joseph Aoun recibió el martes una llamada de la presidenta del Consejo de Ministros de Italia, Giorgia Meloni.", "es"),
    ("تلقى الرئيس جوزيف عون اليوم اتصالا هاتفيا من رئيسة مجلس الوزراء الإيطالي جورجيا ميلوني.", "ar"),
])
func callerNamedWithHerTitleIsNotAnotherOfficialOfHerCountry(text: String, language: String) {
    let events = WiderFixtures.extract(text, language: language)
    #expect(events.map(WiderFixtures.names) == [["Joseph Aoun", "Giorgia Meloni"]])
    #expect(Fixtures.caller(events.first) == "Giorgia Meloni")
}

@Test func italianPrimeMinisterByHerFrenchTitleAlone() {
    let events = WiderFixtures.extract("Le président Joseph Aoun reçoit un appel de la présidente du Conseil italien\n\nLe président libanais Joseph Aoun a reçu mardi un appel téléphonique de son homologue.", language: "fr")
    #expect(events.map(WiderFixtures.names) == [["Joseph Aoun", "Giorgia Meloni"]])
}

@Test(arguments: [
    ("Giorgia Meloni y Kyriakos Mitsotakis conversaron por teléfono el jueves.", "es"),
    ("Giorgia Meloni held a call with Kyriakos Mitsotakis on Thursday.", "en"),
])
func talkingTogetherNamesNoCaller(text: String, language: String) {
    let e = WiderFixtures.extract(text, language: language).first
    #expect(e.map(WiderFixtures.names) == ["Giorgia Meloni", "Kyriakos Mitsotakis"])
    #expect(e?.initiator == nil)
}

@Test func headlineTellsTheCallerTheBodyLeavesOut() {
    let text = """
    Meloni receives phone call from Mitsotakis

    Giorgia Meloni and Kyriakos Mitsotakis discussed migration in a phone call on Thursday, her office said.
    """
    let e = WiderFixtures.extract(text, language: "en").first
    #expect(e.map(WiderFixtures.names) == ["Giorgia Meloni", "Kyriakos Mitsotakis"])
    #expect(Fixtures.caller(e) == "Kyriakos Mitsotakis")
}

@Test(arguments: [
    ("Giorgia Meloni held a phone call with Kyriakos Mitsotakis on Thursday.\n\nRome said the Italian leader had initiated the call.", "en", "Giorgia Meloni"),
    ("Giorgia Meloni s'est entretenue jeudi par téléphone avec Kyriakos Mitsotakis. Selon Athènes, M. Mitsotakis a pris l'initiative de l'appel.", "fr", "Kyriakos Mitsotakis"),
    ("Giorgia Meloni y Kyriakos Mitsotakis conversaron por teléfono el jueves. Según Roma, Meloni tomó la iniciativa de la llamada.", "es", "Giorgia Meloni"),
])
func partyNamedBeforeAnInitiatedCuePlacedTheCall(text: String, language: String, caller: String) {
    let e = WiderFixtures.extract(text, language: language).first
    #expect(e.map(WiderFixtures.names) == ["Giorgia Meloni", "Kyriakos Mitsotakis"])
    #expect(Fixtures.caller(e) == caller)
}

@Test(arguments: [
    "Entretien téléphonique de M. José Manuel Albares avec son homologue marocain Nasser Bourita, mardi, sur la situation dans la région et les relations entre les deux pays.",
    "Conversación telefónica del ministro José Manuel Albares con su homólogo marroquí, Nasser Bourita, el martes.",
])
func aCallOfXWithYNamesNoCaller(text: String) {
    let e = Fixtures.extract(text, published: "2023-03-08").first
    #expect(e.map(Fixtures.names) == ["José Manuel Albares", "Nasser Bourita"])
    #expect(e?.initiator == nil)
}

@Test(arguments: [
    ("أجرى ناصر بوريطة اتصالا هاتفيا بأيمن الصفدي يوم الاثنين.", "Nasser Bourita" as String?),
    ("أجرى ناصر بوريطة اتصالا هاتفيا مع أيمن الصفدي يوم الاثنين.", nil),
])
func arabicMadeACallToNamesTheSubjectAsCaller(text: String, caller: String?) {
    let e = Fixtures.extract(text, published: "2023-02-01").first
    #expect(e.map(Fixtures.names) == ["Nasser Bourita", "Ayman Safadi"])
    let name: String? = e.flatMap { ev in ev.initiator.flatMap { ev.participants[$0].name } }
    #expect(name == caller)
}

// In English, the party right after a calling verb is the one called: with no subject found
// before the verb, the caller stays unknown (Arabic puts the subject there: "اتصل X بـY").
@Test func thePartyAfterAnEnglishCallingVerbIsNotTheCaller() {
    let text = "The palace aide rang Nasser Bourita on Thursday afternoon, a spokesperson for Emmanuel Macron said."
    let events = Fixtures.extract(text, published: "2024-05-17")
    #expect(events.count == 1)
    #expect(events.first.map { $0.participants.contains { $0.name == "Nasser Bourita" } } == true)
    #expect(events.first.map { e in e.initiator.map { e.participants[$0].name } } == .some(nil))
}

// "At the request of the Ukrainian side, X spoke with Y": the country named before any party
// after the cue is the caller's; "at the latter's request": the party named last before it.
@Test(arguments: [
    ("At the request of the Moroccan side, Antony Blinken spoke by phone with Nasser Bourita on Monday.", "Nasser Bourita"),
    ("بناء على طلب من الجانب المغربي، أجرى أنتوني بلينكن اتصالا هاتفيا مع ناصر بوريطة يوم الاثنين.", "Nasser Bourita"),
    ("Antony Blinken held a phone call with Nasser Bourita on Monday at the latter's request.", "Nasser Bourita"),
])
func aRequestingSideOrTheLatterIsTheCaller(text: String, caller: String) {
    let events = Fixtures.extract(text, published: "2024-03-06")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == caller)
}

// A phone phrase then a date between the calling verb and its object ("llamó por teléfono este
// domingo a X"); a talking verb whose subject got in touch ("se comunicó con X", "reached out to
// X": "X contacted Y" counts as X).
@Test(arguments: [
    "El ministro José Manuel Albares llamó por teléfono este domingo a su homólogo marroquí, Nasser Bourita.",
    "El ministro José Manuel Albares se comunicó telefónicamente el viernes con Nasser Bourita.",
    "Spanish Foreign Minister José Manuel Albares reached out to Nasser Bourita by phone on Friday.",
    "Le ministre espagnol José Manuel Albares a pris contact avec Nasser Bourita par téléphone vendredi.",
])
func theSubjectWhoGotInTouchPlacedTheCall(text: String) {
    let events = Fixtures.extract(text, published: "2024-09-16")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "José Manuel Albares")
}

// A subject before a semicolon belongs to another clause: not the caller of the verb after it.
@Test func aSubjectBeforeASemicolonDidNotPlaceTheCall() {
    let events = Fixtures.extract("Emmanuel Macron and Ayman Safadi discuss trade; minister phones Nasser Bourita", published: "2024-09-16")
    #expect(!events.isEmpty)
    #expect(events.allSatisfy { $0.initiator == nil })
}

// "أجرى X اتصالين هاتفيين منفصلين بقائد ...": the callee's title carries the clitic, a word
// saying the calls were separate may come first; the subject called.
@Test func aPlacingVerbWithACalleeTitleNamesTheCaller() {
    let text = "أجرى وزير الخارجية الأردني أيمن الصفدي أمس اتصالين هاتفيين منفصلين بوزير الخارجية المغربي ناصر بوريطة، وبوزير الخارجية الإسباني خوسيه مانويل ألباريس."
    let events = Fixtures.extract(text, published: "2024-09-16")
    #expect(events.count == 2)
    #expect(events.allSatisfy { Fixtures.caller($0) == "Ayman Safadi" })
}

// "X returned a call from Y", "devolvió la llamada de Y": X placed this call.
@Test(arguments: [
    "Nasser Bourita returned a call from Antony Blinken on Thursday.",
    "Nasser Bourita devolvió el jueves la llamada de José Manuel Albares.",
])
func whoReturnsACallPlacesIt(text: String) {
    let events = Fixtures.extract(text, published: "2024-05-10")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "Nasser Bourita")
}

@Test func returningFromATripNamesNoCaller() {
    let events = Fixtures.extract("Antony Blinken returned to Washington and held a call with Nasser Bourita on Thursday.", published: "2024-05-10")
    #expect(events.count == 1)
    #expect(events.first?.initiator == nil)
}

// '"I called X to ...," Y wrote': a call placed in the first person was placed by the speaker.
@Test(arguments: [
    "\"I called Foreign Minister Ayman Safadi to urge restraint,\" Nasser Bourita wrote on X.",
    "« J'ai appelé le ministre Ayman Safadi pour lui demander la plus grande retenue », écrit Nasser Bourita sur X.",
])
func aCallPlacedInTheFirstPersonIsTheSpeakers(text: String) {
    let events = Fixtures.extract(text, published: "2025-06-14")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Ayman Safadi"])
    #expect(Fixtures.caller(events.first) == "Nasser Bourita")
}
