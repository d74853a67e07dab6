import Testing
@testable import HotlineExtract

// "the Spanish minister", no portfolio given, is the one minister of Spain the story has named,
// whatever that minister's portfolio; a minister of another state is not.

@Test(arguments: [
    "José Manuel Albares n'a pas pu se rendre à Rabat en janvier. Nasser Bourita a appelé jeudi le ministre espagnol, selon une source diplomatique.",
    "José Manuel Albares no pudo viajar a Rabat en enero. Nasser Bourita llamó el jueves al ministro español, según fuentes diplomáticas.",
])
func theCountrysMinisterIsTheOneTheStoryNamed(text: String) {
    let events = Fixtures.extract(text, published: "2024-03-04")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "José Manuel Albares"])
}

@Test func aMinisterOfAnotherCountryIsNotTheCountrysMinister() {
    let events = Fixtures.extract("""
        Ayman Safadi no pudo viajar a Rabat en enero. Nasser Bourita llamó el jueves al ministro español, según fuentes diplomáticas.
        """, published: "2024-03-04")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita"])
    #expect(events.first?.participants.contains { $0.name == nil && $0.country == "ES" } == true)
}
