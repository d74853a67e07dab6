import Testing
@testable import HotlineExtract

// Who was on the call: multi-party and separate calls, counterparts, pronouns, speakers.

@Test func threePartyCallIsOneEvent() {
    let e = Fixtures.extract("Emmanuel Macron, Antony Blinken and Ayman Safadi held a joint phone call on Friday.", published: "2023-02-04")
    #expect(e.count == 1)
    #expect(e.first.map(Fixtures.names) == ["Emmanuel Macron", "Antony Blinken", "Ayman Safadi"])
}

@Test func separateCallsAreSeparateEvents() {
    let e = Fixtures.extract("Antony Blinken spoke by phone separately with Nasser Bourita and with Ayman Safadi on Friday.", published: "2023-02-04")
    #expect(e.count == 2)
    #expect(Set(e.map { Fixtures.names($0) }) == [["Antony Blinken", "Nasser Bourita"], ["Antony Blinken", "Ayman Safadi"]])
}

@Test func counterpartAndTitleOnlyMentionsResolve() {
    let text = "Secretary of State Marco Rubio spoke by phone on Monday with his Moroccan counterpart."
    let e = Fixtures.extract(text, published: "2025-02-12").first
    #expect(e.map(Fixtures.names) == ["Marco Rubio", "Nasser Bourita"])
}

@Test func unknownOfficialsStillComeOut() {
    let e = Fixtures.extract("Spanish Defence Minister Lucia Ferrandez Olmo held a phone call with Moroccan Foreign Minister Nasser Bourita.").first
    let p = e?.participants.first { $0.officialID == nil }
    #expect(p?.name == "Lucia Ferrandez Olmo" && p?.country == "ES")
}

@Test func pluralCounterpartsAreSeparateCalls() {
    let e = Fixtures.extract("Nasser Bourita spoke by phone on Monday with his counterparts in Spain and Jordan.", published: "2023-02-01")
    #expect(Set(e.map { Fixtures.names($0) }) == [["Nasser Bourita", "José Manuel Albares"], ["Nasser Bourita", "Ayman Safadi"]])
}

@Test func pronounStandsForThePreviousSubject() {
    let text = "Emmanuel Macron said he called on world leaders to act. He had phoned the Moroccan foreign minister earlier."
    let e = Fixtures.extract(text, published: "2023-02-01")
    #expect(e.count == 1)
    #expect(e.first.map(Fixtures.names) == ["Emmanuel Macron", "Nasser Bourita"])
    #expect(Fixtures.caller(e.first) == "Emmanuel Macron")
}

@Test func possessivePersonIsNotAParty() {
    let e = Fixtures.extract("Emmanuel Macron phoned Nasser Bourita at Antony Blinken's request on Monday.", published: "2023-02-01")
    #expect(e.first.map(Fixtures.names) == ["Emmanuel Macron", "Nasser Bourita"])
}

@Test func lowerCaseWordsAreNotCountryAbbreviations() {
    let r = Fixtures.resources
    let finder = MentionFinder(knowledge: r.knowledge, titles: r.titles, indexes: r.indexes)
    #expect(finder.mentions(in: Tokenizer.tokenize("The president told us nothing.")).allSatisfy { $0.country == nil })
    #expect(finder.mentions(in: Tokenizer.tokenize("The US president spoke.")).first?.country == "US")
}

@Test func thenWithMeansTwoCalls() {
    let text = "Le président Emmanuel Macron a eu mardi un entretien téléphonique avec M. Nasser Bourita, puis avec M. Ayman Safadi."
    let e = Fixtures.extract(text, published: "2023-02-01")
    #expect(e.count == 2)
    #expect(e.allSatisfy { $0.date?.iso == "2023-01-31" })
}

@Test func theTwoLeadersAreTheLastTwoNamed() {
    let text = "Emmanuel Macron welcomed Nasser Bourita in Paris on Monday. The two men had spoken by phone last week."
    let e = Fixtures.extract(text, published: "2023-02-01")
    #expect(e.count == 1)
    #expect(e.first.map(Fixtures.names) == ["Emmanuel Macron", "Nasser Bourita"])
}

@Test func speakerIsNotAPartyButPronounSpeakerIs() {
    let reported = Fixtures.extract("Ayman Safadi said the Moroccan foreign minister phoned his French counterpart Emmanuel Macron on Monday.", published: "2023-02-01")
    #expect(reported.first.map(Fixtures.names) == ["Nasser Bourita", "Emmanuel Macron"])
    let own = Fixtures.extract("Ayman Safadi said he spoke by phone with Nasser Bourita on Monday.", published: "2023-02-01")
    #expect(own.first.map(Fixtures.names) == ["Ayman Safadi", "Nasser Bourita"])
}

