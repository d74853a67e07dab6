import Testing
@testable import HotlineExtract

// How a title without a name is resolved: an indefinite one names an office, not its holder;
// a bare one is not the holder of an office named beside it; an office the day cannot resolve is
// the person the story named in it.

@Test func aTitleAfterAnIndefiniteArticleIsNotTheHolderOnTheDay() {
    let text = """
    Mardi, Marco Rubio, le nouveau secrétaire d'État des États-Unis, a téléphoné à Nasser Bourita.
    Leur dernier échange téléphonique avant celui-ci, entre M. Bourita et un secrétaire d'État sortant, Antony Blinken, remonte au mois de novembre.
    """
    let events = Fixtures.extract(text, published: "2025-01-29")
    #expect(events.count == 2)
    #expect(events.contains { Fixtures.names($0) == ["Nasser Bourita", "Marco Rubio"] && $0.date?.iso == "2025-01-28" })
    #expect(events.contains { Fixtures.names($0) == ["Nasser Bourita", "Antony Blinken"] && $0.date?.iso == "2024-11" })
    #expect(events.allSatisfy { $0.participants.count == 2 })
}

@Test func aBareTitleIsNotTheHolderOfAnOfficeNamedBesideIt() {
    let text = """
    Mardi, Marco Rubio, le nouveau secrétaire d'État des États-Unis, a téléphoné à Nasser Bourita.
    Selon Washington, le secrétaire d'État a eu une conversation productive avec le ministre marocain.
    """
    let events = Fixtures.extract(text, published: "2025-01-29")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Marco Rubio"])
    #expect(events.first?.participants.count == 2)
}

@Test func anOfficeTheDayCannotResolveIsThePersonTheStoryNamedInIt() {
    // (no publication date: the office cannot be looked up on a day)
    let text = """
    Le secrétaire d'État américain, Marco Rubio, a salué le rôle du Maroc.
    Après s'être entretenu par téléphone avec le chef de la diplomatie du Royaume, M. Nasser Bourita, le secrétaire d'État américain a souligné l'importance du partenariat.
    """
    let events = Fixtures.extract(text)
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Marco Rubio"])
}

// A bare title reads as a role the party holds only when the role begins with it: "the
// Secretary-General" is not the Spokesperson for the Secretary-General.
@Test func aBareTitleIsNotARoleThatOnlyMentionsIt() {
    let text = """
    Stéphane Dujarric, who speaks for the Secretary-General, gave the briefing.
    This morning, the Secretary-General spoke by phone with Moroccan Foreign Minister Nasser Bourita.
    """
    let events = Extractor().extract(Article(text: text, publishedAt: EventDate(iso: "2025-04-14"), language: "en")).events
    #expect(!events.contains { $0.participants.contains { $0.name == "Stéphane Dujarric" } })
}

// Given names the knowledge base leaves out, one or two, belong to the official after them.
@Test(arguments: ["Nasser Bourita", "Mohamed Nasser Bourita", "Mohamed Amine Nasser Bourita"])
func givenNamesBeforeAKnownOfficialAreTheirs(name: String) {
    let text = "Emmanuel Macron received a telephone call on Tuesday from the Moroccan Minister of Foreign Affairs, His Excellency Mr \(name)."
    let events = Fixtures.extract(text, published: "2025-01-23")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Emmanuel Macron", "Nasser Bourita"])
}

// An Arabic name the knowledge base lacks, between "مع"/"من" and a title with a country.
@Test func anArabicNameBeforeATitleIsThePersonsName() {
    let text = "أجرى ناصر بوريطة، أمس السبت، اتصالا هاتفيا مع سليم حداد خوري وزير خارجية الأردن."
    let events = Fixtures.extract(text, published: "2024-10-06")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "سليم حداد خوري"])
    #expect(events.first?.participants.first { $0.name == "سليم حداد خوري" }?.country == "JO")
}

// "the Crown Prince and Prime Minister": the party of the story who holds both offices, not the
// last prime minister named.
@Test func aDoubleTitleIsThePartyWhoHoldsBothOffices() {
    let text = """
    British Prime Minister Rishi Sunak spoke by phone on Monday with Saudi Crown Prince and Prime Minister Mohammed bin Salman.
    On Tuesday, the Crown Prince and Prime Minister received a call from US President Joe Biden.
    """
    let events = Extractor().extract(Article(text: text, publishedAt: EventDate(iso: "2024-03-06"), language: "en")).events
    #expect(events.contains { Set($0.participants.compactMap(\.name)) == ["Mohammed bin Salman", "Joe Biden"] })
    #expect(!events.contains { Set($0.participants.compactMap(\.name)) == ["Rishi Sunak", "Joe Biden"] })
}

