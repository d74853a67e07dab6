import Testing
@testable import HotlineExtract

// Whom a pair phrase ("ambos ministros", "the two ministers") stands for: two ministers, not a
// head of state named beside them, and never the spokesperson who tells of the call.

@Test func aMinisterPairPhraseIsNoHeadOfStateNamedBeforeIt() {
    let events = Fixtures.extract("""
        José Manuel Albares suspendió su viaje a Rabat, donde iba a reunirse con su homólogo, Nasser Bourita, y a ser recibido por el rey Mohammed VI. El viaje se había preparado después de que ambos ministros conversaran por teléfono el pasado 18 de enero.
        """, published: "2023-02-12")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["José Manuel Albares", "Nasser Bourita"])
}

@Test func aNamedSpokespersonTellingOfThePairsCallIsNotOnIt() {
    let text = """
        South Korea's President Lee Jae-myung had a first telephone conversation with Japanese Prime Minister Shigeru Ishiba since Lee took office, Seoul said.

        Spokeswoman Kang Yu-jung said at a briefing that the two leaders spoke on Monday night.
        """
    let events = Extractor().extract(Article(text: text, publishedAt: Fixtures.day("2025-06-11"), language: "en")).events
    #expect(events.count == 1)
    #expect(events.first.map { Set($0.participants.compactMap(\.name)) } == ["Lee Jae-myung", "Shigeru Ishiba"])
    #expect(events.first?.date == Fixtures.day("2025-06-09"))
}

// "les trois dirigeants", "the three leaders": the last three parties the story named.
@Test(arguments: [
    "Emmanuel Macron, José Manuel Albares et Ayman Safadi se sont retrouvés samedi à Amman. Puis, les trois dirigeants ont eu un entretien téléphonique avec Antony Blinken.",
    "Emmanuel Macron, José Manuel Albares and Ayman Safadi gathered in Amman on Saturday. Then the three leaders held a phone call with Antony Blinken.",
])
func aNumberedGroupIsTheLastPartiesTheStoryNamed(text: String) {
    let events = Fixtures.extract(text, published: "2023-03-12")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Emmanuel Macron", "José Manuel Albares", "Ayman Safadi", "Antony Blinken"])
}

@Test func aNumberedGroupTheStoryNamedTooFewOfAddsNoOne() {
    let events = Fixtures.extract("Emmanuel Macron était samedi à Amman. Les trois dirigeants ont eu un entretien téléphonique avec Antony Blinken.",
                                  published: "2023-03-12")
    #expect(events.allSatisfy { $0.participants.count <= 2 })
}

// "the two heads of state" in a sentence that names two states and no one else: the leaders of
// those states on the call's day, not the last two parties the story named.
@Test func theTwoHeadsOfStateOfTheTwoStatesTheSentenceNames() {
    let text = """
        On Monday Xi Jinping and Lula held a telephone conversation. Beijing expects that the US and China will keep to what the two heads of state agreed in their phone call in June.
        """
    let events = Extractor().extract(Article(text: text, publishedAt: EventDate(iso: "2025-08-12"), language: "en")).events
    let june = events.first { $0.date == EventDate(iso: "2025-06") }
    #expect(june.map { Set($0.participants.compactMap(\.name)) } == ["Donald Trump", "Xi Jinping"])
}