@Test func possessivePersonIsAPartyWhenTheCallNeedsIt() {
    let e = Fixtures.extract("Emmanuel Macron's office said he spoke by phone with Nasser Bourita on Monday.", published: "2023-02-01")
    #expect(e.first.map(Fixtures.names) == ["Emmanuel Macron", "Nasser Bourita"])
}

// '"I spoke with X about Y," Z said': the speaker after the closing quote is the other party,
// and a place in what the talk was about is not where it was held; a spokesman quoting a call
// that already has two parties is not on it.
@Test func theSpeakerOfAQuotedFirstPersonCallIsTheOtherParty() {
    let events = Fixtures.extract("\"I spoke with King Mohammed VI about the situation in Rabat,\" Emmanuel Macron said on Tuesday.", published: "2023-03-08")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Mohammed VI", "Emmanuel Macron"])
}

@Test func aSpokesmanQuotingACallWithTwoPartiesIsNotOnIt() {
    let text = "\"Antony Blinken spoke with Nasser Bourita about the situation in the region,\" Ned Price said on Tuesday."
    let events = Fixtures.extract(text, published: "2022-03-08")
    #expect(events.first.map(Fixtures.names) == ["Antony Blinken", "Nasser Bourita"])
}

// "Mr Safadi" after "Ayman Safadi": an honorific before a surname the knowledge base gives no
// short form is that party (the fixture lists no bare "Safadi" here).
@Test func anHonorificAndSurnameIsThePartyTheStoryNamed() {
    let officials = """
    {"version": 1, "officials": [
     {"id": "ayman-safadi", "name": "Ayman Safadi", "aliases": [], "short": [], "gender": "m",
      "offices": [{"kind": "foreign-minister", "role": "Minister of Foreign Affairs", "country": "JO", "from": "2017-02-15", "to": null}]},
     {"id": "nasser-bourita", "name": "Nasser Bourita", "aliases": [], "short": ["Bourita"], "gender": "m",
      "offices": [{"kind": "foreign-minister", "role": "Minister of Foreign Affairs", "country": "MA", "from": "2017-04-05", "to": null}]},
     {"id": "sameh-shoukry", "name": "Sameh Shoukry", "aliases": [], "short": ["Shoukry"], "gender": "m",
      "offices": [{"kind": "foreign-minister", "role": "Minister of Foreign Affairs", "country": "EG", "from": "2014-06-17", "to": "2024-07-03"}]}
    ]}
    """
    let text = """
    Ayman Safadi received a phone call from Nasser Bourita on Thursday.

    Mr Safadi also held talks by phone with Egyptian Foreign Minister Sameh Shoukry on Monday.
    """
    let extractor = Extractor(resources: ExtractionResources(officials: officials, countries: Fixtures.countries))
    let events = extractor.extract(Article(text: text, publishedAt: Fixtures.day("2023-03-10"))).events
    #expect(events.count == 2)
    #expect(events.contains { Fixtures.names($0) == ["Ayman Safadi", "Sameh Shoukry"] && $0.date?.iso == "2023-03-06" })
}

// On a state's own outlet, a bare title opening a call sentence is that state's party the story
// named, not the foreign party named last.
@Test func aBareTitleOnAStatesOutletIsThatStatesParty() {
    let text = """
    Jordanian Foreign Minister Ayman Safadi received a phone call from Moroccan Foreign Minister Nasser Bourita on Sunday.

    Mr Bourita said Morocco supported the efforts.

    The foreign minister then phoned Spanish Foreign Minister José Manuel Albares.
    """
    let events = Fixtures.extractor.extract(Article(text: text, url: "https://www.petra.gov.jo/news/1", publishedAt: Fixtures.day("2023-03-13"))).events
    #expect(events.contains { Fixtures.names($0) == ["Ayman Safadi", "José Manuel Albares"] })
}

// A sentence that leaves its call's date untold takes no other call's date.
@Test func anUntoldDateInTheSourcesClauseLeavesTheCallUndated() {
    let text = """
    Emmanuel Macron a téléphoné mercredi 8 mars au roi Mohammed VI.
    Le souverain s'est aussi entretenu au téléphone avec Ayman Safadi, d'après le palais, qui n'a pas indiqué la date.
    """
    let events = Fixtures.extract(text, published: "2023-03-10")
    let safadi = events.first { Fixtures.names($0).contains("Ayman Safadi") }
    #expect(safadi != nil)
    #expect(safadi?.date == nil)
}

