import Testing
@testable import HotlineExtract

// Lists of holders ("counterparts of A, X, and of B, Y"; "the ministers of A, B and C, X, Y and
// Z"), ministry names that run on after the title, words between a country and its title, and
// officials the knowledge base does not know.

/// Name (as written or from the knowledge base) -> country, for the named mentions.
private func countries(_ text: String) -> [String: String] {
    let r = Fixtures.resources
    var out: [String: String] = [:]
    for m in Fixtures.mentions(text) {
        guard let name = m.name ?? m.officials.first.map({ r.knowledge.officials[$0].name }) else { continue }
        out[name] = m.country ?? "?"
    }
    return out
}

@Test(arguments: [
    "Albares mantuvo sendas conversaciones con sus homólogos de Marruecos, Karim Bennani Alaoui, y de Jordania, Samir Haddad Khoury.",
    "Albares a eu des entretiens avec ses homologues du Maroc, Karim Bennani Alaoui, et de Jordanie, Samir Haddad Khoury.",
    "Albares held calls with his counterparts from Morocco, Karim Bennani Alaoui, and Jordan, Samir Haddad Khoury.",
    "Albares held calls with his counterparts from Morocco and Jordan, Karim Bennani Alaoui and Samir Haddad Khoury.",
])
func eachListedCounterpartTakesTheCountryNamedForIt(text: String) {
    let c = countries(text)
    #expect(c["Karim Bennani Alaoui"] == "MA")
    #expect(c["Samir Haddad Khoury"] == "JO")
}

@Test func knownCounterpartsInAListKeepTheirOwnCountry() {
    let c = countries("Blinken spoke with his counterparts of Morocco, Nasser Bourita, and of Jordan, Ayman Safadi.")
    #expect(c["Nasser Bourita"] == "MA")
    #expect(c["Ayman Safadi"] == "JO")
}

@Test func pluralTitleAndListOfNamesArePairedInOrder() {
    let m = Fixtures.mentions("The foreign ministers of Morocco, Jordan and Spain, Nasser Bourita, Omar Haddad Salem and José Manuel Albares, spoke.")
    let c = countries("The foreign ministers of Morocco, Jordan and Spain, Nasser Bourita, Omar Haddad Salem and José Manuel Albares, spoke.")
    #expect(c == ["Nasser Bourita": "MA", "Omar Haddad Salem": "JO", "José Manuel Albares": "ES"])
    #expect(m.filter { $0.isNamed }.allSatisfy { $0.kinds == ["foreign-minister"] && $0.pluralGroup != nil })
}

@Test(arguments: [
    ("El ministro de Asuntos Exteriores, Cooperación y Diáspora, Carlos Ruiz Vidal, habló ayer.", "Carlos Ruiz Vidal", nil as String?),
    ("Le ministre marocain des Affaires étrangères et de la Coopération africaine, Karim Bennani Alaoui, a parlé.", "Karim Bennani Alaoui", "MA"),
    ("On Monday the minister of foreign affairs and international cooperation of Jordan, Samir Haddad Khoury, spoke with reporters.", "Samir Haddad Khoury", "JO"),
])
func theRestOfAMinistryNameIsNotAPerson(text: String, name: String, country: String?) {
    let named = Fixtures.mentions(text).filter { $0.name != nil }
    #expect(named.map(\.name) == [name])
    #expect(named.first?.country == country)
    #expect(named.first?.kinds == ["foreign-minister"])
}

@Test func twoTitlesJoinedNameOnePerson() {
    let m = Fixtures.mentions("le vice-Premier ministre et ministre jordanien des Affaires étrangères, Samir Haddad Khoury, a appelé.")
    #expect(m.count == 1)
    #expect(m.first?.name == "Samir Haddad Khoury")
    #expect(m.first?.country == "JO")
}

@Test(arguments: ["Morocco's new foreign minister Karim Bennani Alaoui", "le nouveau ministre marocain des Affaires étrangères Karim Bennani Alaoui"])
func aWordBetweenCountryAndTitleKeepsTheCountry(text: String) {
    #expect(countries(text)["Karim Bennani Alaoui"] == "MA")
}

@Test func deputyPrimeMinisterIsItsOwnOffice() {
    let m = Fixtures.mentions("Jordanian Deputy Prime Minister Samir Haddad Khoury spoke.")
    #expect(m.first?.kinds == ["deputy-prime-minister"])
    #expect(m.first?.country == "JO")
}

@Test(arguments: ["Le ministre des Affaires étrangères Trần Văn Sơn a parlé.", "Foreign Minister Trần Văn Sơn spoke."])
func namesWithLettersBeyondLatin1AreWhole(text: String) {
    // ("Sơn" folds to "son", also the French honorific "Son [Excellence]")
    #expect(Fixtures.mentions(text).compactMap(\.name) == ["Trần Văn Sơn"])
}

@Test func theCountryOfTheFirstOfTwoJoinedTitlesIsThePersons() {
    #expect(countries("He spoke with the Jordanian Deputy Prime Minister and Foreign Minister Samir Haddad Khoury on Monday.")["Samir Haddad Khoury"] == "JO")
}

@Test(arguments: [
    "Los cancilleres de Marruecos, Jordania y España, Nasser Bourita, Omar Haddad Salem y José Manuel Albares, hablaron.",
    "Les chefs de la diplomatie du Maroc, de Jordanie et d'Espagne, Nasser Bourita, Omar Haddad Salem et José Manuel Albares, ont parlé.",
])
func pluralTitlesOfEachLanguagePairTheirHolders(text: String) {
    #expect(countries(text) == ["Nasser Bourita": "MA", "Omar Haddad Salem": "JO", "José Manuel Albares": "ES"])
}

@Test(arguments: [
    "Albares habló con el canciller de Marruecos, Karim Bennani Alaoui, y el de Jordania, Samir Haddad Khoury.",
    "Albares a parlé avec le ministre des Affaires étrangères du Maroc, Karim Bennani Alaoui, et celui de Jordanie, Samir Haddad Khoury.",
])
func anElidedTitleNamesTheNextHolder(text: String) {
    let named = Fixtures.mentions(text).filter { $0.name != nil }
    #expect(Dictionary(uniqueKeysWithValues: named.map { ($0.name ?? "", $0.country ?? "?") }) == ["Karim Bennani Alaoui": "MA", "Samir Haddad Khoury": "JO"])
    #expect(named.allSatisfy { $0.kinds == ["foreign-minister"] })
}

@Test(arguments: [
    "Le ministre s'est entretenu avec le Premier ministre du Maroc, Son Excellence Karim Bennani Alaoui.",
    "The minister spoke with the Moroccan prime minister, His Excellency Karim Bennani Alaoui.",
    "El ministro habló con el primer ministro de Marruecos, Su Excelencia Karim Bennani Alaoui.",
    "Le ministre s'est entretenu avec le Premier ministre du Maroc, Son Altesse Royale Karim Bennani Alaoui.",
])
func honorificsBeforeAnUnknownNameAreNotPartOfIt(text: String) {
    #expect(Fixtures.mentions(text).compactMap(\.name) == ["Karim Bennani Alaoui"])
}
