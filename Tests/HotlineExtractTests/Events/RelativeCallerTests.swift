import Testing
@testable import HotlineExtract

// A relative clause on the second party that says it placed the call ("X had spoken by phone with
// Y, who called him to ...", "X s'est entretenu avec Y, qui l'avait appelé pour ...") is the same
// call, placed by Y: one call of the pair, not a call of its own.

@Test func whoCalledHimInARelativeClausePlacedTheOneCall() {
    let events = Fixtures.extract("""
        Nasser Bourita had spoken by phone on Saturday with Ayman Safadi, who called him to brief him on the outcome of the talks in Amman.
        """, published: "2024-05-13")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Ayman Safadi"])
    #expect(Fixtures.caller(events.first) == "Ayman Safadi")
    #expect(events.first?.date == Fixtures.day("2024-05-11"))
}

@Test func quiLAvaitAppeléPlacedTheOneCall() {
    // (a third person named in the clause's purpose is neither a party nor the caller)
    let events = Fixtures.extract("""
        Nasser Bourita s'est entretenu samedi au téléphone avec Ayman Safadi, qui l'avait appelé pour l'informer des résultats de la visite à Amman du président Emmanuel Macron.
        """, published: "2024-05-13")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Ayman Safadi"])
    #expect(Fixtures.caller(events.first) == "Ayman Safadi")
    #expect(events.first?.date == Fixtures.day("2024-05-11"))
}
