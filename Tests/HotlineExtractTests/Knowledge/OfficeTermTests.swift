import Testing
@testable import HotlineExtract

// Offices the bundled knowledge base holds for a given day: an acting head of government while
// the elected one is suspended, a defence minister named without a title, the EU's High
// Representative named by title alone after the name. (The bundled knowledge base.)

@Test func theThaiLeaderInJuly2025IsTheActingPrimeMinister() {
    let events = Fixtures.extractBundled("Anwar Ibrahim telephoned the Thai prime minister on Thursday to urge a ceasefire.", published: "2025-07-26")
    #expect(events.first.map(Fixtures.names) == ["Anwar Ibrahim", "Phumtham Wechayachai"])
}

@Test func aDefenceMinisterNamedWithoutTitleHasHerCountry() {
    let events = Fixtures.extractBundled("Richard Marles said he had talked with Judith Collins by phone about the naval drills.", published: "2025-02-24")
    #expect(events.first?.participants.first { $0.name == "Judith Collins" }?.country == "NZ")
}

@Test(arguments: [
    "Josep Borrell a appelé Albin Kurti dimanche. Le lendemain, le Haut représentant avait Aleksandar Vučić au bout du fil.",
    "Josep Borrell llamó a Albin Kurti el domingo. El lunes, el alto representante habló por teléfono con Aleksandar Vučić.",
])
func theHighRepresentativeByTitleIsTheNamedHolder(text: String) {
    let events = Fixtures.extractBundled(text, published: "2023-09-26")
    #expect(Set(events.map(Fixtures.names)) == [["Josep Borrell", "Albin Kurti"], ["Josep Borrell", "Aleksandar Vučić"]])
}

@Test func thePresidentsOfBalticStatesAreTheirPresidentsNotTheirPrimeMinisters() {
    let events = Fixtures.extractBundled("The presidents of Lithuania, Estonia and Latvia spoke by video link on Saturday.", published: "2025-09-20")
    #expect(events.map(Fixtures.names) == [["Alar Karis", "Edgars Rinkēvičs", "Gitanas Nausėda"]])
}

// An elected president before his inauguration is "le président élu", though he held the office
// as transitional president before.
@Test func thePresidentElectIsTheStorysPartyWhoseElectedTermIsToCome() {
    let text = "Voici la semaine de Brice Clotaire Oligui Nguema, vainqueur de la présidentielle.\n\nMahamat Idriss Déby Itno a félicité le Gabon dimanche. Mardi, le président élu a été appelé par Bola Ahmed Tinubu."
    let events = Fixtures.extractBundled(text, published: "2025-04-19")
    #expect(events.map(Fixtures.names) == [["Brice Clotaire Oligui Nguema", "Bola Ahmed Tinubu"]])
}
