import Testing
@testable import HotlineExtract

// A ministry whose name lists its portfolios over commas up to the one that closes the list with
// "and" ("ministra de Industria, Comercio, Turismo y Servicios, X") is one title: the name
// after it is its holder's; a title joined by "and" to another after its own country ("la
// vicepresidenta de Chile y ministra de ..., X") gives that country to the holder.
// (Tiago Ferraz and Inês Cardoso are invented names.)

@Test(arguments: [
    "La ministra de Industria, Comercio, Turismo y Servicios, Inês Cardoso, habló el sábado por teléfono con Antony Blinken.",
    "El ministro de Energía, Minas, Hidrocarburos y Transición, Tiago Ferraz, habló el sábado por teléfono con Antony Blinken.",
])
func aMinistryListedOverCommasNamesItsHolder(text: String) {
    let events = Fixtures.extract(text, published: "2024-07-21")
    #expect(events.count == 1)
    #expect(events.first.map { Fixtures.names($0).subtracting(["Antony Blinken"]).count } == 1)
    #expect(events.first?.participants.allSatisfy { $0.name != nil } == true)
}

@Test func aTitleJoinedAfterItsCountryGivesTheHolderThatCountry() {
    let events = Fixtures.extract("""
        El vicepresidente de Francia y ministro de Industria y Comercio, Tiago Ferraz, habló el sábado por teléfono \
        con Antony Blinken.
        """, published: "2024-07-21")
    let party = events.first?.participants.first { $0.name == "Tiago Ferraz" }
    #expect(party?.country == "FR")
    #expect(events.first?.participants.count == 2)
}

// (guard: a name right after the first comma is the holder of the short ministry's title)
@Test func aNameAfterTheFirstCommaIsTheHolder() {
    let events = Fixtures.extract(
        "La ministra de Comercio, Inês Cardoso, y el ministro Tiago Ferraz hablaron por teléfono con Antony Blinken.",
        published: "2024-07-21")
    #expect(events.first.map(Fixtures.names)?.contains("Inês Cardoso") == true)
}
