import Testing
@testable import HotlineExtract

// A call reported in each language, once per real call.

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

@Test func repeatedReportsMakeOneEvent() {
    let text = """
    Antony Blinken held a phone call with Nasser Bourita on Monday.

    During the call, Blinken and Bourita discussed regional security. Bourita told Blinken on the phone that ties were strong.
    """
    #expect(Fixtures.extract(text, published: "2023-02-01").count == 1)
}

// British spelling, video links, teleconferences, phone exchanges and discussions; Arabic "هاتفه".
@Test(arguments: [
    "Emmanuel Macron dialled Nasser Bourita on Monday to discuss regional security.",
    "Emmanuel Macron held a teleconference with Nasser Bourita on Monday.",
    "Emmanuel Macron and Nasser Bourita spoke by videolink on Monday.",
    "Emmanuel Macron had a telephone discussion with Nasser Bourita on Monday.",
    "Emmanuel Macron had a brief phone exchange with Nasser Bourita on Monday.",
    "ناصر بوريطة هاتفه أيمن الصفدي يوم الاثنين لبحث الأوضاع الإقليمية.",
    "Emmanuel Macron mantuvo el lunes un intercambio telefónico con Nasser Bourita sobre la seguridad regional.",
])
func lessCommonCallWordsReportACall(text: String) {
    let events = Fixtures.extract(text, published: "2024-03-06")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2024-03-04")
}

// Colloquial reports: "got on the line to" (the caller first), "rung", "charlaron".
@Test(arguments: [
    ("Antony Blinken got on the line to Nasser Bourita on Tuesday.", "Antony Blinken"),
    ("Antony Blinken has rung Nasser Bourita, most recently on Tuesday.", "Antony Blinken"),
    ("Antony Blinken y Nasser Bourita charlaron el martes sobre la región.", nil),
])
func colloquialReportsAreCalls(text: String, caller: String?) {
    let events = Fixtures.extract(text, published: "2023-02-01")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Antony Blinken", "Nasser Bourita"])
    #expect(events.first.flatMap { e in e.initiator.flatMap { e.participants[$0].name } } == caller)
}

@Test func somethingOnTheLineIsNoCall() {
    #expect(Fixtures.extract("Jobs are on the line with Antony Blinken's plan, Nasser Bourita said on Tuesday.", published: "2023-02-01").isEmpty)
}

@Test func aPairOnTheLineHadACall() {
    let events = Fixtures.extract("Emmanuel Macron and Nasser Bourita were on the line for an hour on Tuesday.", published: "2024-06-12")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2024-06-11")
}

// Getting off the phone with someone tells of the call just held; "phones" as a plural noun
// in a headline places no call.
@Test func gettingOffThePhoneWithSomeoneIsACall() {
    let events = Fixtures.extract("Nasser Bourita says he has just got off the phone with Jordanian Foreign Minister Ayman Safadi.", published: "2025-03-04")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Ayman Safadi"])
    #expect(Fixtures.caller(events.first) == nil)
}

@Test func phonesAsANounInAHeadlinePlacesNoCall() {
    let text = "Bourita's week: phones, envoys and a summit\n\nOn Monday, Nasser Bourita spoke by phone with Ayman Safadi about the summit."
    let events = Fixtures.extract(text, published: "2025-02-08")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == nil)
}

@Test func chattingWithSomeoneIsATalk() {
    let events = Fixtures.extract("Nasser Bourita chatted with Antony Blinken on Tuesday about the autonomy plan.", published: "2025-03-12")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Antony Blinken"])
}
