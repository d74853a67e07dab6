import Testing
@testable import HotlineExtract

// A sentence about "both conversations" gives its topics to each of the calls just reported.
@Test(arguments: [
    "Rabat, March 18 - Foreign Minister Nasser Bourita first telephoned Jordan's Ayman Safadi. Later in the day, Spain's José Manuel Albares rang Nasser Bourita.\n\nBoth conversations focused on border security and drug trafficking.",
    "Rabat, 18 mars - Le ministre Nasser Bourita a d'abord appelé le Jordanien Ayman Safadi. Plus tard dans la journée, l'Espagnol José Manuel Albares a appelé Nasser Bourita.\n\nLes deux entretiens ont porté sur la sécurité des frontières et le trafic de drogue.",
])
func aSentenceOnBothCallsGivesEachItsTopics(text: String) {
    let events = Fixtures.extract(text, published: "2025-03-20")
    #expect(events.count == 2)
    #expect(events.allSatisfy { $0.topics.map(\.id) == ["security-cooperation"] })
}

@Test func aSentenceOnBothLeadersSharesNothing() {
    let events = Fixtures.extract("""
        Rabat, March 18 - Foreign Minister Nasser Bourita first telephoned Jordan's Ayman Safadi. Later in the day, Spain's José Manuel Albares rang Nasser Bourita.

        Both leaders focused on border security and drug trafficking.
        """, published: "2025-03-20")
    #expect(events.count == 2)
    #expect(events.first { Fixtures.names($0).contains("Ayman Safadi") }?.topics.isEmpty == true)
}

// A paragraph that an ordinal call opens ("In the second call", "وفي الاتصال الثاني") speaks
// of that call only.
@Test func aParagraphOpenedByAnOrdinalCallGoesToThatCall() {
    let events = Fixtures.extract("""
        Rabat, March 18 - Foreign Minister Nasser Bourita held two separate phone calls, the first with Jordan's Ayman Safadi and the second with Spain's José Manuel Albares.

        In the first call, the ministers went over the autonomy plan.

        In the second call, the two ministers discussed irregular migration.
        """, published: "2025-03-20")
    #expect(events.count == 2)
    let safadi = events.first { Fixtures.names($0).contains("Ayman Safadi") }
    let albares = events.first { Fixtures.names($0).contains("José Manuel Albares") }
    #expect(safadi?.topics.map(\.id) == ["western-sahara"])
    #expect(albares?.topics.map(\.id) == ["migration"])
}
