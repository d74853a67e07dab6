import Testing
@testable import HotlineExtract

// Ministers added to the bundled knowledge base, with their offices and terms: Mariam Almheiri
// (UAE, Minister of Climate Change and Environment 2021-09-25..2024-02-21), Lia Tadesse (Ethiopia,
// health), Omer Bar-Lev (Israel, public security 2021-06-13..2022-12-29, Arabic "عومير بارليف"),
// Rashid bin Abdullah Al Khalifa (Bahrain, interior, Arabic "راشد بن عبدالله آل خليفة"),
// Ekperikpe Ekpo (Nigeria), Bandar Alkhorayef (Saudi Arabia), Abdellatif Miraoui (Morocco), Orit
// Farkash-Hacohen, Avi Dichter and Haim Katz (Israel).

private func party(_ events: [CallEvent], _ name: String) -> Participant? {
    events.first?.participants.first { $0.name == name }
}

@Test func anArabicCallOfIsraelsAndBahrainsSecurityMinisters() {
    let events = Fixtures.extractBundled("أجرى وزير الأمن الداخلي الإسرائيلي عومير بارليف يوم الثلاثاء اتصالا هاتفيا مع وزير الداخلية البحريني راشد بن عبدالله آل خليفة.",
                                         published: "2022-08-10")
    #expect(events.count == 1)
    #expect(events.first?.participants.count == 2)
    #expect(events.first?.participants.map(\.name) == ["Omer Bar-Lev", "Rashid bin Abdullah Al Khalifa"])
    #expect(party(events, "Omer Bar-Lev")?.country == "IL")
    #expect(party(events, "Omer Bar-Lev")?.role == "Minister of Public Security")
    #expect(party(events, "Rashid bin Abdullah Al Khalifa")?.country == "BH")
    #expect(party(events, "Rashid bin Abdullah Al Khalifa")?.role == "Minister of Interior")
    #expect(events.first?.date == Fixtures.day("2022-08-09"))
}

@Test(arguments: [
    ("Mariam Almheiri held a phone call on Tuesday with Orit Farkash-Hacohen.", "2022-03-10", "2022-03-08",
     "Mariam Almheiri", "AE", "Minister of Climate Change and Environment",
     "Orit Farkash-Hacohen", "IL", "Minister of Innovation, Science and Technology"),
    ("Mariam Almheiri held a phone call on Tuesday with Avi Dichter.", "2023-03-10", "2023-03-07",
     "Mariam Almheiri", "AE", "Minister of Climate Change and Environment",
     "Avi Dichter", "IL", "Minister of Agriculture and Food Security"),
    ("Lia Tadesse held a phone call on Tuesday with Haim Katz.", "2023-03-10", "2023-03-07",
     "Lia Tadesse", "ET", "Minister of Health",
     "Haim Katz", "IL", "Minister of Tourism"),
    ("Ekperikpe Ekpo held a phone call on Monday with Abdellatif Miraoui.", "2023-10-10", "2023-10-09",
     "Ekperikpe Ekpo", "NG", "Minister of State for Petroleum Resources (Gas)",
     "Abdellatif Miraoui", "MA", "Minister of Higher Education, Scientific Research and Innovation"),
])
func newMinistersAreNamedWithTheirStateAndOffice(text: String, published: String, day: String,
                                                  first: String, firstCountry: String, firstRole: String,
                                                  second: String, secondCountry: String, secondRole: String) {
    let events = Fixtures.extractBundled(text, published: published)
    #expect(events.count == 1)
    #expect(events.first?.participants.map(\.name) == [first, second])
    #expect(party(events, first)?.country == firstCountry)
    #expect(party(events, first)?.role == firstRole)
    #expect(party(events, second)?.country == secondCountry)
    #expect(party(events, second)?.role == secondRole)
    #expect(events.first?.date == Fixtures.day(day))
}

@Test func almheiriAndBarLevTermsAreOnRecord() throws {
    let almheiri = try #require(Extractor().official(id: "mariam-almheiri"))
    #expect(almheiri.name == "Mariam Almheiri")
    let climate = almheiri.offices.first { $0.role == "Minister of Climate Change and Environment" }
    #expect(climate?.country == "AE")
    #expect(climate?.from == "2021-09-25")
    #expect(climate?.to == "2024-02-21")
    let barLev = try #require(Extractor().official(id: "omer-bar-lev"))
    #expect(barLev.aliases?.contains("عومير بارليف") == true)
    #expect(barLev.offices.map(\.from) == ["2021-06-13"])
    #expect(barLev.offices.map(\.to) == ["2022-12-29"])
}

@Test func aFrenchCallOfMoroccosHigherEducationMinisterWithEthiopiasHealthMinister() {
    let events = Fixtures.extractBundled("Le ministre Abdellatif Miraoui s'est entretenu mardi par téléphone avec la ministre éthiopienne de la Santé Lia Tadesse.",
                                         published: "2023-10-10")
    #expect(events.count == 1)
    #expect(events.first?.participants.map(\.name) == ["Abdellatif Miraoui", "Lia Tadesse"])
    #expect(party(events, "Abdellatif Miraoui")?.country == "MA")
    #expect(party(events, "Lia Tadesse")?.country == "ET")
}
