import Testing
@testable import HotlineExtract

// A country's name is never the name of a person the knowledge base does not know: "with
// Barbados, Saint Lucia counterparts" names two countries' ministers, not a "Saint Lucia"; and a
// particle with a country ends a ministry's name, not a person's ("ministra de Transición
// Energética y Desarrollo Sostenible de Marruecos, Leila Benali").

@Test func aCountryAfterACommaIsNoUnknownPerson() {
    let events = Fixtures.extractBundled("Morocco's foreign minister phones Barbados, Saint Lucia counterparts in separate calls.", published: "2024-05-13")
    let names = events.map(Fixtures.names)
    #expect(!names.contains { $0.contains("Saint Lucia") })
    #expect(events.count == 2)
    #expect(events.allSatisfy { $0.participants.contains { $0.name == "Nasser Bourita" } })
    #expect(Set(events.flatMap { $0.participants.compactMap(\.country) }) == ["MA", "BB", "LC"])
}

@Test func aMinistrysNameEndingInACountryIsNoPerson() {
    let events = Fixtures.extractBundled("""
        La ministra de Transición Energética y Desarrollo Sostenible de Marruecos, Leila Benali, mantuvo el lunes una videoconferencia con el ministro de Energía de Chile, Diego Pardow.
        """, published: "2024-05-15")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Leila Benali", "Diego Pardow"])
    #expect(events.first?.participants.count == 2)
}
