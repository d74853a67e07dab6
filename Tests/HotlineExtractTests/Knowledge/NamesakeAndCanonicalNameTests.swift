import Testing
@testable import HotlineExtract

/// Téné Birahima Ouattara is his own person, not the president; "Rashid Meredov" is the Turkmen minister's name.
@Suite struct NamesakeAndCanonicalNameTests {
    @Test(arguments: [
        "Ivorian Defence Minister Téné Birahima Ouattara spoke by phone on Tuesday with Nasser Bourita.",
        "Le ministre ivoirien de la Défense, Téné Birahima Ouattara, s'est entretenu mardi par téléphone avec Nasser Bourita.",
    ])
    func theDefenceMinisterIsNotThePresident(text: String) {
        let events = Fixtures.extractBundled(text, published: "2024-10-09")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Téné Birahima Ouattara", "Nasser Bourita"])
        let minister = events.first?.participants.first { $0.name == "Téné Birahima Ouattara" }
        #expect(minister?.country == "CI")
        #expect(minister?.role == "Minister of Defence")
    }

    // (guard: "Ouattara" alone is still the president)
    @Test func ouattaraAloneIsThePresident() {
        let events = Fixtures.extractBundled("Le président Ouattara s'est entretenu mardi par téléphone avec le roi Mohammed VI.", published: "2024-10-09")
        #expect(events.first.map(Fixtures.names) == ["Alassane Ouattara", "Mohammed VI"])
    }

    @Test(arguments: [
        "Turkmen Foreign Minister Rashid Meredov held a phone call on Tuesday with Saudi Foreign Minister Faisal bin Farhan.",
        "Turkmen Foreign Minister Raşit Meredow held a phone call on Tuesday with Saudi Foreign Minister Faisal bin Farhan.",
    ])
    func theTurkmenMinisterIsRashidMeredov(text: String) {
        let events = Fixtures.extractBundled(text, published: "2024-10-09")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Rashid Meredov", "Faisal bin Farhan Al Saud"])
        #expect(events.first?.participants.first { $0.name == "Rashid Meredov" }?.country == "TM")
    }
}
