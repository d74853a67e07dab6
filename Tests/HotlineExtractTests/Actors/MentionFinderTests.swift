import Testing
@testable import HotlineExtract

@Test(arguments: [
    "Moroccan Foreign Minister Nasser Bourita arrived.",
    "Nasser Bourita, Morocco's foreign minister, arrived.",
    "le ministre des Affaires étrangères marocain, M. Nasser Bourita, est arrivé.",
])
func titleAndNameInEitherOrder(text: String) {
    let m = Fixtures.mentions(text).first { !$0.officials.isEmpty }
    #expect(m?.country == "MA")
    #expect(m?.kinds == ["foreign-minister"])
}

@Test func unknownPersonKeepsNameRoleAndCountry() {
    let m = Fixtures.mentions("The talks involved Spanish Defence Minister Lucia Ferrandez Olmo yesterday.")
    let p = m.first { $0.name != nil }
    #expect(p?.name == "Lucia Ferrandez Olmo")
    #expect(p?.country == "ES")
    #expect(p?.role == "Defense Minister")
}

// A junior minister's title ("ministre délégué", "ministra delegada") is a
// minister's title, and the name after it a person's.
@Test(arguments: [
    "Le ministre délégué français Paul Martinet Roussel est arrivé.",
    "La ministra delegada francesa Paula Martinet Roussel llegó.",
])
func aJuniorMinistersTitleNamesAMinister(text: String) {
    let p = Fixtures.mentions(text).first { $0.name != nil }
    #expect(p?.name?.hasSuffix("Martinet Roussel") == true)
    #expect(p?.country == "FR")
    #expect(p?.kinds == ["minister"])
}

@Test func counterpartWithCountry() {
    let m = Fixtures.mentions("Blinken spoke with his Jordanian counterpart about the region.")
    #expect(m.contains { $0.isCounterpart && $0.country == "JO" })
}

@Test func pluralTitleGivesOneOfficePerCountry() {
    let m = Fixtures.mentions("He called the foreign ministers of Morocco and Jordan.")
    #expect(Set(m.compactMap(\.country)) == ["MA", "JO"])
    #expect(m.allSatisfy { $0.pluralGroup != nil })
}

@Test func titleCaseHeadlineMakesNoUnknownNames() {
    #expect(Fixtures.mentions("King Receives Phone Call From Some Leader").allSatisfy { $0.name == nil })
}

@Test func counterpartResolvesToOfficeHolderOnTheDay() {
    let r = Fixtures.resources
    let found = Fixtures.mentions("Rubio spoke with his Moroccan counterpart.")
    let resolved = PartyResolver(knowledge: r.knowledge).resolve(found, on: Fixtures.day("2025-02-10"), memory: [])
    #expect(resolved.compactMap(\.participant.name) == ["Marco Rubio", "Nasser Bourita"])
}

@Test func bracketedAcronymIsNotASecondOffice() {
    let m = Fixtures.mentions("The Director General of Military Operations (DGMO) of Morocco called his Spanish counterpart.")
    #expect(m.filter { !$0.isCounterpart }.count == 1)
    #expect(m.first?.country == "MA")
}

@Test func titleThenSurnamePicksTheStorysPartyOfThatName() {
    let text = """
    تلقى الرئيس جوزيف عون اليوم الخميس اتصالا هاتفيا من الرئيس السوري أحمد الشرع.

    وكان الرئيس عون قد تلقى مساء أمس اتصالا هاتفيا من أمير قطر الشيخ تميم بن حمد آل ثاني.
    """
    let second = WiderFixtures.extract(text).first { WiderFixtures.names($0).contains("Tamim bin Hamad Al Thani") }
    #expect(second.map(WiderFixtures.names) == ["Joseph Aoun", "Tamim bin Hamad Al Thani"])
}

