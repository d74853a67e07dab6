import Testing
@testable import HotlineExtract

// A round-up of the week lists its entries under day headings ("MONDAY. ...", or a line
// "Mardi" above a paragraph): a call an entry reports without a date of its own took place on
// its heading's day, and its topics stop at the next entry.

@Test(arguments: ["en", "fr"])
func anEntryUnderADayHeadingTakesItsDay(language: String) {
    let text = language == "en"
        ? """
        The minister's week

        MONDAY. After the storm, Nasser Bourita spoke by phone with Ayman Safadi about the refugee camps.

        WEDNESDAY. Bourita chaired a meeting on water policy and the energy transition in Rabat.
        """
        : """
        La semaine du ministre

        LUNDI. Après la tempête, Nasser Bourita s'est entretenu par téléphone avec Ayman Safadi au sujet des camps de réfugiés.

        MERCREDI. Bourita a présidé une réunion sur la politique de l'eau et la transition énergétique à Rabat.
        """
    // published on Saturday 2025-02-08: the Monday is 2025-02-03
    let events = Fixtures.extract(text, published: "2025-02-08")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2025-02-03")
    #expect(events.first?.topics.contains { $0.id == "energy" } == false)
}

@Test func aDayHeadingOnItsOwnLineDatesTheNextParagraph() {
    let text = """
    The minister's diplomatic diary

    Tuesday

    Nasser Bourita received a phone call from Ayman Safadi.

    Thursday

    Bourita flew to Madrid for a conference.
    """
    let events = Fixtures.extract(text, published: "2025-02-08")
    #expect(events.first?.date?.iso == "2025-02-04")
}

@Test func oneDateLineAloneIsNoRoundUp() {
    // (the date above an article, below its first lines, is no entry heading of the call below it)
    let text = """
    Diplomacy

    Nasser Bourita received a phone call from Ayman Safadi on regional developments.

    Tuesday

    The ministry issued a travel advisory.
    """
    let events = Fixtures.extract(text, published: "2025-02-08")
    #expect(events.count == 1)
    #expect(events.first?.date == nil)
}

// Each entry is read as a story of its own: a second call of one pair in a later entry stays a
// call of its own day, and a talking verb in an entry that reports no other call is its readout.
@Test(arguments: ["en", "es"])
func eachEntryOfARoundUpKeepsItsOwnCalls(language: String) {
    let text = language == "en"
        ? """
        The minister's week

        MONDAY. Nasser Bourita received a phone call from Ayman Safadi about the refugee camps.

        TUESDAY. Bourita spoke with US Secretary of State Antony Blinken.

        FRIDAY. Bourita and Safadi were back on the phone, their second call this week.
        """
        : """
        La semana del ministro

        LUNES. Nasser Bourita recibió una llamada telefónica de Ayman Safadi sobre los campos de refugiados.

        MARTES. Bourita conversó con el secretario de Estado estadounidense Antony Blinken.

        VIERNES. Bourita y Safadi volvieron a hablar por teléfono, su segunda conversación de la semana.
        """
    // published on Saturday 2025-02-08
    let events = Fixtures.extract(text, published: "2025-02-08")
    let dated = events.map { "\($0.date?.iso ?? "-") \(Fixtures.names($0).sorted().joined(separator: "+"))" }.sorted()
    #expect(dated == ["2025-02-03 Ayman Safadi+Nasser Bourita", "2025-02-04 Antony Blinken+Nasser Bourita",
                      "2025-02-07 Ayman Safadi+Nasser Bourita"])
}

@Test func aTalkOfANewPairInAnEntryWithACallStaysATalk() {
    // (within one entry, as in a story, a new pair's talk next to a reported call is in person)
    let text = """
    The minister's week

    MONDAY. Nasser Bourita received a phone call from Ayman Safadi. In Rabat, Bourita spoke with Antony Blinken.

    THURSDAY. Bourita chaired a meeting on water policy.
    """
    let events = Fixtures.extract(text, published: "2025-02-08")
    #expect(events.map { Fixtures.names($0).sorted() } == [["Ayman Safadi", "Nasser Bourita"]])
}

// A page of dated entries, "14 juin 2025, 15:40" above a title line and a body: the body's
// undated call took place on its entry's day.
@Test func anEntryHeadedByADateAndTimeTakesItsDayOverSeveralParagraphs() {
    let events = Fixtures.extract("""
        Actualités du ministère

        10 mars 2023, 15:40
        Entretien téléphonique avec Ayman Safadi
        Conversation au téléphone entre Nasser Bourita et Ayman Safadi.

        8 mars 2023, 11:00
        Réunion sur la politique de l'eau
        Nasser Bourita a présidé une réunion à Rabat.

        6 mars 2023, 09:30
        Entretien téléphonique avec Antony Blinken
        Conversation de Nasser Bourita avec Antony Blinken, par téléphone.
        """, published: "2023-03-10")
    #expect(events.count == 2)
    #expect(events.first { Fixtures.names($0).contains("Ayman Safadi") }?.date == Fixtures.day("2023-03-10"))
    #expect(events.first { Fixtures.names($0).contains("Antony Blinken") }?.date == Fixtures.day("2023-03-06"))
}

// A heading of a weekday and a day number with no month ("Domingo 12", "Lundi 13") is that
// weekday's latest date falling on that day of a month: an entry's call that its sentence dates
// only by another event ("en la víspera de la cumbre") takes it.
@Test func aWeekdayAndDayNumberHeadingDatesItsEntry() {
    let text = """
    La semana del ministro

    Domingo 12
    En la víspera de la cumbre, José Manuel Albares habló por teléfono con Nasser Bourita sobre la cooperación migratoria.

    Martes 14
    El ministro presidió una reunión sobre la política de visados.

    Miércoles 15
    Albares recibió una llamada de Ayman Safadi sobre la ayuda humanitaria.
    """
    // published on Saturday 2025-10-18: Sunday the 12th and Wednesday the 15th of October
    let events = Fixtures.extract(text, published: "2025-10-18")
    #expect(events.first { Fixtures.names($0).contains("Nasser Bourita") }?.date?.iso == "2025-10-12")
    #expect(events.first { Fixtures.names($0).contains("Ayman Safadi") }?.date?.iso == "2025-10-15")
}
