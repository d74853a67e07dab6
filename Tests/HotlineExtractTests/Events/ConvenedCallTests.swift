import Testing
@testable import HotlineExtract

// Who convened a call placed it; an indefinite video call with several counterparts is one call
// of all of them.

@Test(arguments: [
    "El canciller José Manuel Albares convocó este martes una videollamada con sus pares de Marruecos, Nasser Bourita, y de Jordania, Ayman Safadi, para preparar la cumbre.",
    "Foreign Minister José Manuel Albares convened a video call on Tuesday with his counterparts from Morocco, Nasser Bourita, and Jordan, Ayman Safadi.",
])
func whoConvenedAVideoCallWithSeveralCounterpartsPlacedOneCall(text: String) {
    let events = Fixtures.extract(text, published: "2023-03-08")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["José Manuel Albares", "Nasser Bourita", "Ayman Safadi"])
    #expect(Fixtures.caller(events.first) == "José Manuel Albares")
    #expect(events.first?.date == Fixtures.day("2023-03-07"))
}

@Test func counterpartsOnACallWithoutAnIndefiniteVideoNounAreStillCalledOneByOne() {
    let events = Fixtures.extract("El canciller José Manuel Albares habló este martes por teléfono con sus pares de Marruecos, Nasser Bourita, y de Jordania, Ayman Safadi.",
                                  published: "2023-03-08")
    #expect(events.count == 2)
}

// A capital stands for its government in an initiative phrase; an initiative phrase opening the
// sentence after a call's tells who placed it.
@Test(arguments: [
    "Antony Blinken and Nasser Bourita held a phone call on Monday. The call was arranged at the request of Rabat, a State Department official said.",
    "Antony Blinken et Nasser Bourita se sont entretenus au téléphone lundi. L'échange a eu lieu à l'initiative du ministre marocain, selon Rabat.",
    "Antony Blinken and Nasser Bourita held a phone call on Monday. The exchange took place at the invitation of the Moroccan minister.",
])
func anInitiativeRightAfterTheCallNamesItsCaller(text: String) {
    let events = Fixtures.extract(text, published: "2023-03-08")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "Nasser Bourita")
}

@Test func anInitiativeDeepInTheNextSentenceIsAnotherEventsRequest() {
    let events = Fixtures.extract("""
        Selon l'Élysée, le chef de l'État Emmanuel Macron a appelé le roi Mohammed VI dans la soirée de dimanche. Sur une radio, lundi, il a confirmé que des avions français avaient escorté le convoi humanitaire à la demande du Maroc.
        """, published: "2023-03-08")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "Emmanuel Macron")
}

// A from-word after the called party's marker belongs to the called party's title ("al jefe del
// Gobierno"), not to a caller.
@Test func aFromWordInTheCalledPartysTitleNamesNoCaller() {
    let events = Fixtures.extract("El presidente francés, Emmanuel Macron, llamó este viernes por teléfono al jefe del Ejecutivo y del partido gobernante de Marruecos, el rey Mohammed VI.",
                                  published: "2023-03-11")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) != "Mohammed VI")
}