// "Deputy Secretary of State", "le vice-ministre", "نائب وزير الخارجية": the deputy, never the
// holder of the office the title names.
@Test(arguments: [
    "The US Deputy Secretary of State received a phone call on Monday from Jordanian Foreign Minister Ayman Safadi.",
    "Le vice-ministre marocain des Affaires étrangères a reçu lundi un appel téléphonique du ministre jordanien Ayman Safadi.",
    "تلقى نائب وزير الخارجية الأمريكي اتصالا هاتفيا يوم الاثنين من وزير الخارجية الأردني أيمن الصفدي.",
])
func aDeputysTitleIsNotTheOfficeHolder(text: String) {
    let events = Fixtures.extract(text, published: "2023-02-08")
    #expect(!events.contains { Fixtures.names($0).contains("Antony Blinken") || Fixtures.names($0).contains("Nasser Bourita") })
}

// "President Aoun" with no Aoun named before: the one holder of the office on the day with that
// surname (the knowledge base lists no bare "Aoun", which names two presidents).
@Test(arguments: [("2020-03-06", "Michel Aoun"), ("2025-03-06", "Joseph Aoun")])
func aTitleAndSurnameIsTheHolderOnTheDayWithThatSurname(published: String, name: String) {
    let officials = """
    {"version": 1, "officials": [
     {"id": "michel-aoun", "name": "Michel Aoun", "aliases": [], "short": [], "gender": "m",
      "offices": [{"kind": "head-of-state", "role": "President of Lebanon", "country": "LB", "from": "2016-10-31", "to": "2022-10-30"}]},
     {"id": "joseph-aoun", "name": "Joseph Aoun", "aliases": [], "short": [], "gender": "m",
      "offices": [{"kind": "military-chief", "role": "Commander of the Lebanese Armed Forces", "country": "LB", "from": "2017-03-08", "to": "2025-01-09"},
                  {"kind": "head-of-state", "role": "President of Lebanon", "country": "LB", "from": "2025-01-09", "to": null}]},
     {"id": "emmanuel-macron", "name": "Emmanuel Macron", "aliases": [], "short": ["Macron"], "gender": "m",
      "offices": [{"kind": "head-of-state", "role": "President of France", "country": "FR", "from": "2017-05-14", "to": null}]}
    ]}
    """
    let extractor = Extractor(resources: ExtractionResources(officials: officials, countries: Fixtures.countries))
    let events = extractor.extract(Article(text: "President Aoun received a phone call from Emmanuel Macron on Wednesday.", publishedAt: Fixtures.day(published))).events
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == [name, "Emmanuel Macron"])
}

// A bare title opening a call sentence that a seat of power is quoted for ("a annoncé l'Élysée",
// "the White House said") is that state's office; a capital named as a place decides nothing.
@Test func aBareTitleAttributedToASeatOfPowerIsThatStatesOffice() {
    let said = Fixtures.extract("Le président de la République s'est entretenu par téléphone jeudi avec le roi Mohammed VI, a annoncé l'Élysée.", published: "2023-06-10")
    #expect(said.first.map(Fixtures.names) == ["Emmanuel Macron", "Mohammed VI"])
    let place = Fixtures.extract("The President spoke by phone on Thursday with King Mohammed VI in Paris.", published: "2023-06-10")
    #expect(!place.contains { Fixtures.names($0).contains("Emmanuel Macron") })
}

// A periphrasis naming one state's office by its seat ("le locataire de l'Élysée", "el inquilino
// del Elíseo") is a title with a fixed country: that office's holder on the day.
@Test(arguments: [
    "Le locataire de l'Élysée a téléphoné lundi au ministre espagnol José Manuel Albares.",
    "The occupant of the Elysee phoned Spanish Foreign Minister José Manuel Albares on Monday.",
    "El inquilino del Elíseo llamó el lunes al canciller español José Manuel Albares.",
    "أجرى سيد الإليزيه يوم الاثنين اتصالا هاتفيا مع وزير الخارجية الإسباني خوسيه مانويل ألباريس.",
])
func aSeatPeriphrasisIsThatStatesOfficeHolder(text: String) {
    let events = Fixtures.extract(text, published: "2023-06-10")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Emmanuel Macron", "José Manuel Albares"])
}

// "au futur secrétaire d'Etat": the office's holder-to-be, not its holder on the day; the story
// names him.
@Test(arguments: [
    "Marco Rubio félicité par Emmanuel Macron au téléphone\n\nEmmanuel Macron s'est entretenu mardi par téléphone avec le futur secrétaire d'Etat américain.",
    "Marco Rubio congratulated by Emmanuel Macron by phone\n\nEmmanuel Macron spoke by phone on Tuesday with the future US Secretary of State.",
])
func aFutureOfficeIsNotItsHolderOnTheDay(text: String) {
    let events = Fixtures.extract(text, published: "2025-01-10")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Emmanuel Macron", "Marco Rubio"])
}

// A release whose header lines name one state's seat of power or capital: a bare title opening
// its call sentence is that state's office; a header naming two states decides nothing.
@Test func aBareTitleUnderAHeaderNamingOneSeatIsThatStatesOffice() {
    let release = "Communiqué de la Présidence\n\nPalais de l'Élysée, Paris\n\nLe Président de la République s'est entretenu ce jour par téléphone avec le roi Mohammed VI."
    #expect(Fixtures.extract(release, published: "2024-06-11").first.map(Fixtures.names) == ["Emmanuel Macron", "Mohammed VI"])
    let two = "Revue de presse\n\nParis et Rabat\n\nLe Président de la République s'est entretenu ce jour par téléphone avec le roi Mohammed VI."
    #expect(!Fixtures.extract(two, published: "2024-06-11").contains { Fixtures.names($0).contains("Emmanuel Macron") })
}

