import Testing
@testable import HotlineExtract

// "réélu", "reelegido" between a title and a name, and "re-elected" between a country and a
// title, keep the name and the title one mention: one party, of the title's country.

@Test(arguments: [
    "Le président réélu Emmanuel Macron est arrivé.",
    "El presidente reelegido Emmanuel Macron llegó.",
])
func aReelectedTitleJoinsTheName(text: String) {
    let found = Fixtures.mentions(text)
    #expect(found.count == 1)
    #expect(found.first?.role == "President")
    let parties = PartyResolver(knowledge: Fixtures.resources.knowledge).resolve(found, on: Fixtures.day("2022-04-28"), memory: [])
    #expect(parties.map(\.participant.name) == ["Emmanuel Macron"])
}

@Test(arguments: [
    "Morocco's re-elected Prime Minister Aziz Akhannouch arrived.",
    "The Moroccan re-elected Prime Minister Aziz Akhannouch arrived.",
])
func aCountryBeforeReelectedIsTheTitles(text: String) {
    let found = Fixtures.mentions(text)
    #expect(found.count == 1)
    #expect(found.first?.name == "Aziz Akhannouch")
    #expect(found.first?.country == "MA")
}
