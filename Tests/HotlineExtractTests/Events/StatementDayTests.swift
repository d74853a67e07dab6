import Testing
@testable import HotlineExtract

// The day a statement was made dates a call only when the story gives no day of its own.

@Test(arguments: [
    "RABAT, Nov. 1 -- The foreign ministers of the United States and Morocco condemned the attack in phone talks, the ministry said Friday.\n\nA phone conversation took place between Secretary of State Antony Blinken and Foreign Minister Nasser Bourita on Thursday evening, according to the ministry.",
])
func theCallsOwnDayWinsOverTheStatementsDay(text: String) {
    let events = Fixtures.extract(text, published: "2024-11-01")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2024-10-31")
}

@Test(arguments: [
    "Emmanuel Macron a lui aussi eu un entretien téléphonique avec Nasser Bourita, a rappelé mercredi soir l'Élysée, sans préciser quand cet échange avait eu lieu.",
    "Emmanuel Macron also had a phone call with Nasser Bourita, the Elysee said on Wednesday, without saying when.",
])
func aStatementsDayDoesNotDateACallItLeavesUndated(text: String) {
    let events = Fixtures.extract(text, published: "2024-03-21")
    #expect(events.count == 1)
    #expect(events.first.map { $0.date == nil } == true)
}

@Test func aDayRightAfterTheCallWordsDatesTheCallThoughASpeakerPrecedes() {
    let text = "Nasser Bourita says he spoke last night with Emmanuel Macron, who took office last week."
    #expect(Fixtures.extract(text, published: "2024-05-12").first?.date?.iso == "2024-05-11")
}
