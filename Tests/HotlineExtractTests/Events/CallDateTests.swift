import Testing
@testable import HotlineExtract

// Call dates: relative days, previous calls, statements vs calls.

@Test func noPublicationDateMeansNoRelativeDate() {
    let e = Fixtures.extract("Antony Blinken held a phone call with Nasser Bourita on Monday.").first
    #expect(e != nil && e?.date == nil)
}

@Test func sameDayFollowsThePreviousCall() {
    let text = """
    Madrid - Le chef de la diplomatie espagnole, M. José Manuel Albares, a reçu mardi un appel du chef de la diplomatie américaine, M. Antony Blinken.

    M. Albares a par ailleurs eu le même jour un entretien téléphonique avec le ministre jordanien des Affaires étrangères, M. Ayman Safadi.
    """
    let events = Fixtures.extract(text, published: "2023-02-03")
    #expect(events.count == 2)
    #expect(events.allSatisfy { $0.date?.iso == "2023-01-31" })
    #expect(events.contains { Fixtures.names($0) == ["José Manuel Albares", "Ayman Safadi"] })
}

@Test func videoConferenceIsACall() {
    let e = Fixtures.extract("Emmanuel Macron mantuvo una videoconferencia con Nasser Bourita el lunes.", published: "2023-02-01")
    #expect(e.count == 1 && e.first?.date?.iso == "2023-01-30")
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

@Test(arguments: [
    "Call with the Moroccan minister\n\nMarch 3, 2023\n18:40\n\nAntony Blinken had a telephone conversation with Nasser Bourita.",
    "Entretien avec le ministre marocain\n\n3 mars 2023\n\nEmmanuel Macron a eu un entretien téléphonique avec Nasser Bourita.",
])
func aDateLineAboveTheBodyDatesAnUndatedCall(text: String) {
    let e = Fixtures.extract(text).first
    #expect(e?.date == Fixtures.day("2023-03-03"))
}

@Test func aDateInsideABodySentenceIsNotADateLine() {
    let e = Fixtures.extract("Antony Blinken had a telephone conversation with Nasser Bourita.\n\nThe ministers last met on March 3, 2021 in Rabat.",
                             published: nil).first
    #expect(e != nil && e?.date == nil)
}

@Test(arguments: [
    "Antony Blinken spoke by phone with Nasser Bourita, who will visit Washington on Thursday.",
    "Antony Blinken s'est entretenu par téléphone avec José Manuel Albares ; les deux ministres se réuniront mardi à Madrid.",
    "José Manuel Albares habló por teléfono con Nasser Bourita, quien visitará Madrid el jueves.",
])
func aDateOfWhatIsPlannedAfterTheCallIsNotTheCallsDate(text: String) {
    let e = Fixtures.extract(text, published: "2023-02-01").first
    #expect(e != nil && e?.date == nil)
}

@Test func theCallsOwnDateBeforeAPlannedVisitIsKept() {
    let e = Fixtures.extract("Antony Blinken spoke by phone with Nasser Bourita on Monday, ahead of a visit he will make next week.",
                             published: "2023-02-01").first
    #expect(e?.date == Fixtures.day("2023-01-30"))
}

@Test(arguments: [
    ("Giorgia Meloni said she held a phone conversation with Kyriakos Mitsotakis on Saturday and telephoned Joseph Aoun on Sunday evening.", "en"),
    ("Giorgia Meloni a eu un entretien téléphonique avec Kyriakos Mitsotakis samedi et a téléphoné à Joseph Aoun dimanche soir.", "fr"),
    ("Giorgia Meloni mantuvo una conversación telefónica con Kyriakos Mitsotakis el sábado y telefoneó a Joseph Aoun el domingo por la noche.", "es"),
])
func twoCallsInOneSentenceTakeTheirOwnDates(text: String, language: String) {
    let events = WiderFixtures.extract(text, published: "2025-03-17", language: language)
    let byOther = Dictionary(uniqueKeysWithValues: events.map { e in
        (WiderFixtures.names(e).subtracting(["Giorgia Meloni"]).first ?? "", e.date?.iso)
    })
    #expect(byOther["Kyriakos Mitsotakis"] == "2025-03-15")
    #expect(byOther["Joseph Aoun"] == "2025-03-16")
}

@Test func aDateBeforeTheFirstCallDatesBothCalls() {
    let events = WiderFixtures.extract("On Saturday, Giorgia Meloni held a phone conversation with Kyriakos Mitsotakis and telephoned Joseph Aoun.",
                                       published: "2025-03-17", language: "en")
    #expect(events.count == 2)
    #expect(events.allSatisfy { $0.date?.iso == "2025-03-15" })
}

@Test(arguments: [
    ("Giorgia Meloni spoke by phone with Kyriakos Mitsotakis on Saturday and with Joseph Aoun on Sunday.", "en"),
    ("Giorgia Meloni s'est entretenue samedi par téléphone avec Kyriakos Mitsotakis, puis dimanche avec Joseph Aoun.", "fr"),
    ("Giorgia Meloni conversó por teléfono el sábado con Kyriakos Mitsotakis y el domingo con Joseph Aoun.", "es"),
])
func partiesWithADayEachAreSeparateCalls(text: String, language: String) {
    let events = WiderFixtures.extract(text, published: "2025-03-17", language: language)
    let byOther = Dictionary(uniqueKeysWithValues: events.map { e in
        (WiderFixtures.names(e).subtracting(["Giorgia Meloni"]).sorted().joined(separator: "+"), e.date?.iso)
    })
    #expect(byOther == ["Kyriakos Mitsotakis": "2025-03-15", "Joseph Aoun": "2025-03-16"])
}

@Test func arabicSecondReceivedCallKeepsTheReceiverAndTakesItsDay() {
    let text = "تلقى الرئيس جوزيف عون يوم السبت اتصالا هاتفيا من الرئيسة جورجيا ميلوني، كما تلقى يوم الأحد اتصالا من الرئيس السوري أحمد الشرع."
    let events = WiderFixtures.extract(text, published: "2025-03-17", language: "ar")
    #expect(Set(events.map(WiderFixtures.names)) == [["Joseph Aoun", "Giorgia Meloni"], ["Joseph Aoun", "Ahmed al-Sharaa"]])
    #expect(Set(events.compactMap { $0.date?.iso }) == ["2025-03-15", "2025-03-16"])
    #expect(Set(events.compactMap(Fixtures.caller)) == ["Giorgia Meloni", "Ahmed al-Sharaa"])
}

@Test func oneDayForAllPartiesIsOneCall() {
    let events = WiderFixtures.extract("On Saturday, Giorgia Meloni spoke by phone with Kyriakos Mitsotakis and Joseph Aoun.",
                                       published: "2025-03-17", language: "en")
    #expect(events.count == 1)
    #expect(events.first?.participants.count == 3)
}

// A date after "after" / "following" past the call's parties is the other event's day.
@Test(arguments: [
    "Antony Blinken spoke by phone with Nasser Bourita after an undersea cable off Tangier was damaged on Sunday.",
    "José Manuel Albares habló por teléfono con Nasser Bourita tras el incendio que afectó al puerto de Tánger el domingo.",
])
func aDateOfTheEventAfterTheCallIsNotTheCalls(text: String) {
    let events = Fixtures.extract(text, published: "2024-06-12")
    #expect(events.count == 1)
    #expect(events.first?.date == nil)
}

// A fronted clause of another event ("After meeting X on Monday, ...") or a relative clause that
// tells of a meeting ("X, who had met Y in March, ...") gives neither a party nor the date.
@Test(arguments: [
    "After meeting Ayman Safadi in Amman on Monday, Antony Blinken called Nasser Bourita on Thursday.",
    "Après avoir rencontré Ayman Safadi à Amman lundi, Emmanuel Macron a appelé jeudi Nasser Bourita.",
    "Tras reunirse con Ayman Safadi en Amán el lunes, José Manuel Albares llamó el jueves a Nasser Bourita.",
])
func aFrontedOtherEventGivesNoPartyNorDate(text: String) {
    let events = Fixtures.extract(text, published: "2024-05-10")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names)?.contains("Ayman Safadi") == false)
    #expect(events.first?.date == Fixtures.day("2024-05-09"))
}

