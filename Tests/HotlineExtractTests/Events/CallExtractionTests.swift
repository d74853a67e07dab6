import Testing
@testable import HotlineExtract

@Test(arguments: [
    ("Secretary of State Antony Blinken held a phone call on Tuesday with Moroccan Foreign Minister Nasser Bourita.", "2023-02-01"),
    ("Le secrétaire d'État américain Antony Blinken s'est entretenu mardi par téléphone avec le ministre marocain des Affaires étrangères, M. Nasser Bourita.", "2023-02-01"),
    ("El secretario de Estado estadounidense, Antony Blinken, mantuvo el martes una conversación telefónica con el ministro marroquí de Exteriores, Nasser Bourita.", "2023-02-01"),
    ("أجرى وزير الخارجية الأمريكي أنتوني بلينكن يوم الثلاثاء اتصالا هاتفيا مع وزير الخارجية المغربي ناصر بوريطة.", "2023-02-01"),
])
func reportsACallInEachLanguage(text: String, published: String) {
    let events = Fixtures.extract(text, published: published)
    #expect(events.count == 1)
    guard let e = events.first else { return }
    #expect(Fixtures.names(e) == ["Antony Blinken", "Nasser Bourita"])
    #expect(Set(e.participants.compactMap(\.country)) == ["US", "MA"])
    #expect(e.date?.iso == "2023-01-31")
    #expect(e.evidence.first == text)
}

@Test(arguments: [
    "Foreign Minister Nasser Bourita met Secretary of State Antony Blinken in Rabat on Monday.",
    "Antony Blinken paid a visit to Nasser Bourita in Rabat.",
    "Nasser Bourita sent a letter to Antony Blinken.",
    "Antony Blinken will hold a phone call with Nasser Bourita next week.",
    "Antony Blinken is expected to speak by phone with Nasser Bourita.",
    "The State Department denied that Antony Blinken had a phone call with Nasser Bourita.",
    "Le Quai d'Orsay a démenti tout entretien téléphonique entre Emmanuel Macron et Nasser Bourita.",
    "Antony Blinken called for calm after talks with Nasser Bourita.",
])
func nonCallsAreNotEvents(text: String) {
    #expect(Fixtures.extract(text, published: "2023-02-01").isEmpty)
}

@Test(arguments: [
    ("Antony Blinken phoned Nasser Bourita on Monday.", "Antony Blinken"),
    ("Nasser Bourita received a phone call from Antony Blinken on Monday.", "Antony Blinken"),
    ("Nasser Bourita a reçu lundi un appel téléphonique d'Antony Blinken.", "Antony Blinken"),
    ("Nasser Bourita recibió una llamada de Antony Blinken el lunes.", "Antony Blinken"),
    ("تلقى ناصر بوريطة اتصالا هاتفيا من أنتوني بلينكن يوم الاثنين.", "Antony Blinken"),
])
func initiatorFromTheGrammar(text: String, caller: String) {
    let e = Fixtures.extract(text, published: "2023-02-01").first
    #expect(e.flatMap { ev in ev.initiator.map { ev.participants[$0].name } } == caller)
}

@Test func heldACallHasNoInitiator() {
    let e = Fixtures.extract("Antony Blinken held a phone call with Nasser Bourita.").first
    #expect(e != nil && e?.initiator == nil)
}

@Test func noPublicationDateMeansNoRelativeDate() {
    let e = Fixtures.extract("Antony Blinken held a phone call with Nasser Bourita on Monday.").first
    #expect(e != nil && e?.date == nil)
}

@Test func repeatedReportsMakeOneEvent() {
    let text = """
    Antony Blinken held a phone call with Nasser Bourita on Monday.

    During the call, Blinken and Bourita discussed regional security. Bourita told Blinken on the phone that ties were strong.
    """
    #expect(Fixtures.extract(text, published: "2023-02-01").count == 1)
}

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

@Test func sameDayFollowsThePreviousCall() {
    let text = """
    Rabat - Sa Majesté le Roi Mohammed VI a reçu, jeudi, un appel téléphonique du Président français, M. Emmanuel Macron.

    Par ailleurs, le Souverain s'est entretenu le même jour par téléphone avec le ministre jordanien des Affaires étrangères, M. Ayman Safadi.
    """
    let events = Fixtures.extract(text, published: "2023-02-03")
    #expect(events.count == 2)
    #expect(events.allSatisfy { $0.date?.iso == "2023-02-02" })
    #expect(events.contains { Fixtures.names($0) == ["Mohammed VI", "Ayman Safadi"] })
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
    #expect(e.first?.initiator.map { e[0].participants[$0].name } == "Emmanuel Macron")
}

