import Testing
@testable import HotlineExtract

// A round-up's day headings with a weekday and a day of a month ("MARDI 4 MARS") are those
// days, even when the page's first line is such a heading; a weekday that recurs ("Chaque
// samedi, la rédaction ...") dates nothing.

private let roundUp = """
LUNDI 3 MARS
Le Premier ministre a reçu une délégation.

MARDI 4 MARS
Nasser Bourita a reçu un appel de José Manuel Albares.

JEUDI 6 MARS
Ayman Safadi a téléphoné à Nasser Bourita.
"""

@Test func weekdayHeadingsWithTheirMonthDateTheirEntries() {
    let events = Fixtures.extract(roundUp, published: "2025-03-08")
    let days = Dictionary(uniqueKeysWithValues: events.map { (Fixtures.names($0).sorted().joined(separator: "/"), $0.date?.iso ?? "") })
    #expect(days == ["José Manuel Albares/Nasser Bourita": "2025-03-04", "Ayman Safadi/Nasser Bourita": "2025-03-06"])
}

@Test func aRecurringWeekdayDatesNothing() {
    let text = "Chaque samedi, notre équipe résume les sept jours écoulés.\n\n" + roundUp
    let events = Fixtures.extract(text, published: "2025-03-08")
    #expect(Set(events.compactMap { $0.date?.iso }) == ["2025-03-04", "2025-03-06"])
}

@Test(arguments: [
    "Plus tard, Nasser Bourita et Ayman Safadi ont parlé au téléphone, à une date qui n'a pas été rendue publique.",
    "Nasser Bourita and Ayman Safadi later spoke by phone on an undisclosed date.",
    "Nasser Bourita y Ayman Safadi hablaron por teléfono en una fecha no precisada.",
])
func anUndisclosedDateLeavesTheCallUndated(text: String) {
    let events = Fixtures.extract(text, published: "2023-12-10")
    #expect(events.count == 1)
    #expect(events.first?.date == nil)
}

// A lead that opens on the day and then names the headline's pair dates the headline's call.
@Test func aLeadOpeningOnItsDayDatesTheHeadlineCall() {
    let text = """
    Albares y Bourita conversan por teléfono

    Este viernes 22 de noviembre, José Manuel Albares y su par marroquí, Nasser Bourita, abordaron la cooperación migratoria.
    """
    let events = Fixtures.extract(text, published: "2024-11-23")
    #expect(events.map(Fixtures.names) == [["José Manuel Albares", "Nasser Bourita"]])
    #expect(events.first?.date?.iso == "2024-11-22")
}
