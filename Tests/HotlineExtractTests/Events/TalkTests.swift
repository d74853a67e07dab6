import Testing
@testable import HotlineExtract

// A talking verb without a call word ("s'est entretenu avec", "spoke with", "habló con") in a
// story that reports another call: a call only for the pair of that call, or when it continues
// the series ("also"); a new pair is an in-person talk.

@Test(arguments: [
    """
    Antony Blinken held a phone call with Nasser Bourita on Monday.

    On Tuesday, Emmanuel Macron spoke with Nasser Bourita at the royal palace.
    """,
    """
    Emmanuel Macron a eu lundi un entretien téléphonique avec Nasser Bourita.

    Mardi soir, José Manuel Albares est reparti satisfait après son entretien avec Nasser Bourita au palais royal.
    """,
    """
    José Manuel Albares mantuvo el lunes una conversación telefónica con Nasser Bourita.

    El martes, Emmanuel Macron habló con Nasser Bourita en el palacio real.
    """,
])
func aTalkWithANewPairIsNotACall(text: String) {
    let events = Fixtures.extract(text, published: "2023-02-01")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names)?.contains("Emmanuel Macron") == (text.contains("Macron a eu")))
}

@Test(arguments: [
    """
    Emmanuel Macron a eu lundi un entretien téléphonique avec Nasser Bourita.

    Au cours de cet entretien, Emmanuel Macron s'est entretenu avec Nasser Bourita du Sahel.
    """,
    """
    Antony Blinken held a phone call with Nasser Bourita on Monday.

    Blinken also spoke with Ayman Safadi about the region.
    """,
])
func aTalkForTheSamePairOrContinuingTheSeriesCounts(text: String) {
    let events = Fixtures.extract(text, published: "2023-02-01")
    let pairs = Set(events.map(Fixtures.names))
    #expect(pairs.contains(["Nasser Bourita", text.contains("Blinken") ? "Antony Blinken" : "Emmanuel Macron"]))
    #expect(events.count == (text.contains("also") ? 2 : 1))
}

@Test func aReadoutWithOnlyATalkingVerbIsACall() {
    let events = Fixtures.extract("Secretary Antony Blinken spoke today with Foreign Minister Nasser Bourita about regional security.",
                                  published: "2023-02-01")
    #expect(events.count == 1)
}

@Test(arguments: [
    "Emmanuel Macron s'entretient à New York avec Nasser Bourita.",
    "José Manuel Albares habló con Nasser Bourita en La Moncloa.",
    "Antony Blinken spoke with Nasser Bourita at Camp David.",
])
func aTalkAtANamedPlaceIsAMeeting(text: String) {
    #expect(Fixtures.extract(text, published: "2023-02-01").isEmpty)
}

@Test func aMonthAfterATalkIsNotAPlace() {
    #expect(Fixtures.extract("Antony Blinken spoke with Nasser Bourita in January about the region.", published: "2023-02-01").count == 1)
}

// A meeting the leaders only look forward to does not make the readout's talk a meeting.
@Test(arguments: [
    ("Today, Secretary Antony Blinken spoke with Foreign Minister Nasser Bourita. The two looked forward to meeting in person at the summit later this year.", 1),
    ("Today, Secretary Antony Blinken spoke with Foreign Minister Nasser Bourita. The two met in person at the summit last year.", 0),
])
func aMeetingLookedForwardToLeavesTheReadoutACall(text: String, count: Int) {
    #expect(Fixtures.extract(text, published: "2023-02-01").count == count)
}

// "À l'issue de l'entretien", after a story of the pair's meeting, is that meeting, also on a
// page that reports a call between others or a call denied; a talking verb of a pair that met
// earlier is still the call of a story that reports a call.
@Test(arguments: ["", "\n\nLe ministre grec de l'Économie a par ailleurs échangé par téléphone avec des chefs d'entreprise."])
func theDefiniteTalkAfterAMeetingIsThatMeeting(more: String) {
    let text = """
    Kyriakos Mitsotakis, chef du gouvernement grec, a été reçu lundi à Rome par Giorgia Meloni. La rencontre a porté sur l'immigration.

    « L'Italie est le premier partenaire de la Grèce », a déclaré M. Mitsotakis à l'issue de l'entretien.
    """ + more
    #expect(WiderFixtures.extract(text, published: "2024-05-08").isEmpty)
}

@Test func aTalkingVerbOfAPairThatMetEarlierIsACall() {
    let text = """
    Emmanuel Macron a reçu Nasser Bourita à l'Élysée en mars.

    Mardi, Emmanuel Macron s'est entretenu avec Nasser Bourita de la crise régionale. Les conseillers ont ensuite échangé par téléphone avec des chefs d'entreprise.
    """
    let events = Fixtures.extract(text, published: "2024-05-08")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Emmanuel Macron", "Nasser Bourita"])
}

// A call only planned ("doit s'entretenir par téléphone") does not make a story of a meeting
// report a call: a talking verb there is an in-person talk.
@Test func aPlannedCallDoesNotMakeAMeetingStoryReportOne() {
    let text = """
    Nasser Bourita a reçu mardi José Manuel Albares à Rabat.

    M. Bourita doit s'entretenir par téléphone avec Ayman Safadi jeudi.

    Plus tard, M. Albares s'est entretenu avec Ayman Safadi.
    """
    #expect(Fixtures.extract(text, published: "2024-11-27").isEmpty)
}

// "X made a series of phone calls ..." (or a headline "Entretiens téléphoniques de M. X"), then a
// list of X's talks: each talk the list names is one of those calls, even beside a call of
// another pair.
@Test(arguments: [
    """
    Nasser Bourita made a series of phone calls over the weekend, the ministry said.

    - On Saturday, Bourita received a phone call from Ayman Safadi about the refugee camps.

    - On Sunday, Bourita spoke with Antony Blinken about the Negev Forum.
    """,
    """
    Entretiens téléphoniques de M. Nasser Bourita

    M. Nasser Bourita a eu samedi un entretien téléphonique avec M. Ayman Safadi au sujet des camps de réfugiés.

    M. Nasser Bourita s'est entretenu dimanche avec M. Antony Blinken du Forum du Néguev.
    """,
])
func talksOfACallerWhoseSeriesOfCallsTheStoryAnnouncedAreCalls(text: String) {
    let events = Fixtures.extract(text, published: "2024-03-04")
    #expect(events.count == 2)
    #expect(events.contains { Fixtures.names($0) == ["Nasser Bourita", "Antony Blinken"] })
}

// "X and Y talked on Sunday about ...": two parties joined as the subject of a talking verb that
// otherwise needs a with-word ("talked with") report a talk, a call when the story says so.
@Test func aJointSubjectTalksWithoutAWithWord() {
    let events = Fixtures.extract("Bourita, Safadi discuss Gaza truce in phone call\n\nNasser Bourita and Ayman Safadi talked on Sunday about the truce in Gaza.", published: "2025-03-03")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2025-03-02")
}