// A bare surname in a call sentence is the one head of state or government, foreign or defence
// minister in office that day whose name ends so ("Aoun y Macron"), not a given name inside a
// longer name ("Ahmad el-Chareh").
@Test func aBareSurnameInACallSentenceIsTheOfficeHolderOfTheDay() {
    let officials = """
    {"version": 1, "officials": [
     {"id": "joseph-aoun", "name": "Joseph Aoun", "aliases": [], "short": [], "gender": "m",
      "offices": [{"kind": "head-of-state", "role": "President of Lebanon", "country": "LB", "from": "2025-01-09", "to": null}]},
     {"id": "emmanuel-macron", "name": "Emmanuel Macron", "aliases": [], "short": ["Macron"], "gender": "m",
      "offices": [{"kind": "head-of-state", "role": "President of France", "country": "FR", "from": "2017-05-14", "to": null}]},
     {"id": "sabah-ahmad", "name": "Sabah Al-Ahmad", "aliases": [], "short": [], "gender": "m",
      "offices": [{"kind": "head-of-state", "role": "Emir of Kuwait", "country": "KW", "from": "2006-01-29", "to": null}]}
    ]}
    """
    let extractor = Extractor(resources: ExtractionResources(officials: officials, countries: Fixtures.countries))
    let found = extractor.extract(Article(text: "Aoun y Macron conversaron por teléfono el martes.", publishedAt: Fixtures.day("2025-03-06"))).events
    #expect(found.first.map(Fixtures.names) == ["Joseph Aoun", "Emmanuel Macron"])
    let none = extractor.extract(Article(text: "Emmanuel Macron a appelé mardi le président syrien par intérim, Ahmad el-Chareh.", publishedAt: Fixtures.day("2025-03-06"))).events
    #expect(!none.contains { Fixtures.names($0).contains("Sabah Al-Ahmad") })
}

// A complement of the counterpart before the name in apposition ("son homologue libyen du
// gouvernement d'union nationale, X") does not hide the name.
@Test(arguments: [
    "Nasser Bourita a eu samedi un entretien téléphonique avec son homologue jordanien du gouvernement de transition, Samir Haddad Khoury.",
    "Nasser Bourita held a phone call on Saturday with his Jordanian counterpart of the transitional government, Samir Haddad Khoury.",
])
func aCounterpartsComplementBeforeTheNameKeepsTheName(text: String) {
    let events = Fixtures.extract(text, published: "2025-05-18")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Samir Haddad Khoury"])
    #expect(events.first?.participants.first { $0.name == "Samir Haddad Khoury" }?.country == "JO")
}

// "El ministro de Economía, X, y la directora gerente del FMI, Y": the organisation after the
// conjunction is the next party's, not in apposition to X.
@Test func anOrganisationAfterAConjunctionIsNotTheFirstPartys() {
    let events = WiderFixtures.extract("El ministro de Economía, Karim Bennani Alaoui, y el jefe de la OTAN, Mark Rutte, mantuvieron el lunes una videollamada. Marruecos busca un acuerdo.")
    #expect(events.count == 1)
    let bennani = events.first?.participants.first { $0.name == "Karim Bennani Alaoui" }
    #expect(bennani?.country == "MA")
}

// A sentence whose subject no one resolves ("Le président de l'UA a précisé ...") ends the last
// named party's run as subject: "Il" after it is not that party.
@Test func aPronounAfterAnUnresolvedSubjectIsNotTheLastNamedParty() {
    let text = "Giorgia Meloni a promis une aide. Le président de l'Union africaine a indiqué que la visite était prévue de longue date. Il avait eu un entretien téléphonique avec Nasser Bourita en juillet."
    #expect(!WiderFixtures.extract(text, published: "2023-08-02").contains { WiderFixtures.names($0).contains("Giorgia Meloni") })
}

// "Macron's advisers spoke with ...": the possessed noun right before the call's words is its
// subject; the possessor is no party ("Netanyahu's office said he spoke with Biden" keeps him).
@Test func aPossessorWhoseAidesTalkedIsNoParty() {
    #expect(Fixtures.extract("Emmanuel Macron's advisers spoke with their Moroccan counterparts on Tuesday.", published: "2024-06-12").isEmpty)
    let office = Fixtures.extract("Emmanuel Macron's office said he spoke with Nasser Bourita on Tuesday.", published: "2024-06-12")
    #expect(office.map(Fixtures.names) == [["Emmanuel Macron", "Nasser Bourita"]])
}