@Test func aMeetingInARelativeClauseDoesNotDateTheCall() {
    let text = "Antony Blinken, who had met Nasser Bourita in Rabat in March, spoke to him by phone on Thursday."
    let events = Fixtures.extract(text, published: "2024-05-10")
    #expect(events.map(Fixtures.names) == [["Antony Blinken", "Nasser Bourita"]])
    #expect(events.first?.date == Fixtures.day("2024-05-09"))
}

// A month named as a modifier of the call noun dates the story's call ("That January call",
// "cette conversation de janvier", "la llamada de enero", "اتصال يناير"); "the call may" is no May.
@Test(arguments: [
    "Antony Blinken held a phone call with Nasser Bourita. That January call was announced only briefly.",
    "Emmanuel Macron a eu une conversation téléphonique avec Nasser Bourita. Cette conversation de janvier n'a été rapportée que tard.",
    "José Manuel Albares habló por teléfono con Nasser Bourita. La llamada de enero se conoció semanas después.",
    "تلقى ناصر بوريطة اتصالا هاتفيا من أيمن الصفدي. وجاء اتصال يناير بعد أسابيع من التوتر.",
])
func aMonthModifyingTheCallNounDatesIt(text: String) {
    let events = Fixtures.extract(text, published: "2024-02-20")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2024-01")
}

