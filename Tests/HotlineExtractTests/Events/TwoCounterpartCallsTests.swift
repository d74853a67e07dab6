import Testing
@testable import HotlineExtract

// "X a joint ... ses homologues danois et suédoise, au cours de deux échanges téléphoniques
// distincts": a call with each counterpart, whom the knowledge base names.

@Test func twoDistinctCallsWithCounterpartsNamedByDemonym() {
    let events = Fixtures.extractBundled("""
        Nasser Bourita a joint mardi 4 février ses homologues danois et suédoise, au cours de deux échanges téléphoniques séparés.
        """, published: "2025-02-05")
    #expect(events.count == 2)
    #expect(Set(events.map(Fixtures.names)) == [["Nasser Bourita", "Maria Malmer Stenergard"], ["Nasser Bourita", "Lars Løkke Rasmussen"]])
    #expect(events.allSatisfy { Fixtures.caller($0) == "Nasser Bourita" })
    #expect(events.allSatisfy { $0.date == Fixtures.day("2025-02-04") })
}
