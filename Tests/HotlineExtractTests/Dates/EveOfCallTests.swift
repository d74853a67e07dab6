import Testing
@testable import HotlineExtract

/// "La veille de cet entretien", "the day before that call" (`eventOfCall` after an `eventOf`
/// word): the day before the call the story told last, not a vague eve of another event.
@Suite struct EveOfCallTests {
    @Test(arguments: [
        """
        Nasser Bourita, chef de la diplomatie marocaine, a parlé jeudi au téléphone avec José Manuel Albares. \
        Mercredi soir, Bourita avait accordé une interview à une radio. \
        La veille de cet appel avec M. Albares, Nasser Bourita avait téléphoné au ministre jordanien Ayman Safadi.
        """,
        """
        Moroccan Foreign Minister Nasser Bourita spoke by phone on Thursday with Spain's José Manuel Albares. \
        On Wednesday evening Bourita gave an interview to a radio station. \
        The day before that call with Albares, Nasser Bourita had telephoned Jordan's Ayman Safadi.
        """,
    ])
    func theEveOfTheStorysCallIsTheDayBeforeIt(text: String) {
        let events = Fixtures.extractBundled(text, published: "2025-03-07")
        let safadi = events.first { Fixtures.names($0).contains("Ayman Safadi") }
        #expect(events.count == 2)
        #expect(safadi.map(Fixtures.names) == ["Nasser Bourita", "Ayman Safadi"])
        #expect(safadi?.date == Fixtures.day("2025-03-05"))
    }

    // (guard: the eve of another event stays undated)
    @Test func theEveOfASummitDatesNoCall() {
        let events = Fixtures.extractBundled(
            "La veille du sommet, Nasser Bourita avait téléphoné au ministre jordanien Ayman Safadi.", published: "2025-03-07")
        #expect(events.count == 1)
        #expect(events.first?.date == nil)
    }
}