@Test(arguments: [
    "A spokesperson told reporters by phone that Antony Blinken had met Nasser Bourita.",
    "Contacté par téléphone, un conseiller a confirmé qu'Emmanuel Macron avait écrit à Nasser Bourita.",
])
func pressCallsAreNotCalls(text: String) {
    #expect(Fixtures.extract(text, published: "2023-02-01").isEmpty)
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

@Test(arguments: [
    "Emmanuel Macron y Nasser Bourita no han hablado por teléfono desde abril.",
    "Emmanuel Macron is scheduled to speak with Nasser Bourita by phone on Thursday.",
    "Asked whether he had spoken to Nasser Bourita by phone, Emmanuel Macron declined to answer.",
])
func negatedScheduledAndHypotheticalCalls(text: String) {
    #expect(Fixtures.extract(text, published: "2023-02-01").isEmpty)
}

@Test func verbFirstArabicCallerIsTheSubjectAfterTheVerb() {
    let e = Fixtures.extract("اتصل الرئيس الفرنسي إيمانويل ماكرون بنظيره الأردني أيمن الصفدي يوم الاثنين.", published: "2023-02-01").first
    #expect(e.map(Fixtures.names) == ["Emmanuel Macron", "Ayman Safadi"])
    #expect(e.flatMap { ev in ev.initiator.map { ev.participants[$0].name } } == "Emmanuel Macron")
}

@Test func videoConferenceIsACall() {
    let e = Fixtures.extract("Emmanuel Macron mantuvo una videoconferencia con Nasser Bourita el lunes.", published: "2023-02-01")
    #expect(e.count == 1 && e.first?.date?.iso == "2023-01-30")
}

@Test func speakerIsNotAPartyButPronounSpeakerIs() {
    let reported = Fixtures.extract("Ayman Safadi said the Moroccan foreign minister phoned his French counterpart Emmanuel Macron on Monday.", published: "2023-02-01")
    #expect(reported.first.map(Fixtures.names) == ["Nasser Bourita", "Emmanuel Macron"])
    let own = Fixtures.extract("Ayman Safadi said he spoke by phone with Nasser Bourita on Monday.", published: "2023-02-01")
    #expect(own.first.map(Fixtures.names) == ["Ayman Safadi", "Nasser Bourita"])
}

@Test func separateCallsNounIsNotTheVerbCalls() {
    let e = Fixtures.extract("Antony Blinken held separate calls with Nasser Bourita and Ayman Safadi on Tuesday.", published: "2023-02-01")
    #expect(e.count == 2)
    #expect(e.allSatisfy { $0.initiator == nil })
}

@Test func possessivePersonIsAPartyWhenTheCallNeedsIt() {
    let e = Fixtures.extract("Emmanuel Macron's office said he spoke by phone with Nasser Bourita on Monday.", published: "2023-02-01")
    #expect(e.first.map(Fixtures.names) == ["Emmanuel Macron", "Nasser Bourita"])
}

@Test(arguments: [
    "Emmanuel Macron called Nasser Bourita's remarks a mistake on Tuesday.",
    "Emmanuel Macron called Nasser Bourita a friend during a speech on Tuesday.",
    "Emmanuel Macron's call for a ceasefire was welcomed by Nasser Bourita on Tuesday.",
    "Emmanuel Macron has yet to speak with Nasser Bourita by phone.",
])
func callWordsInOtherSenses(text: String) {
    #expect(Fixtures.extract(text, published: "2023-02-01").isEmpty)
}

@Test func futureCueInAnotherClauseDoesNotCancelTheCall() {
    let e = Fixtures.extract("Emmanuel Macron told Nasser Bourita in a phone call on Tuesday that France was ready to help.", published: "2023-02-01")
    #expect(e.count == 1 && e.first?.date?.iso == "2023-01-31")
}

@Test func dayBeforeCountsFromThePreviousCall() {
    let text = "Emmanuel Macron a eu jeudi un entretien téléphonique avec M. Nasser Bourita. La veille, M. Macron s'était entretenu par téléphone avec M. Ayman Safadi."
    let e = Fixtures.extract(text, published: "2023-02-04")
    #expect(e.first { Fixtures.names($0).contains("Ayman Safadi") }?.date?.iso == "2023-02-01")
}

@Test func plannedCallInTheSameSentenceKeepsItsParties() {
    let text = "A spokesman said on Friday that Emmanuel Macron and Nasser Bourita had discussed trade by phone on Thursday, and that no call with Ayman Safadi was planned."
    let e = Fixtures.extract(text, published: "2023-02-03")
    #expect(e.count == 1)
    #expect(e.first.map(Fixtures.names) == ["Emmanuel Macron", "Nasser Bourita"])
    #expect(e.first?.date?.iso == "2023-02-02")
}

@Test func conversationAtAMeetingIsNotACall() {
    let text = "Emmanuel Macron had a conversation with Nasser Bourita on the sidelines of the summit on Monday."
    #expect(Fixtures.extract(text, published: "2023-02-01").isEmpty)
}

@Test func spokeWithCountsOnlyWithoutSignsOfAMeeting() {
    #expect(Fixtures.extract("Emmanuel Macron spoke with Nasser Bourita on Monday about trade.", published: "2023-02-01").count == 1)
    #expect(Fixtures.extract("Emmanuel Macron spoke with Nasser Bourita in Rabat on Monday about trade.", published: "2023-02-01").isEmpty)
    #expect(Fixtures.extract("Emmanuel Macron met Ayman Safadi on Sunday. He also spoke with Nasser Bourita on Monday.", published: "2023-02-01").isEmpty)
}

@Test(arguments: [
    "Nasser Bourita a reçu dimanche un appel d'Emmanuel Macron.",
    "Nasser Bourita received on Sunday a call from Emmanuel Macron.",
    "Nasser Bourita recibió el domingo una llamada de Emmanuel Macron.",
])
func interruptedReceivedACallFrom(text: String) {
    let e = Fixtures.extract(text, published: "2023-02-01").first
    #expect(e?.date?.iso == "2023-01-29")
    #expect(e.flatMap { ev in ev.initiator.map { ev.participants[$0].name } } == "Emmanuel Macron")
}

@Test(arguments: ["Emmanuel Macron spoke", "spoke", "Nasser Bourita called", "by phone", "", "\n\n\n", "« »", "اتصالا هاتفيا"])
func fragmentsNeverCrash(text: String) {
    #expect(Fixtures.extract(text, published: "2023-02-01").isEmpty)
}