@Test func pluralTitleLinksEachNamedHolderToItsCountry() {
    let r = ExtractionResources(officials: WiderFixtures.officials, countries: WiderFixtures.countries)
    let tokens = Tokenizer.tokenize("Los presidentes de Italia, Sergio Mattarella, y de Turquía, Recep Tayyip Erdoğan, conversaron.")
    let mentions = MentionFinder(knowledge: r.knowledge, titles: r.titles, indexes: r.indexes).mentions(in: tokens)
    #expect(mentions.map(\.country) == ["IT", "TR"])
    #expect(Set(mentions.compactMap(\.pluralGroup)).count == 1)
}

// A name's own apostrophe stays in it ("Mata'afa", "O'Dwyer"); an elision before a name does not.
@Test(arguments: [
    ("The talks involved Spanish Defence Minister Tavita Lemalu Mata'afa yesterday.", "Tavita Lemalu Mata'afa"),
    ("The talks involved Spanish Defence Minister Ciaran O'Dwyer yesterday.", "Ciaran O'Dwyer"),
    ("Les entretiens du ministre espagnol de la Défense Lucia Ferrandez Olmo, hier.", "Lucia Ferrandez Olmo"),
])
func anApostropheInsideAnUnknownNameIsKept(text: String, name: String) {
    #expect(Fixtures.mentions(text).first { $0.name != nil }?.name == name)
}

// "Sheikh Dr. Ahmad" for an alias "Sheikh Ahmad": an honorific inside an honorific alias is skipped.
@Test func anHonorificInsideAnHonorificAliasIsSkipped() {
    let officials = """
    {"version": 1, "officials": [
     {"id": "salem-test", "name": "Salem Faris Al-Test", "aliases": ["Sheikh Salem Faris"], "short": [], "gender": "m",
      "offices": [{"kind": "foreign-minister", "role": "Minister of Foreign Affairs", "country": "JO", "from": "2019-01-01", "to": null}]}
    ]}
    """
    let r = ExtractionResources(officials: officials, countries: Fixtures.countries)
    let found = MentionFinder(knowledge: r.knowledge, titles: r.titles, indexes: r.indexes)
        .mentions(in: Tokenizer.tokenize("On Monday, Sheikh Dr. Salem Faris received a phone call."))
    #expect(found.first { !$0.officials.isEmpty }.map { ($0.start, $0.end) } ?? (0, 0) == (3, 7))
}

// "his Moroccan and Jordanian counterparts": one counterpart per demonym before the word.
@Test func demonymsBeforeAPluralCounterpartGiveOneCounterpartEach() {
    let found = Fixtures.mentions("José Manuel Albares spoke with his Moroccan and Jordanian counterparts on Monday.").filter(\.isCounterpart)
    #expect(found.map(\.country) == ["MA", "JO"])
    #expect(Set(found.map(\.pluralGroup)).count == 1)
}

// Given names and a particle joined to a known surname ("Liam Patrick El-Bourita" style):
// the known official, with the given names the knowledge base leaves out.
@Test func givenNamesAndAParticleBeforeAKnownSurnameAreTheOfficials() {
    let all = Fixtures.mentions("Le ministre marocain, M. Nasser Youssef El-Bourita, a reçu un appel.")
    let found = all.filter { !$0.officials.isEmpty }
    #expect(found.count == 1)
    #expect(!all.contains { $0.name != nil })   // no unknown "Nasser Youssef El" beside him
    #expect(found.first.map { Fixtures.resources.knowledge.officials[$0.officials[0]].name } == "Nasser Bourita")
}

// "the Republic of China" is Taiwan; "the People's Republic of China" is China.
@Test(arguments: [
    ("The foreign minister of the Republic of China, Lin Chia-lung, spoke by phone with Antony Blinken on Friday.", "TW"),
    ("El canciller de la República de China (Taiwán), Lin Chia-lung, habló por teléfono con Antony Blinken el viernes.", "TW"),
    ("The foreign minister of the People's Republic of China, Wang Yi, spoke by phone with Antony Blinken on Friday.", "CN"),
])
func theRepublicOfChinaIsTaiwan(text: String, country: String) {
    let events = Extractor().extract(Article(text: text, publishedAt: EventDate(iso: "2024-09-16"))).events
    #expect(events.count == 1)
    #expect(events.first?.participants.first?.country == country)
    #expect(events.first?.participants.count == 2)
}