// "The call came a day after X criticised Y": who is named in the other event is not on the call
// (a date after "since" names no event: "calls since Sunday, including X").
@Test(arguments: [
    ("Emmanuel Macron spoke by phone on Tuesday with Nasser Bourita.\n\nThe call came a day after Macron criticised Ayman Safadi on the radio.", "en"),
    ("José Manuel Albares habló por teléfono el martes con Nasser Bourita.\n\nLa llamada se produjo un día después de que Albares criticara a Ayman Safadi en la radio.", "es"),
    ("Antony Blinken spoke by phone on Thursday with Nasser Bourita. The call comes as Emmanuel Macron prepares to host Ayman Safadi in Paris.", "en"),
    ("تلقى ناصر بوريطة اتصالا هاتفيا يوم الخميس من أنتوني بلينكن. ويأتي هذا الاتصال في وقت يستعد فيه إيمانويل ماكرون لاستقبال أيمن الصفدي في باريس.", "ar"),
])
func partiesOfTheEventAfterTheCallAreNotOnIt(text: String, language: String) {
    let events = Fixtures.extract(text, published: "2024-08-14")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names)?.contains("Ayman Safadi") == false)
}

// "X called Y to congratulate him on the declaration signed with Z": who is named after another
// event's participle, once the call has its pair, signed it and is not on the call.
@Test(arguments: [
    ("Emmanuel Macron called Nasser Bourita on Tuesday to congratulate him on the agreement signed on Monday with Ayman Safadi.", "en"),
    ("José Manuel Albares telefoneó el martes a Nasser Bourita para felicitarlo por el acuerdo firmado el lunes con Ayman Safadi.", "es"),
    ("Emmanuel Macron a appelé mardi Nasser Bourita pour le féliciter de l'accord signé lundi avec Ayman Safadi.", "fr"),
])
func aPartyOfASignedAgreementAfterTheCallIsNotOnIt(text: String, language: String) {
    let events = Fixtures.extract(text, published: "2024-08-14")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names)?.contains("Ayman Safadi") == false)
}

@Test func aPartyAfterADateSinceIsStillOnTheCall() {
    let text = "Emmanuel Macron has held telephone conversations with several leaders since Sunday, including Jordan's foreign minister Ayman Safadi."
    let events = Fixtures.extract(text, published: "2024-08-14")
    #expect(events.map(Fixtures.names) == [["Emmanuel Macron", "Ayman Safadi"]])
}

// "X met Y and then phoned Z": the party of the meeting's clause is not on the call.
@Test(arguments: [
    "José Manuel Albares se reunió con Nasser Bourita y luego habló por teléfono con su equipo.",
    "Emmanuel Macron a rencontré Nasser Bourita puis s'est entretenu par téléphone avec ses conseillers.",
    "Antony Blinken met Nasser Bourita in Rabat and then spoke by phone with his staff in Washington.",
])
func thePartyOfAMeetingClauseIsNotOnTheNextClausesCall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-05-10").isEmpty)
}

@Test func aCallAfterAMeetingClauseKeepsItsOwnParty() {
    let text = "Antony Blinken met Nasser Bourita in Rabat and then spoke by phone with Ayman Safadi."
    #expect(Fixtures.extract(text, published: "2024-05-10").map(Fixtures.names) == [["Antony Blinken", "Ayman Safadi"]])
}

// A bare title in a sentence without a call is first the previous sentence's subject: "X a
// appelé son homologue Y. À cette occasion, le ministre : ... Le ministre s'est ensuite
// entretenu avec Z" speaks of X.
@Test func aBareTitleAfterACallIsItsSubject() {
    let text = """
    Nasser Bourita a appelé ce jour son homologue jordanien, Ayman Safadi. À cette occasion, le ministre :
    • a insisté sur la stabilité régionale ;
    • a salué la coopération entre les deux pays.
    Le ministre s'est ensuite entretenu avec José Manuel Albares.
    """
    let events = Fixtures.extract(text, published: "2025-02-18")
    #expect(events.count == 2)
    #expect(events.contains { Fixtures.names($0) == ["Nasser Bourita", "José Manuel Albares"] })
}

// On an organisation's own site its bare title is its own in any sentence: "he" after "the
// Secretary-General ..." is the Secretary-General, not the president he called.
@Test(arguments: [
    "He then had a telephone conversation with the Armenian prime minister, Nikol Pashinyan.",
    "The Secretary-General urged restraint on both sides. That evening he held a phone call with the Armenian prime minister, Nikol Pashinyan.",
])
func aPronounAfterAnOrganisationsBareTitleIsItsHead(next: String) {
    let text = """
    The Secretary-General had a telephone conversation on Tuesday with Azerbaijan's president, Ilham Aliyev.

    \(next)
    """
    let article = Article(text: text, url: "https://press.un.org/en/2023/sg-calls.doc.htm", publishedAt: Fixtures.day("2023-09-21"))
    let pairs = Extractor().extract(article).events.map { Set(Fixtures.names($0)) }
    #expect(pairs.contains(["António Guterres", "Nikol Pashinyan"]))
    #expect(!pairs.contains(["Ilham Aliyev", "Nikol Pashinyan"]))
}
