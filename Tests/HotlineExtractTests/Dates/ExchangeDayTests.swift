import Testing
@testable import HotlineExtract

// "X spoke separately with A and with B. The discussions took place on Tuesday": a sentence with
// no call words that opens with a noun of the exchange and gives one day dates every call the
// sentence before reported.

@Test(arguments: [
    "Nasser Bourita spoke separately by phone with Ayman Safadi and with José Manuel Albares about the crisis.\n\nThose conversations were held on Tuesday, 4 March 2025.",
    "Nasser Bourita s'est entretenu séparément par téléphone avec Ayman Safadi et avec José Manuel Albares.\n\nLes échanges ont eu lieu le mardi 4 mars 2025.",
    "Nasser Bourita conversó por separado por teléfono con Ayman Safadi y con José Manuel Albares.\n\nLas conversaciones tuvieron lugar el martes 4 de marzo de 2025.",
])
func theExchangesDayDatesEveryCallOfTheReportBefore(text: String) {
    let events = Fixtures.extract(text, published: "2025-03-06")
    #expect(events.count == 2)
    #expect(events.allSatisfy { $0.date?.iso == "2025-03-04" })
}

@Test func anExchangeSentenceNamingSomeoneElseDatesNothing() {
    let events = Fixtures.extract(
        "Nasser Bourita spoke by phone with Ayman Safadi about the crisis.\n\nThe talks with Antony Blinken took place on Tuesday, 4 March 2025.",
        published: "2025-03-06")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso != "2025-03-04")
}

@Test func aRelativeClauseOnOnePartyDoesNotEndTheCallsParties() {
    let events = Fixtures.extract(
        "Nasser Bourita spoke separately by phone with Ayman Safadi, who leads Jordan's diplomacy, and with José Manuel Albares on Monday.",
        published: "2025-03-06")
    #expect(Set(events.map(Fixtures.names)) == [["Nasser Bourita", "Ayman Safadi"], ["Nasser Bourita", "José Manuel Albares"]])
}
