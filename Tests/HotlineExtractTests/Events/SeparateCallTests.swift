import Testing
@testable import HotlineExtract

// One hub calling several parties one by one ("sendas", "tour à tour", "separate calls", a
// plural call noun), a second call reported later ("also spoke with"), and calls reported
// through a post.

private let pairs: Set<Set<String>> = [["José Manuel Albares", "Nasser Bourita"], ["José Manuel Albares", "Ayman Safadi"]]

@Test(arguments: [
    "José Manuel Albares held separate phone calls on Sunday with Nasser Bourita and Ayman Safadi.",
    "José Manuel Albares had phone conversations on Sunday with Moroccan Foreign Minister Nasser Bourita and Jordanian Foreign Minister Ayman Safadi.",
    "José Manuel Albares s'est entretenu dimanche par téléphone tour à tour avec Nasser Bourita et Ayman Safadi.",
    "José Manuel Albares, jefe de la diplomacia en funciones, sostuvo ayer domingo sendas conversaciones por teléfono con sus pares de Marruecos, Nasser Bourita, y de Jordania, Ayman Safadi.",
    "أجرى خوسيه مانويل ألباريس اتصالين هاتفيين مع ناصر بوريطة وأيمن الصفدي كل على حدة.",
    "José Manuel Albares a eu dimanche des échanges téléphoniques successifs avec Nasser Bourita, puis Ayman Safadi.",
    "José Manuel Albares made successive calls on Sunday to Nasser Bourita and Ayman Safadi.",
    "José Manuel Albares mantuvo el domingo conversaciones sucesivas por teléfono con Nasser Bourita y Ayman Safadi.",
])
func separateCallsAreOneEventPerPair(text: String) {
    let events = Fixtures.extract(text, published: "2023-02-01")
    #expect(Set(events.map(Fixtures.names)) == pairs)
}

@Test(arguments: [
    """
    José Manuel Albares held a phone call with Nasser Bourita on Sunday.

    Albares also spoke on Saturday with Ayman Safadi, according to a post on X.
    """,
    """
    José Manuel Albares a eu dimanche un entretien téléphonique avec Nasser Bourita.

    Albares s'est également entretenu samedi avec Ayman Safadi, selon un message publié sur X.
    """,
    """
    José Manuel Albares mantuvo el domingo una conversación telefónica con Nasser Bourita.

    Albares habló el sábado también con Ayman Safadi, de acuerdo con lo que el propio ministro escribió en sus redes.
    """,
])
func aSecondCallReportedLaterIsKept(text: String) {
    let events = Fixtures.extract(text, published: "2023-02-01")
    #expect(Set(events.map(Fixtures.names)) == pairs)
}

@Test(arguments: [
    "Antony Blinken tweeted that he had spoken with Nasser Bourita about the region.",
    "Emmanuel Macron a écrit sur X qu'il s'était entretenu avec Nasser Bourita.",
])
func aCallReportedInAPostIsACall(text: String) {
    let events = Fixtures.extract(text, published: "2023-02-01")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names)?.contains("Nasser Bourita") == true)
}

@Test func aQualifierBetweenTitleAndNameKeepsThemTogether() {
    let tokens = Tokenizer.tokenize("El ministro de Asuntos Exteriores en funciones, José Manuel Albares, habló.")
    let r = Fixtures.resources
    let mentions = MentionFinder(knowledge: r.knowledge, titles: r.titles, indexes: r.indexes).mentions(in: tokens)
    #expect(mentions.count == 1)
    #expect(mentions.first?.start == 1)
}

@Test(arguments: [
    "Emmanuel Macron and José Manuel Albares spoke by phone on Monday with Nasser Bourita and Ayman Safadi respectively.",
    "Emmanuel Macron et José Manuel Albares se sont entretenus lundi par téléphone respectivement avec Nasser Bourita et Ayman Safadi.",
    "Emmanuel Macron y José Manuel Albares hablaron el lunes por teléfono con Nasser Bourita y Ayman Safadi, respectivamente.",
])
func respectivelyPairsThePartiesInOrder(text: String) {
    let events = Fixtures.extract(text, published: "2023-02-01")
    #expect(Set(events.map(Fixtures.names)) == [["Emmanuel Macron", "Nasser Bourita"], ["José Manuel Albares", "Ayman Safadi"]])
}

// "X spoke with A on Monday and with B on Tuesday by phone": the closing phone phrase tells how
// both talks were held; each party has its day.
@Test(arguments: [
    "Antony Blinken spoke with Nasser Bourita on Monday and with Ayman Safadi on Tuesday by phone.",
    "Emmanuel Macron s'est entretenu lundi avec Nasser Bourita et mardi avec Ayman Safadi par téléphone.",
    "José Manuel Albares habló el lunes con Nasser Bourita y el martes con Ayman Safadi por teléfono.",
    "تحدث أنتوني بلينكن يوم الاثنين مع ناصر بوريطة ويوم الثلاثاء مع أيمن الصفدي هاتفيا.",
])
func aClosingPhonePhraseCoversEachDatedTalk(text: String) {
    let events = Fixtures.extract(text, published: "2024-05-10")
    #expect(events.count == 2)
    #expect(events.contains { Fixtures.names($0).contains("Nasser Bourita") && $0.date == Fixtures.day("2024-05-06") })
    #expect(events.contains { Fixtures.names($0).contains("Ayman Safadi") && $0.date == Fixtures.day("2024-05-07") })
}

// "on May 2 and again on May 8", "lundi, puis à nouveau jeudi": two calls of the same pair.
@Test(arguments: [
    "Antony Blinken spoke by phone with Nasser Bourita on Monday and again on Thursday.",
    "Emmanuel Macron s'est entretenu par téléphone avec Nasser Bourita lundi, puis à nouveau jeudi.",
    "José Manuel Albares habló por teléfono con Nasser Bourita el lunes y nuevamente el jueves.",
    "تحدث أيمن الصفدي هاتفيا مع ناصر بوريطة يوم الاثنين ثم مجددا يوم الخميس.",
])
func aSecondDateAfterAgainIsASecondCall(text: String) {
    let events = Fixtures.extract(text, published: "2024-05-10")
    #expect(events.map { $0.date?.iso } == ["2024-05-06", "2024-05-09"])
}
