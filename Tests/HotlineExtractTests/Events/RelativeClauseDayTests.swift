import Testing
@testable import HotlineExtract

/// A day given in a relative clause opened after a comma ("..., en el que murieron 12 personas
/// el 3 de marzo") dates what the clause tells of: a later "ambos hablaron de ..." of the same
/// pair is the call reported before, not a call on that day.
@Suite struct RelativeClauseDayTests {
    @Test func aRelativeClausesDayIsNotTheNextTalksDay() {
        let text = """
        El ministro marroquí de Exteriores, Nasser Bourita, mantuvo el jueves una conversación telefónica con su homólogo jordano, Ayman Safadi. \
        Según Rabat, Bourita expresó a Safadi sus condolencias por el incendio de Zarqa, en el que murieron 12 personas el 3 de marzo. \
        La parte jordana indicó que ambos hablaron también de la cooperación agrícola.
        """
        let events = Fixtures.extractBundled(text, published: "2024-03-22")
        #expect(events.count == 1)
        #expect(events.first?.date == Fixtures.day("2024-03-21"))
    }

    // (guard: a day the sentence gives its parties still dates their undated call next)
    @Test func aSentencesOwnDayStillDatesTheNextCall() {
        let text = """
        Nasser Bourita y Ayman Safadi acordaron el 3 de marzo reforzar la cooperación agrícola. \
        Los dos ministros conversaron por teléfono.
        """
        let events = Fixtures.extractBundled(text, published: "2024-03-22")
        #expect(events.count == 1)
        #expect(events.first?.date == Fixtures.day("2024-03-03"))
    }
}