@Test func theModalMayAfterACallNounIsNoMonth() {
    let events = Fixtures.extract("Antony Blinken held a phone call with Nasser Bourita. The call may become a regular fixture.", published: "2024-06-20")
    #expect(events.count == 1)
    #expect(events.first?.date == nil)
}

// Another event on the call's own day ("hours after the vote on Monday") dates the call; one
// merely before or after it does not.
@Test(arguments: [
    ("Emmanuel Macron spoke by phone with Nasser Bourita hours after the vote on Monday.", "2024-03-18"),
    ("Hours after the vote on Monday, Emmanuel Macron spoke by phone with Nasser Bourita.", "2024-03-18"),
    ("José Manuel Albares habló por teléfono con Nasser Bourita horas después de la votación del lunes.", "2024-03-18"),
    ("أجرى أيمن الصفدي اتصالا هاتفيا مع ناصر بوريطة بعد ساعات من التصويت يوم الاثنين.", "2024-03-18"),
    ("Emmanuel Macron spoke by phone with Nasser Bourita after the vote on Monday.", nil),
])
func aSameDayLinkDatesTheCall(text: String, iso: String?) {
    let events = Fixtures.extract(text, published: "2024-03-20")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == iso)
}

@Test func laterThatDayIsTheDayTheStoryLastNamed() {
    let text = "Emmanuel Macron met José Manuel Albares on Monday. Later that day, he spoke by phone with Nasser Bourita."
    let events = Fixtures.extract(text, published: "2024-03-20")
    #expect(events.map { $0.date?.iso } == ["2024-03-18"])
}

// "Two days before his summit with X, Y called Z": the opening clause is another event's, its
// parties are not the call's; "The day before, ..." is the call's own day.
@Test func aTimeSpanBeforeAnotherEventOpensItsClause() {
    let events = Fixtures.extract("""
        Deux jours avant son sommet avec le roi Mohammed VI à Rabat, Emmanuel Macron s'est entretenu hier par téléphone avec Ayman Safadi.
        """, published: "2023-03-08")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Emmanuel Macron", "Ayman Safadi"])
    #expect(events.first?.date == Fixtures.day("2023-03-07"))
}

