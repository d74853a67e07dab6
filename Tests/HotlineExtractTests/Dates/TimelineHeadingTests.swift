import Testing
@testable import HotlineExtract

// A timeline's day headings: a heading with its weekday and full date ("Tuesday, June 10, 2025")
// is that day, not the latest Tuesday; a first date line that is one of several headings dates
// its entry, not the whole story; each entry starts afresh (a call takes no day from the entry
// above); and a day and month in an entry ("on 17 March") is of the story's year even past its
// heading's day.

@Test(arguments: ["en", "fr"])
func aHeadingsFullDateWinsOverItsWeekday(language: String) {
    let text = language == "en"
        ? """
        Nasser Bourita's week.

        Monday, March 3, 2025
        9 am: Minister Bourita chairs a staff meeting in Rabat.

        Tuesday, March 4, 2025
        8 am: Minister Bourita had a phone call with Ayman Safadi.
        """
        : """
        La semaine de Nasser Bourita.

        Lundi 3 mars 2025
        9 h : le ministre Bourita préside une réunion à Rabat.

        Mardi 4 mars 2025
        8 h : le ministre Bourita a eu un entretien téléphonique avec Ayman Safadi.
        """
    // published on a Friday: the latest Tuesday would be the 11th's week before, not the 4th
    let events = Fixtures.extract(text, published: "2025-03-14")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2025-03-04")
}

@Test func aTimelinesFirstDateLineDatesItsEntryOnly() {
    let text = """
    Key dates

    4 March 2025
    Nasser Bourita meets Ayman Safadi in Cairo.

    16-17 March 2025
    Border tensions. Nasser Bourita phones Ayman Safadi on 17 March.

    29 March 2025
    Phone call between José Manuel Albares and Ayman Safadi.
    """
    let events = Fixtures.extract(text, published: "2025-04-16")
    let bySafadiPartner = Dictionary(uniqueKeysWithValues: events.map { ($0.participants.compactMap(\.name).first { $0 != "Ayman Safadi" } ?? "", $0.date?.iso) })
    #expect(events.count == 2)
    #expect(bySafadiPartner["Nasser Bourita"] == "2025-03-17")
    #expect(bySafadiPartner["José Manuel Albares"] == "2025-03-29")
}
