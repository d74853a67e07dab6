import Testing
@testable import HotlineExtract

// A headline above the story: a section label above it is not it; it names by surname whom the
// lead names in full; an undated headline call the body refers back to on its day is not an
// earlier call of the pair the body dates later.

@Test func aSectionLabelAboveTheHeadlineIsNotTheHeadline() {
    let story = Story(paragraphs: ["Afrique", "Khoury et Bourita se sont entretenus par téléphone", "Le corps de l'article."])
    #expect(story.paragraphs.first == "Khoury et Bourita se sont entretenus par téléphone")
    let kept = Story(paragraphs: ["Khoury et Bourita se sont entretenus", "Le corps de l'article."])
    #expect(kept.paragraphs.count == 2)
}

@Test(arguments: [
    "Monde\n\nKhoury et Bourita ont échangé par visioconférence\n\nLe Premier ministre jordanien Samir Haddad Khoury et le ministre Nasser Bourita ont fait le point dimanche sur la coopération.",
    "World\n\nKhoury, Bourita hold video call\n\nJordanian Prime Minister Samir Haddad Khoury and Foreign Minister Nasser Bourita reviewed cooperation on Sunday.",
])
func aHeadlineNamesBySurnameWhomTheLeadNamesInFull(text: String) {
    let events = Fixtures.extract(text, published: "2024-01-10")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Samir Haddad Khoury", "Nasser Bourita"])
}

@Test func anUndatedHeadlineCallIsNotTheEarlierCallTheBodyDates() {
    let text = """
    Macron, Bourita discuss migration by phone

    During the phone call on Monday, Bourita told his French counterpart that cooperation was strong.

    Macron had already called Bourita on January 9 to discuss the same issue.
    """
    let events = Fixtures.extract(text, published: "2024-03-06")
    #expect(events.count == 2)
    #expect(Set(events.compactMap { $0.date?.iso }) == ["2024-03-04", "2024-01-09"])
}

// A headline quotes a call told in the first person ("X : « J'ai eu au téléphone Y »"); the body
// quotes it again with its day and names only the other party: the headline's call, on that day.
@Test(arguments: [
    ("Nasser Bourita : « J'ai eu au téléphone le président Macron »\n\n« Samedi soir, j'ai eu au téléphone le président Emmanuel Macron. » C'est par ces mots que le ministre a ouvert lundi le débat.", "fr"),
    ("Nasser Bourita: \"I had President Macron on the phone\"\n\n\"On Saturday evening I spoke by phone with President Emmanuel Macron.\" With these words the minister opened the debate on Monday.", "en"),
])
func aFirstPersonCallQuotedWithItsDayDatesTheHeadlinesCall(text: String, language: String) {
    // published on Tuesday 2025-03-04
    let events = Fixtures.extract(text, published: "2025-03-04")
    #expect(events.map { Set(Fixtures.names($0)) } == [["Nasser Bourita", "Emmanuel Macron"]])
    #expect(events.first?.date?.iso == "2025-03-01")
}

// A headline that lists the parties of the body's calls pairs none of them ("A, B and C: the
// round of calls of X").
@Test func aHeadlineListingTheBodysPartiesPairsNoneOfThem() {
    let events = Fixtures.extract("""
        Safadi, Bourita y Blinken: la ronda de llamadas con la que Albares busca apoyos

        El lunes, José Manuel Albares llamó a Nasser Bourita. El martes, Albares habló por teléfono con Ayman Safadi. El miércoles, Albares recibió una llamada de Antony Blinken.
        """, published: "2023-03-10")
    #expect(events.count == 3)
    #expect(events.allSatisfy { Fixtures.names($0).contains("José Manuel Albares") })
}

// A headline's call with a party given only by office ("X y un ministro español abordan por
// teléfono ...") is the talk the body reports of X with the person of that country, who names
// the office, on the body's day (an Arabic talking verb, "تباحث ... مع", too).
@Test(arguments: [
    ("Bourita y un ministro español abordan por teléfono la Copa del Mundo\n\nNasser Bourita conversó el martes con la ministra española de Industria, Lucía Ferrández Olmo, sobre la coordinación de los dos países.",
     "Lucía Ferrández Olmo"),
    ("بوريطة ونظيره الإسباني يبحثان هاتفيا التحضير لكأس العالم\n\nتباحث ناصر بوريطة الثلاثاء مع خوسيه مانويل ألباريس بشأن التنسيق بين البلدين.",
     "José Manuel Albares"),
])
func aBodyTalkNamesTheHeadlinesCounterpart(text: String, other: String) {
    let events = Fixtures.extract(text, published: "2025-03-26")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", other])
    #expect(events.first?.date == Fixtures.day("2025-03-25"))
}

// Under a headline that reports a call, a body sentence with no call word that names its two
// parties, then a noun of the exchange, and gives one day, is the call's day.
@Test(arguments: [
    "Rabat et Paris : Bourita et Macron renouent le contact au téléphone\n\nAprès des mois de froid, Nasser Bourita et Emmanuel Macron ont eu mardi 4 mars, en fin de journée, un « long échange cordial », selon un communiqué.",
    "Rabat and Paris: Bourita and Macron renew contact by phone\n\nAfter months of chill, Nasser Bourita and Emmanuel Macron had on Tuesday a long and cordial exchange, a statement said.",
])
func aBodyExchangeOfTheHeadlinePairDatesItsCall(text: String) {
    let events = Fixtures.extract(text, published: "2025-03-05")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Emmanuel Macron"])
    #expect(events.first?.date == Fixtures.day("2025-03-04"))
}
