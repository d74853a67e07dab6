import Testing
@testable import HotlineExtract

// A bare title after "former" / "ancien" ("l'ancien premier ministre") describes the story's
// party who held that office before: a pronoun after it stands for that party, not for the
// holder of the office that day nor the last person named.
@Test func aPronounAfterAFormerTitleIsItsFormerHolder() {
    let events = Fixtures.extractBundled("""
        Alexander Stubb garde un club de golf dans son bureau. C'est en Floride, en mars, qu'il a passé un après-midi avec Donald Trump.

        Depuis, l'ancien premier ministre, devenu chef de l'État l'an passé, est de toutes les discussions. Mercredi, il s'est entretenu au téléphone avec Volodymyr Zelensky sur la défense aérienne.
        """, published: "2025-05-09")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Alexander Stubb", "Volodymyr Zelensky"])
    #expect(events.first?.date == Fixtures.day("2025-05-07"))
}

// (guard: a former title with no former holder in the story adds no party)
@Test func aFormerTitleNamesNoOneWhenNoPartyHeldTheOffice() {
    let events = Fixtures.extractBundled("""
        The former prime minister said on Monday that Emmanuel Macron had spoken by phone with Volodymyr Zelensky on Sunday.
        """, published: "2025-05-12")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Emmanuel Macron", "Volodymyr Zelensky"])
}