@Test func theDayBeforeStillDatesTheCall() {
    let events = Fixtures.extract("""
        Nasser Bourita held a phone call with Ayman Safadi on Friday. The day before, Bourita was called by Antony Blinken, whose country took over the council presidency on March 1.
        """, published: "2023-03-11")
    #expect(events.first { Fixtures.names($0).contains("Antony Blinken") }?.date == Fixtures.day("2023-03-09"))
}

// "On Friday X called A. On Monday it was B's turn. In an hour-long phone call, X and B ...": the
// day the sentence before gave one of the call's parties, not the story's call before.
@Test func theDayTheSentenceBeforeGaveThePartyDatesTheCall() {
    let events = Fixtures.extract("""
        El viernes, Nasser Bourita recibió una llamada de Antony Blinken. El lunes fue el turno de Ayman Safadi. En una conversación telefónica de una hora, Bourita y Safadi coincidieron en defender la cooperación.
        """, published: "2023-03-14")
    #expect(events.first { Fixtures.names($0).contains("Ayman Safadi") }?.date == Fixtures.day("2023-03-13"))
    #expect(events.first { Fixtures.names($0).contains("Antony Blinken") }?.date == Fixtures.day("2023-03-10"))
}

@Test func aDayStillToComeInTheSentenceBeforeDatesNoCall() {
    // (publication day Saturday: "ce samedi" is a day to come for the protest, not the call's)
    let events = Fixtures.extract("""
        Ce mardi, Antony Blinken a appelé le roi Mohammed VI. Alors que le Maroc se prépare à une grande marche ce samedi, le ministre Nasser Bourita multiplie les signaux. Il se prévaut d'un appel d'Antony Blinken.
        """, published: "2023-03-11")
    #expect(!events.contains { Fixtures.names($0).contains("Nasser Bourita") && $0.date == Fixtures.day("2023-03-11") })
}

// A call of other parties, in a paragraph of its own and named anew, takes no day from the call
// reported before it; one that continues it ("He also ...", a shared party) still does.
@Test func aCallOfOtherPartiesInAParagraphOfItsOwnTakesNoDayFromTheCallBefore() {
    let text = """
    When Antony Blinken rang Nasser Bourita on March 18, he asked Rabat to back the plan. José Manuel Albares had his own phone conversation with Bourita the next day.

    Paris sees things differently. Emmanuel Macron, who telephoned Ayman Safadi to thank him for the convoy, has tied his support to a ceasefire.
    """
    let events = Fixtures.extract(text, published: "2024-04-03")
    #expect(events.count == 3)
    #expect(events.first { Fixtures.names($0).contains("Nasser Bourita") && Fixtures.names($0).contains("José Manuel Albares") }?.date?.iso == "2024-03-19")
    let macron = events.first { Fixtures.names($0).contains("Emmanuel Macron") }
    #expect(macron.map { $0.date == nil } == true)
}

@Test(arguments: [
    "Antony Blinken rang Nasser Bourita on March 18.\n\nHe also telephoned Ayman Safadi to discuss the convoy.",
    "Antony Blinken rang Nasser Bourita on March 18.\n\nAyman Safadi telephoned Blinken to discuss the convoy.",
])
func aCallContinuingTheOneBeforeTakesItsDay(text: String) {
    let events = Fixtures.extract(text, published: "2024-04-03")
    #expect(events.count == 2)
    #expect(events.allSatisfy { $0.date?.iso == "2024-03-18" })
}

// "earlier in the day", "plus tôt dans la journée": the day of the call before, or else the day
// the sentence gives before it ("said on Saturday that he had spoken ... earlier in the day").
@Test(arguments: [
    "Emmanuel Macron s'est longuement entretenu jeudi au téléphone avec Nasser Bourita. Plus tôt dans la journée, M. Macron avait reçu un appel d'Ayman Safadi.",
    "Emmanuel Macron told reporters on Thursday he had talked to Ayman Safadi by phone earlier in the day.",
])
func earlierInTheDayIsTheDayBefore(text: String) {
    let events = Fixtures.extract(text, published: "2023-02-04")
    #expect(events.first { Fixtures.names($0).contains("Ayman Safadi") }?.date?.iso == "2023-02-02")
}
