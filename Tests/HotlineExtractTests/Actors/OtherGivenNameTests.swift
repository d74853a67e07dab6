import Testing
@testable import HotlineExtract

/// A one-word known surname after a capitalised given name that is none of the official's
/// name words, with a country none of the official's offices served named up to 8 words
/// before, names another person: "El ministro de Hacienda de Brasil, Pedro Albares" is Brazil's
/// Pedro Albares, not Spain's José Manuel Albares. (The bundled knowledge base.)
@Suite struct OtherGivenNameTests {
    @Test(arguments: [
        "El ministro de Hacienda de Brasil, Pedro Albares, conversó el martes por teléfono con Nasser Bourita.",
        "Brazil's Finance Minister Pedro Albares spoke by phone on Tuesday with Nasser Bourita.",
    ])
    func theSurnameNamesSomeoneElse(text: String) {
        let events = Fixtures.extractBundled(text, published: "2024-05-15")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Pedro Albares", "Nasser Bourita"])
        #expect(events.first?.participants.first { $0.name == "Pedro Albares" }?.country == "BR")
        #expect(events.first?.date == Fixtures.day("2024-05-14"))
    }

    // (guard: with no country before, another spelling of the given name is still the official)
    // (nor with a country the official served)
    @Test(arguments: [
        "Nasser Bourita conversó el martes por teléfono con Josep Albares.",
        "Nasser Bourita conversó el martes por teléfono con el jefe de la diplomacia de España, Josep Albares.",
    ])
    func withoutAnotherCountryItIsTheOfficial(text: String) {
        let events = Fixtures.extractBundled(text, published: "2024-05-15")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "José Manuel Albares"])
        #expect(events.first?.participants.first { $0.name == "José Manuel Albares" }?.country == "ES")
    }

    // (guard: a given name one letter off the official's stays the official, another country before or not)
    @Test(arguments: [
        ("Moroccan Foreign Minister Nasser Bourita spoke by phone on Tuesday with the man Morocco sees as its main partner in Washington, Antonny Blinken.",
         "Antony Blinken"),
        ("Moroccan Foreign Minister Nasser Bourita spoke by phone on Tuesday with Morocco's partner, Aiman Safadi.", "Ayman Safadi"),
    ])
    func aGivenNameOneLetterOffIsTheOfficial(text: String, official: String) {
        let events = Fixtures.extractBundled(text, published: "2024-05-15")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", official])
    }
}