// A title of two offices that no party of the story holds both of is not the minister named
// last: on the state's own outlet it is that state's holder of both ("رئيس مجلس الوزراء وزير
// الخارجية" on QNA), and the titles after a name are that person's.
@Test func aDoubleTitleIsNotAPartyHoldingOneOfItsOffices() {
    let text = """
    رئيس الوزراء يبحث هاتفيا مع وزيري خارجية تركيا ومصر تطورات غزة

    رئيس مجلس الوزراء وزير الخارجية يتلقى اتصالا من وزير الخارجية التركي

    أجرى الشيخ محمد بن عبدالرحمن آل ثاني رئيس مجلس الوزراء وزير الخارجية مساء أمس اتصالا هاتفيا مع هاكان فيدان وزير خارجية تركيا.
    """
    let events = Extractor().extract(Article(text: text, url: "https://www.qna.org.qa/ar/news/1", publishedAt: EventDate(iso: "2024-11-05"), language: "ar")).events
    #expect(!events.contains { Set($0.participants.compactMap(\.name)) == ["Badr Abdelatty", "Hakan Fidan"] })
    #expect(events.contains { Set($0.participants.compactMap(\.name)) == ["Mohammed bin Abdulrahman Al Thani", "Hakan Fidan"] && $0.participants.count == 2 })
}

// On a state's outlet, a bare title after a fronted adverbial ("Además, el presidente del
// Gobierno ha recibido una llamada de X") is that state's party, not the foreign one named last.
@Test func aBareTitleAfterAFrontedAdverbialIsTheOutletsParty() {
    let text = """
    El presidente del Gobierno, Pedro Sánchez, ha llamado hoy al primer ministro portugués, Luís Montenegro, para hablar del apagón.

    Los dos dirigentes han acordado reforzar la coordinación.

    Además, el presidente del Gobierno ha recibido una llamada de Ursula von der Leyen.
    """
    let events = Extractor().extract(Article(text: text, url: "https://www.lamoncloa.gob.es/x", publishedAt: EventDate(iso: "2025-04-28"))).events
    #expect(events.count == 2)
    #expect(events.contains { Set($0.participants.compactMap(\.name)) == ["Pedro Sánchez", "Luís Montenegro"] })
    #expect(events.contains { Set($0.participants.compactMap(\.name)) == ["Pedro Sánchez", "Ursula von der Leyen"] })
}

// "the EAM": India's External Affairs Minister.
@Test func theEAMIsIndiasExternalAffairsMinister() {
    let text = "Jaishankar spoke to his New Zealand counterpart Winston Peters in the morning. Later, the EAM received a phone call from Sri Lanka's Foreign Minister Vijitha Herath."
    let events = Extractor().extract(Article(text: text, publishedAt: EventDate(iso: "2024-10-14"), language: "en")).events
    #expect(events.contains { Set($0.participants.compactMap(\.name)) == ["Subrahmanyam Jaishankar", "Vijitha Herath"] })
}

// A title's own word outranks the state's leading office: "the Italian president" is the
// President where the Prime Minister leads; "the Italian leader" is still the Prime Minister.
@Test(arguments: [
    ("The Italian president spoke by phone with Donald Trump on Monday about tariffs.", "Sergio Mattarella"),
    ("Le président italien a parlé lundi au téléphone avec Donald Trump.", "Sergio Mattarella"),
    ("The Italian leader spoke by phone with Donald Trump on Monday about tariffs.", "Giorgia Meloni"),
])
func aTitlesWordChoosesTheHolderBeforeTheLeadingOffice(text: String, holder: String) {
    let events = WiderFixtures.extract(text)
    #expect(events.map(WiderFixtures.names) == [["Donald Trump", holder]])
}

// A bare title no party holds is the office of the one organisation the story names ("the
// Secretary-General" on a page about NATO); with two organisations named it is no one's.
@Test func aBareTitleIsTheOfficeOfTheOneOrganisationTheStoryNames() {
    let text = "NATO ministers met in Brussels on Monday.\n\nOn Tuesday, the Secretary-General phoned Kyriakos Mitsotakis about air defence."
    let events = WiderFixtures.extract(text)
    #expect(events.map(WiderFixtures.names) == [["Mark Rutte", "Kyriakos Mitsotakis"]])
}

@Test func aBareTitleOnAPageOfTwoOrganisationsIsNoOnes() {
    let text = "NATO and African Union officials met in Brussels on Monday.\n\nOn Tuesday, the Secretary-General phoned Kyriakos Mitsotakis about air defence."
    #expect(WiderFixtures.extract(text).allSatisfy { !WiderFixtures.names($0).contains("Mark Rutte") })
}
