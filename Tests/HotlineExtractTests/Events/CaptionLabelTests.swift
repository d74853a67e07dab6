import Testing
@testable import HotlineExtract

/// A photo caption that opens with a label ("Photo: ...", "[Photo: ...]", "Photo : ...") is no
/// interview speaker's label: on a page that also carries readers' comments ("Karim: ..."), a
/// call told after the caption still takes its day from the call told before it ("later the
/// same day").
@Suite struct CaptionLabelTests {
    static let comments = "\n\nKarim: A useful exchange between neighbours.\n\nLeila: Let us hope it leads to something concrete."

    @Test(arguments: [
        """
        Moroccan Foreign Minister Nasser Bourita held a phone call with Spanish Foreign Minister José Manuel Albares on Monday.

        Photo: Nasser Bourita at the ministry in Rabat.

        Later the same day, Bourita spoke by phone with Jordanian Foreign Minister Ayman Safadi.
        """,
        """
        Moroccan Foreign Minister Nasser Bourita held a phone call with Spanish Foreign Minister José Manuel Albares on Monday.

        [Photo: Nasser Bourita at the ministry in Rabat.] Later the same day, Bourita spoke by phone with Jordanian Foreign Minister Ayman Safadi.
        """,
        """
        Nasser Bourita s'est entretenu lundi par téléphone avec José Manuel Albares.

        Photo : Nasser Bourita au ministère, à Rabat.

        Plus tard dans la journée, Bourita s'est entretenu par téléphone avec Ayman Safadi.
        """,
    ])
    func theCallAfterTheCaptionKeepsTheDayBefore(text: String) {
        let events = Fixtures.extract(text + Self.comments, published: "2025-03-05")
        #expect(events.count == 2)
        #expect(events.first { Fixtures.names($0) == ["Nasser Bourita", "José Manuel Albares"] }?.date == Fixtures.day("2025-03-03"))
        #expect(events.first { Fixtures.names($0) == ["Nasser Bourita", "Ayman Safadi"] }?.date == Fixtures.day("2025-03-03"))
    }

    // (guard: a reader's label still opens an entry of its own, whose call takes no day from before)
    @Test func aCommentersLabelStillStartsAnEntry() {
        let events = Fixtures.extract("""
            Moroccan Foreign Minister Nasser Bourita held a phone call with Spanish Foreign Minister José Manuel Albares on Monday.

            Karim: Later the same day, Bourita spoke by phone with Jordanian Foreign Minister Ayman Safadi.

            Leila: Let us hope it leads to something concrete.
            """, published: "2025-03-05")
        #expect(events.count == 2)
        #expect(events.first { Fixtures.names($0) == ["Nasser Bourita", "José Manuel Albares"] }?.date == Fixtures.day("2025-03-03"))
        let later = events.first { Fixtures.names($0) == ["Nasser Bourita", "Ayman Safadi"] }
        #expect(later != nil)
        #expect(later?.date == nil)
    }
}
