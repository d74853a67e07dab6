import Testing
@testable import HotlineExtract

// Taking office ("took office", "a pris ses fonctions", "asumió el cargo", "تولى منصبه";
// triggers.json `appointments`): the day right after it dates the appointment, not a call. "X
// phoned Y late on Wednesday, a first conversation with Y since Y took office last Friday"
// is one call, on the Wednesday.

@Test func theDayOfTakingOfficeGivesNoSecondCall() {
    let events = Fixtures.extractBundled(
        "Nasser Bourita phoned Marco Rubio late on Wednesday, a first conversation with Rubio since Rubio took office last Friday.",
        published: "2025-01-30")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Marco Rubio"])
    #expect(events.first?.date == Fixtures.day("2025-01-29"))
    #expect(Fixtures.caller(events.first) == "Nasser Bourita")
}

@Test func theDayOfTakingOfficeInARelativeClauseDatesNoCall() {
    let events = Fixtures.extractBundled("Marco Rubio, who took office last Friday, phoned Nasser Bourita on Wednesday evening.", published: "2025-01-30")
    #expect(events.map(\.date) == [Fixtures.day("2025-01-29")])
    #expect(Fixtures.caller(events.first) == "Marco Rubio")
}

@Test func theDayBeforeTheCallAfterTookOfficeDatesTheAppointment() {
    let events = Fixtures.extractBundled("Marco Rubio, who took office on Tuesday, phoned Nasser Bourita on Wednesday.", published: "2025-01-30")
    #expect(events.map(\.date) == [Fixtures.day("2025-01-29")])
}

// (guard: the taking of office claims only the first date after it, not one past the call's
// words)
@Test func onlyTheFirstDateAfterTakingOfficeIsTheAppointments() {
    let events = Fixtures.extractBundled("Jean-Noël Barrot, qui a pris ses fonctions vendredi dernier, a téléphoné mercredi soir à Nasser Bourita.",
                                         published: "2025-01-30")
    #expect(events.map(\.date) == [Fixtures.day("2025-01-29")])
}
