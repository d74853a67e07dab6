import Testing
@testable import HotlineExtract

// French call reports beyond the stock formulas: plural exchanges, the other spelling of
// "vidéoconférence", a woman's "s'est entretenue", the present plural of headlines.

@Test(arguments: [
    "Emmanuel Macron a eu lundi des échanges téléphoniques avec Nasser Bourita sur la situation régionale.",
    "Emmanuel Macron et Nasser Bourita ont échangé lundi en vidéoconférence sur la situation régionale.",
    "Emmanuel Macron a tenu lundi une téléconférence avec Nasser Bourita sur la situation régionale.",
])
func frenchCallWordsReportACall(text: String) {
    let events = Fixtures.extract(text, published: "2024-03-06")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Emmanuel Macron", "Nasser Bourita"])
    #expect(events.first?.date?.iso == "2024-03-04")
}

@Test func aWomansTalkInAReadoutIsACall() {
    let text = "La ministre jordanienne Samira Haddad s'est entretenue lundi avec Nasser Bourita de la coopération régionale."
    let events = Fixtures.extract(text, published: "2024-03-06")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Samira Haddad", "Nasser Bourita"])
}

// A headline naming the hub by title and surname ("du président Khoury") with its two other
// parties is not a call between those two.
@Test func aHeadlinesHubNamedBySurnameIsNotLeftOut() {
    let text = """
    Premiers échanges téléphoniques du président Khoury avec Macron et Bourita

    Le président jordanien Samir Haddad Khoury s'est entretenu lundi par téléphone avec Emmanuel Macron, puis avec Nasser Bourita.
    """
    let events = Fixtures.extract(text, published: "2024-03-06")
    #expect(!events.contains { Fixtures.names($0) == ["Emmanuel Macron", "Nasser Bourita"] })
    #expect(events.contains { Fixtures.names($0) == ["Samir Haddad Khoury", "Emmanuel Macron"] })
}

@Test func aFrenchPhoneDiscussionIsACall() {
    let events = Fixtures.extract("Emmanuel Macron a eu lundi une discussion téléphonique avec Nasser Bourita.", published: "2024-03-06")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2024-03-04")
}

// "une communication téléphonique" is a call; "a contacté par téléphone X" is an active perfect,
// a call, while "Contacté par téléphone, le ministre ..." is the press reaching him.
@Test(arguments: [
    "Au cours d'une communication téléphonique jeudi, le roi Mohammed VI et le président Emmanuel Macron ont évoqué le partenariat.",
    "Le président Emmanuel Macron a contacté par téléphone le roi Mohammed VI jeudi.",
])
func frenchCallWordsOfTheCommuniques(text: String) {
    let events = Fixtures.extract(text, published: "2023-06-10")
    #expect(events.count == 1)
    #expect(events.first?.date == Fixtures.day("2023-06-08"))
}

@Test func aMinisterReachedByPhoneByThePressIsNoCall() {
    #expect(Fixtures.extract("Contacté par téléphone, le ministre Nasser Bourita a refusé de commenter les propos d'Antony Blinken.", published: "2023-06-10").isEmpty)
}

// "se sont téléphoné", "se llamaron": a reciprocal call.
@Test(arguments: [
    "Le roi Mohammed VI et le président Emmanuel Macron se sont téléphoné jeudi.",
    "El rey Mohammed VI y el presidente Emmanuel Macron se llamaron el jueves.",
])
func aReciprocalCallVerbReportsACall(text: String) {
    let events = Fixtures.extract(text, published: "2023-06-10")
    #expect(events.count == 1)
    #expect(events.first?.date == Fixtures.day("2023-06-08"))
}

// A leader's first-person report in French: "Je viens de m'entretenir avec X".
@Test func aFirstPersonReportInFrenchIsACall() {
    let events = Fixtures.extract("\"Je viens de m'entretenir avec Nasser Bourita\", a écrit Emmanuel Macron mardi sur X.", published: "2024-06-12")
    #expect(events.map(Fixtures.names) == [["Nasser Bourita", "Emmanuel Macron"]])
}

// A date adverbial set off by commas between the verb and its object ("a téléphoné avant-hier,
// lundi, à X"), and a subject pronoun after a fronted adverbial ("La veille, vendredi, il ...").
@Test func aDateBetweenCommasStandsBetweenTheVerbAndItsObject() {
    let text = "Emmanuel Macron a téléphoné avant-hier, lundi, au ministre marocain Nasser Bourita."
    let events = Fixtures.extract(text, published: "2024-10-09")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2024-10-07")
    #expect(Fixtures.caller(events.first) == "Emmanuel Macron")
}

@Test func aPronounAfterAFrontedAdverbialIsTheSubject() {
    let text = "Nasser Bourita a téléphoné samedi à Antony Blinken. La veille, vendredi, il s'était entretenu au téléphone avec José Manuel Albares."
    let events = Fixtures.extract(text, published: "2025-03-03")
    #expect(events.count == 2)
    #expect(events.contains { Fixtures.names($0) == ["Nasser Bourita", "José Manuel Albares"] && $0.date?.iso == "2025-02-28" })
}

// "a échangé mardi avec X": a talking verb, a call in a story that reports no meeting; not in
// one that does.
@Test func exchangingWithSomeoneIsATalk() {
    let events = Fixtures.extract("Nasser Bourita a échangé mardi avec Antony Blinken sur le plan d'autonomie.", published: "2025-03-12")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2025-03-11")
    #expect(Fixtures.extract("Emmanuel Macron a reçu mardi Nasser Bourita à l'Élysée. Ils ont échangé avec Ayman Safadi.", published: "2025-03-12").isEmpty)
}

// "a tenu à appeler": made a point of calling, a call made.
@Test func madeAPointOfCallingIsACall() {
    let events = Fixtures.extract("Le même jour, le roi Mohammed VI a tenu à appeler le président Emmanuel Macron.", published: "2020-12-10")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "Mohammed VI")
}
