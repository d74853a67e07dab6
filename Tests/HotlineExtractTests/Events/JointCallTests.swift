import Testing
@testable import HotlineExtract

// Calls one hub made one by one ("sendas", "separate calls", "puis au ...") against one call of
// all the parties ("trilateral", "los tres cancilleres").

@Test(arguments: [
    "Albares mantuvo ayer sendas conversaciones telefónicas con sus homólogos de Marruecos, Nasser Bourita, y de Jordania, Ayman Safadi.",
    "Macron a téléphoné au roi Mohammed VI, puis au ministre jordanien des Affaires étrangères Ayman Safadi, samedi.",
])
func distributiveCallsAreOnePerCounterpart(text: String) {
    let events = Fixtures.extract(text, published: "2023-03-05")
    #expect(events.count == 2)
    #expect(events.allSatisfy { $0.participants.count == 2 })
}

@Test func namedCounterpartsTheKnowledgeBaseLacksAreCalledOneByOne() {
    let events = Fixtures.extract("""
        José Manuel Albares mantuvo el miércoles sendas conversaciones telefónicas con sus pares de Marruecos, Karim Bennani Alaoui, y de Jordania, Samir Haddad Khoury.
        """, published: "2023-03-03")
    let byName = Dictionary(uniqueKeysWithValues: events.flatMap(\.participants).filter { $0.officialID == nil }.map { ($0.name ?? "", $0.country) })
    #expect(events.count == 2)
    #expect(byName == ["Karim Bennani Alaoui": "MA", "Samir Haddad Khoury": "JO"])
}

@Test(arguments: [
    "The foreign ministers of Morocco, Jordan and Spain, Nasser Bourita, Ayman Safadi and José Manuel Albares, held a trilateral phone call on Wednesday.",
    "El ministro Albares sostuvo este jueves una videoconferencia con sus pares de Marruecos, Nasser Bourita, y de Jordania, Ayman Safadi, en la que los tres cancilleres acordaron coordinarse.",
    "José Manuel Albares mantuvo el jueves una conversación telefónica a tres bandas con sus homólogos de Marruecos y Jordania, Nasser Bourita y Ayman Safadi.",
])
func aJointCallIsOneEventOfAllItsParties(text: String) {
    let events = Fixtures.extract(text, published: "2023-03-02")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Ayman Safadi", "José Manuel Albares"])
}

@Test func aCallNounReadsAsANounAcrossADateBeforeWith() {
    let events = Fixtures.extract("Antony Blinken held separate calls on Thursday with his counterparts from Morocco, Nasser Bourita, and Jordan, Ayman Safadi.",
                                  published: "2023-03-03")
    #expect(Set(events.map(Fixtures.names)) == [["Antony Blinken", "Nasser Bourita"], ["Antony Blinken", "Ayman Safadi"]])
    #expect(events.allSatisfy { $0.date == Fixtures.day("2023-03-02") })
}

// A video conference or virtual meeting with a plural title is one call of all of them, and
// "video conference" in two words is a call word.
@Test(arguments: [
    ("On Friday Antony Blinken joined the foreign ministers of Morocco, Spain and Jordan, Nasser Bourita, José Manuel Albares and Ayman Safadi, for a virtual meeting about maritime trade.", "en"),
    ("Antony Blinken, Nasser Bourita, José Manuel Albares and Ayman Safadi took part on Friday in a video conference on regional security.", "en"),
    ("Antony Blinken a tenu vendredi une réunion virtuelle avec les ministres des Affaires étrangères du Maroc, d'Espagne et de Jordanie, Nasser Bourita, José Manuel Albares et Ayman Safadi.", "fr"),
    ("Antony Blinken mantuvo el viernes una reunión virtual con los cancilleres de Marruecos, España y Jordania, Nasser Bourita, José Manuel Albares y Ayman Safadi.", "es"),
])
func aVirtualMeetingWithSeveralMinistersIsOneCall(text: String, language: String) {
    let events = Fixtures.extract(text, published: "2024-01-13")
    #expect(events.map(Fixtures.names) == [["Antony Blinken", "Nasser Bourita", "José Manuel Albares", "Ayman Safadi"]])
}

// A video conference with several counterparts is one call of them all.
@Test(arguments: [
    "José Manuel Albares s'est entretenu mardi par visioconférence avec ses homologues marocain, Nasser Bourita, et jordanien, Ayman Safadi.",
    "José Manuel Albares conversó el martes por videoconferencia con sus homólogos de Marruecos, Nasser Bourita, y de Jordania, Ayman Safadi.",
    "José Manuel Albares spoke on Tuesday by videoconference with his counterparts from Morocco, Nasser Bourita, and Jordan, Ayman Safadi.",
])
func aVideoConferenceWithSeveralCounterpartsIsOneCall(text: String) {
    let events = Fixtures.extract(text, published: "2023-03-08")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["José Manuel Albares", "Nasser Bourita", "Ayman Safadi"])
}

// "has spoken to both A and B": two calls, one with each.
@Test func spokenToBothIsACallWithEach() {
    let events = Fixtures.extract("The Elysee said Emmanuel Macron spoke by telephone to both King Mohammed VI and Ayman Safadi on Tuesday.", published: "2023-03-08")
    #expect(events.count == 2)
    #expect(events.allSatisfy { $0.participants.count == 2 })
}

// Counterparts joined to the subject before the call's words hold one call together; a party
// named in a clause on the situation ("donde ..., where ...") is not on it.
@Test(arguments: [
    "El ministro José Manuel Albares y sus homólogos de Marruecos, Nasser Bourita, y de Jordania, Ayman Safadi, sostuvieron el lunes una videollamada para dar seguimiento a la situación en Gaza, donde Antony Blinken anunció una nueva ronda de contactos.",
    "José Manuel Albares and his counterparts from Morocco, Nasser Bourita, and Jordan, Ayman Safadi, held a video call on Monday on the situation in Gaza, where Antony Blinken announced new contacts.",
])
func counterpartsJoinedToTheSubjectHoldOneCall(text: String) {
    let events = Fixtures.extract(text, published: "2023-03-08")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["José Manuel Albares", "Nasser Bourita", "Ayman Safadi"])
}
