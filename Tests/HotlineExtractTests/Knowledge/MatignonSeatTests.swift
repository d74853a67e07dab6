import Testing
@testable import HotlineExtract

// "Matignon" is a French seat of government (countries.json capitals): "à l'initiative de
// Matignon" makes France's party, here its prime minister, the caller.

@Test func matignonsInitiativeIsThePrimeMinisters() {
    let events = Fixtures.extractBundled(
        "Gabriel Attal s'est entretenu jeudi par téléphone avec Ayman Safadi, à l'initiative de Matignon, sur l'aide humanitaire à Gaza.",
        published: "2024-03-15")
    #expect(events.map(Fixtures.names) == [["Gabriel Attal", "Ayman Safadi"]])
    #expect(Fixtures.caller(events.first) == "Gabriel Attal")
    #expect(events.first?.date == Fixtures.day("2024-03-14"))
}

// (guard: the other side's capital makes the other party the caller)
@Test func ammansInitiativeIsTheJordanians() {
    let events = Fixtures.extractBundled(
        "Gabriel Attal s'est entretenu jeudi par téléphone avec Ayman Safadi, à l'initiative d'Amman, sur l'aide humanitaire à Gaza.",
        published: "2024-03-15")
    #expect(Fixtures.caller(events.first) == "Ayman Safadi")
}
