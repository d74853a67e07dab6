import Testing
@testable import HotlineExtract

/// `deceasedMarkers` ("the late", "feu", "le défunt", "el difunto", "المغفور له", "الفقيد"): a
/// person named right after one (honorifics or a title between) is dead and no party to the call
/// ("offered condolences on the death of the late King X"). (The bundled knowledge base.)
@Suite struct DeceasedMarkerTests {
    @Test(arguments: [
        "In a phone call on Sunday, Moroccan Foreign Minister Nasser Bourita offered Ayman Safadi his condolences on the death of the late Sheikh Khalifa bin Zayed.",
        "Lors d'un entretien téléphonique dimanche, Nasser Bourita et Ayman Safadi ont rendu hommage à feu Khalifa bin Zayed.",
        "Lors d'un entretien téléphonique dimanche, Nasser Bourita et Ayman Safadi ont évoqué le défunt cheikh Khalifa bin Zayed.",
        "En una conversación telefónica el domingo, Nasser Bourita trasladó a Ayman Safadi sus condolencias por el difunto jeque Khalifa bin Zayed.",
        """
        أجرى وزير الخارجية المغربي ناصر بوريطة يوم الأحد اتصالا هاتفيا مع وزير الخارجية الأردني أيمن الصفدي قدم خلاله التعازي في وفاة \
        المغفور له الشيخ خليفة بن زايد آل نهيان.
        """,
        """
        أجرى وزير الخارجية المغربي ناصر بوريطة يوم الأحد اتصالا هاتفيا مع وزير الخارجية الأردني أيمن الصفدي قدم خلاله التعازي في وفاة \
        الفقيد الشيخ خليفة بن زايد آل نهيان.
        """,
    ])
    func theDeadIsNoParty(text: String) {
        let events = Fixtures.extractBundled(text, published: "2022-05-16")
        #expect(events.map(Fixtures.names) == [["Nasser Bourita", "Ayman Safadi"]])
        #expect(events.map(\.date) == [Fixtures.day("2022-05-15")])
    }

    @Test func theLateKingIsNoParty() {
        let events = Fixtures.extractBundled("""
            In a phone call on Tuesday, Jordanian Foreign Minister Ayman Safadi offered Nasser Bourita condolences on the death of the late King Karim Almendar.
            """, published: "2024-06-20")
        #expect(events.count == 1)
        #expect(events.first?.participants.count == 2)
        #expect(events.first.map(Fixtures.names) == ["Ayman Safadi", "Nasser Bourita"])
    }

    // (guard: "the late" before a word that is no name leaves the parties after it)
    @Test func lateBeforeAnotherWordLeavesTheParties() {
        let events = Fixtures.extractBundled("In the late evening on Tuesday, Ayman Safadi held a phone call with Nasser Bourita.", published: "2024-06-20")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Ayman Safadi", "Nasser Bourita"])
    }
}
