import Testing
@testable import HotlineExtract

// A pair phrase ("the two leaders", "les deux dirigeants", "los dos mandatarios") after a
// headline that summed up two calls ("X holds phone talks with the presidents of A and B") is
// the pair of the body's last call before it (X and A), not the headline's last pair (X and B):
// "the two leaders had also spoken by phone in December" is an earlier X–A call, dated to the
// month. (The bundled knowledge base.)

@Test(arguments: [
    ("Boric holds phone talks with the presidents of Argentina and Colombia",
     """
     President Gabriel Boric of Chile called President Javier Milei of Argentina on Tuesday. The two leaders had also \
     spoken by phone in December. On Wednesday, Boric called President Gustavo Petro of Colombia.
     """, "Gabriel Boric", "Javier Milei", "Gustavo Petro"),
    ("Macron s'entretient par téléphone avec les présidents argentin et colombien",
     """
     Le président Emmanuel Macron a appelé mardi le président argentin Javier Milei. Les deux présidents avaient \
     également eu un entretien téléphonique en décembre. Mercredi, Macron a appelé le président colombien Gustavo Petro.
     """, "Emmanuel Macron", "Javier Milei", "Gustavo Petro"),
    ("Boric conversa por teléfono con los presidentes de Argentina y Colombia",
     """
     El presidente chileno Gabriel Boric llamó el martes a su homólogo argentino Javier Milei. Los dos mandatarios ya \
     habían conversado en diciembre. El miércoles, Boric llamó al presidente colombiano Gustavo Petro.
     """, "Gabriel Boric", "Javier Milei", "Gustavo Petro"),
])
func aPairPhraseAfterASummingHeadlineIsTheBodysLastPair(title: String, text: String, caller: String, first: String, second: String) {
    let events = Fixtures.bundled.extract(Article(text: text, title: title, publishedAt: Fixtures.day("2024-03-14"))).events
    #expect(events.count == 3)
    let december = events.filter { $0.date == Fixtures.day("2023-12") }
    #expect(december.count == 1)
    #expect(december.first.map(Fixtures.names) == [caller, first])
    #expect(december.first?.date?.precision == .month)
    // (not a December call with the second president)
    #expect(!december.contains { Fixtures.names($0).contains(second) })
    let tuesday = events.first { $0.date == Fixtures.day("2024-03-12") }
    let wednesday = events.first { $0.date == Fixtures.day("2024-03-13") }
    #expect(tuesday.map(Fixtures.names) == [caller, first])
    #expect(wednesday.map(Fixtures.names) == [caller, second])
    #expect(Fixtures.caller(wednesday) == caller)
}

// (guard: with no headline the pair phrase already was the pair just named)
@Test func aPairPhraseWithoutAHeadlineIsThePairJustNamed() {
    let events = Fixtures.extractBundled("""
        President Gabriel Boric of Chile called President Javier Milei of Argentina on Tuesday. The two leaders had also \
        spoken by phone in December. On Wednesday, Boric called President Gustavo Petro of Colombia.
        """, published: "2024-03-14")
    #expect(events.count == 3)
    let december = events.first { $0.date == Fixtures.day("2023-12") }
    #expect(december.map(Fixtures.names) == ["Gabriel Boric", "Javier Milei"])
}
