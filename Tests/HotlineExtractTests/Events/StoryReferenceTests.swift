import Testing
@testable import HotlineExtract

// A story refers again to what it reported: a headline naming a party by surname, a sentence
// that points back at a call, officials whose country the story gives elsewhere.

@Test func aHeadlineNamingASurnameMergesIntoTheBodysCall() {
    let events = Fixtures.extract("""
        Canciller Ruiz Vidal recibe llamada de Rubio; hablaron de migración

        El canciller Carlos Ruiz Vidal recibió el jueves una llamada telefónica del secretario de Estado Marco Rubio, informó el Ministerio.

        Ruiz Vidal explicó que Marruecos y la región comparten la preocupación por la migración irregular en Marruecos.
        """, published: "2025-01-24")
    #expect(events.count == 1)
    #expect(events.first?.date == Fixtures.day("2025-01-23"))
    let unknown = events.first?.participants.first { $0.officialID == nil }
    #expect(unknown?.name == "Carlos Ruiz Vidal")
    // the country the story names most, other than the other party's
    #expect(unknown?.country == "MA")
}

@Test func anOfficialTakesTheCountryTheStoryGivesElsewhere() {
    let events = Fixtures.extract("""
        Blinken held a phone call on Friday with Foreign Minister Karim Bennani Alaoui to discuss regional security.

        Moroccan Foreign Minister Karim Bennani Alaoui took office last month.
        """, published: "2023-03-04")
    #expect(events.first?.participants.first { $0.name == "Karim Bennani Alaoui" }?.country == "MA")
}

@Test func aSentenceReferringBackIsNoNewCallAndItsDateDatesNothing() {
    let events = Fixtures.extract("""
        President Emmanuel Macron on Thursday spoke to King Mohammed VI about the situation.

        The conversation was the President's first with the King since the March 3 attacks.

        On March 10, Macron received a phone call from Ayman Safadi.
        """, published: "2023-03-16")
    #expect(events.count == 2)
    let royal = events.first { Fixtures.names($0).contains("Mohammed VI") }
    #expect(royal?.date == Fixtures.day("2023-03-16"))
    #expect(!events.contains { $0.date == Fixtures.day("2023-03-03") })
}

@Test(arguments: [
    ("The call was held on Tuesday at the King's request.", "2023-03-14" as String?),
    ("It was their first call since the March 3 attacks.", nil),
    ("The call came after Tuesday's vote in parliament.", nil),
])
func onlyWhatSpeaksOfAReportedCallIsAReference(second: String, iso: String?) {
    let events = Fixtures.extract("""
        President Emmanuel Macron spoke by phone to King Mohammed VI about the situation.

        \(second)
        """, published: "2023-03-16")
    #expect(events.count == 1)
    #expect(events.first?.date == iso.map(Fixtures.day))
}

@Test(arguments: [
    "Nasser Bourita received a phone call on Monday from Antony Blinken.\n\nHis Highness also made a phone call to the Jordanian Deputy Prime Minister and Foreign Minister, Ayman Safadi.",
    "Nasser Bourita a reçu lundi un appel téléphonique d'Antony Blinken.\n\nIl a également appelé le vice-Premier ministre et ministre des Affaires étrangères de Jordanie, Hamad Ayman Safadi.",
    "Nasser Bourita recibió el lunes una llamada telefónica de Antony Blinken.\n\nTambién llamó al vice primer ministro y ministro de Asuntos Exteriores de Jordania, Ayman Safadi.",
])
func aSubjectNamedByPronounOrHonorificCallsATitledParty(text: String) {
    let events = Fixtures.extract(text, published: "2023-03-07")
    #expect(Set(events.map(Fixtures.names)) == [["Nasser Bourita", "Antony Blinken"], ["Nasser Bourita", "Ayman Safadi"]])
}

@Test(arguments: [
    "Antony Blinken spoke by phone on Thursday with the foreign ministers of Morocco and Jordan, spokesman Ned Price said.",
    "Antony Blinken spoke by phone on Thursday with Nasser Bourita and Ayman Safadi, said spokesman Ned Price.",
])
func whoReportsTheCallInAClosingAttributionIsNotOnIt(text: String) {
    let events = Fixtures.extract(text, published: "2022-05-13")
    #expect(!events.isEmpty)
    #expect(!events.contains { Fixtures.names($0).contains("Ned Price") })
}

@Test func aSpeakerAfterAQuoteThatReportsHisOwnCallIsOnIt() {
    let events = Fixtures.extract("\"Earlier today I spoke by phone with the King of Morocco and Ayman Safadi,\" Emmanuel Macron said.", published: "2023-05-04")
    #expect(events.contains { Fixtures.names($0).contains("Emmanuel Macron") })
}

// "The two ministers" are the last call's pair, however many officials of their two states the
// story names in between; "ambos" alone is such a pair.
@Test(arguments: [
    """
    Antony Blinken spoke by phone on Monday with Nasser Bourita. Spokesman Ned Price said technical talks would be led by \
    the Moroccan ambassador Youssef Amrani, the American envoy Joshua Harris and the Moroccan diplomat Omar Hilale, with \
    Matthew Miller briefing the press. The two ministers had also spoken by phone on March 3 about Gaza.
    """,
    """
    Antony Blinken habló por teléfono el lunes con Nasser Bourita. El portavoz Ned Price dijo que las conversaciones técnicas \
    estarán a cargo del embajador marroquí Youssef Amrani, del enviado estadounidense Joshua Harris y del diplomático \
    marroquí Omar Hilale, mientras Matthew Miller informará a la prensa. El pasado 3 de marzo, ambos hablaron por teléfono sobre Gaza.
    """,
])
func thePairOfTheLastCallSurvivesTheirAides(text: String) {
    let events = Fixtures.extract(text, published: "2024-06-12")
    #expect(events.map(Fixtures.names) == [["Antony Blinken", "Nasser Bourita"], ["Antony Blinken", "Nasser Bourita"]])
    #expect(events.map { $0.date?.iso } == ["2024-06-10", "2024-03-03"])
}

// "ambos" is the pair's subject only right before the call words: not when the call words belong
// to another clause or event, nor when the pair only agreed to speak.
@Test(arguments: [
    "Ambos coincidieron en la necesidad de una respuesta común antes de la cumbre por videoconferencia del jueves.",
    "Ambos quedaron en hablar por teléfono con regularidad en las próximas semanas.",
])
func ambosFarFromTheCallWordsIsNoPair(closing: String) {
    let text = "Antony Blinken se reunió el lunes en Rabat con Nasser Bourita. \(closing)"
    #expect(Fixtures.extract(text, published: "2024-06-12").isEmpty)
}

// "X's call with him", "avec lui", "con él", "معه": with one party named, the other is the party
// the story named last.
@Test(arguments: [
    "Western capitals have shunned Nasser Bourita since the crisis. Emmanuel Macron's call with him in November drew criticism.",
    "Les capitales occidentales évitent Nasser Bourita depuis la crise. Emmanuel Macron s'est toutefois entretenu avec lui par téléphone en novembre.",
    "Las capitales occidentales evitan a Nasser Bourita desde la crisis. José Manuel Albares habló por teléfono con él en noviembre.",
    "تتجنب العواصم الغربية ناصر بوريطة منذ الأزمة. لكن أيمن الصفدي تحدث معه هاتفيا في نوفمبر.",
])
func aPronounAfterWithIsThePartyNamedLast(text: String) {
    let events = Fixtures.extract(text, published: "2024-05-10")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names)?.contains("Nasser Bourita") == true)
    #expect(events.first?.participants.count == 2)
}
