import Testing
@testable import HotlineExtract

// Who holds an office the text names by title: the one the story named in it before the
// knowledge base's holder; feminine and long official titles; portfolios after "para"/"pour".

@Test func aTitleIsTheHolderTheStoryNamedBeforeTheKnowledgeBases() {
    // (the knowledge base has Albares as Spain's foreign minister; the story knows a successor)
    let events = Fixtures.extract("""
        Spain's new foreign minister, Carmen Ortiz Vidal, spoke by phone with Nasser Bourita on Monday.

        The Spanish foreign minister also called Ayman Safadi on Tuesday.
        """, published: "2023-03-08")
    let spanish = Set(events.flatMap(\.participants).filter { $0.country == "ES" }.compactMap(\.name))
    #expect(events.count == 2)
    #expect(spanish == ["Carmen Ortiz Vidal"])
}

@Test func aMinisterTitleWithACountryNamesNoHolderWhenTheStateHasMany() {
    let events = Extractor().extract(Article(text: "Le secrétaire d'État Antony Blinken a eu lundi une conversation téléphonique avec le ministre marocain.",
                                             publishedAt: Fixtures.day("2023-03-08"), language: "fr")).events
    #expect(!events.flatMap(\.participants).contains { $0.name == "Leila Benali" })
}

@Test(arguments: [
    ("La cheffe de la diplomatie allemande a appelé mardi son homologue marocain Nasser Bourita.", "fr"),
    ("La jefa de la diplomacia alemana llamó el martes a su homólogo marroquí, Nasser Bourita.", "es"),
])
func aFeminineForeignMinisterTitleIsTheHolder(text: String, language: String) {
    let events = Extractor().extract(Article(text: text, publishedAt: Fixtures.day("2023-03-08"), language: language)).events
    #expect(events.count == 1)
    #expect(events.first.map { Set($0.participants.compactMap(\.name)) } == ["Annalena Baerbock", "Nasser Bourita"])
}

@Test(arguments: [
    "La ministra para la Transición Ecológica, Carmen Ortiz Vidal, conversó por teléfono con Nasser Bourita.",
    "La ministre pour la Transition écologique, Carmen Ortiz Vidal, s'est entretenue par téléphone avec Nasser Bourita.",
])
func aPortfolioAfterParaOrPourKeepsTheNameAfterIt(text: String) {
    let events = Fixtures.extract(text, published: "2023-03-08")
    #expect(events.first.map(Fixtures.names) == ["Carmen Ortiz Vidal", "Nasser Bourita"])
}

@Test func moroccosLongForeignMinisterTitleIsNoName() {
    let events = Fixtures.extract("""
        On Monday Antony Blinken took a phone call from Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates Nasser Bourita, his office said.
        """, published: "2023-03-08")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Antony Blinken", "Nasser Bourita"])
    #expect(Fixtures.caller(events.first) == "Nasser Bourita")
}

@Test func anArmyChiefTitleMakesTheCalledPartyTheObject() {
    let events = Fixtures.extract("El presidente francés, Emmanuel Macron, llamó este viernes por teléfono al jefe del Ejército de Jordania, Yusuf Ahmed Huneiti.",
                                  published: "2023-03-11")
    #expect(events.first.map(Fixtures.names) == ["Emmanuel Macron", "Yusuf Ahmed Huneiti"])
    #expect(Fixtures.caller(events.first) == "Emmanuel Macron")
}

@Test func anUnplacedMinisterOfANationalOutletsRoundUpIsOfItsState() {
    let text = """
        José Manuel Albares conversó por teléfono con su homólogo jordano, Ayman Safadi, sobre la ayuda a Jordania y la frontera de Jordania.

        La ministra para la Transición Ecológica, Carmen Ortiz Vidal, mantuvo una videoconferencia con la ministra jordana de Energía, Hala Zawati. España y Jordania firmarán un acuerdo.
        """
    let events = Extractor().extract(Article(text: text, url: "https://www.diario-ejemplo.es/semana", publishedAt: Fixtures.day("2024-07-20"), language: "es")).events
    let ortiz = events.flatMap(\.participants).first { $0.name == "Carmen Ortiz Vidal" }
    #expect(ortiz?.country == "ES")
}
