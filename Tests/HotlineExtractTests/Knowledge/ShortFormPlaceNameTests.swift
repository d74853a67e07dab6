import Testing
@testable import HotlineExtract

// A short form (a single form that alone names an official) is never the name or the capital of
// a state or organisation of countries.json: "Muscat" is Oman's capital, not Joseph Muscat, so a
// story saying someone "will travel to Muscat" names no Maltese prime minister.
// (The bundled knowledge base.)

@Test func noOfficialsShortFormFoldsToACountryNameOrCapital() {
    let knowledge = ExtractionResources.shared.knowledge
    var places: [String: String] = [:]
    for country in knowledge.countries.values {
        let forms = [country.name] + (country.names ?? [:]).values.flatMap { $0 } + (country.capitals ?? [:]).values.flatMap { $0 }
        for form in forms { places[TextFolding.fold(form)] = country.code }
    }
    // (the lists are loaded: a capital and a country name are there)
    #expect(places[TextFolding.fold("Muscat")] == "OM")
    #expect(places[TextFolding.fold("Malte")] == "MT")
    let clashes = knowledge.officials.flatMap { official in
        (official.short ?? []).compactMap { form in places[TextFolding.fold(form)].map { "\(official.id): \(form) (\($0))" } }
    }
    #expect(clashes.isEmpty, "\(clashes)")
}

@Test func travellingToMuscatNamesNoJosephMuscat() {
    let events = Fixtures.extractBundled("""
        Indian minister Subrahmanyam Jaishankar spoke by phone on Monday with his Omani counterpart and will travel to Muscat on Thursday.
        """, published: "2024-05-08")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Subrahmanyam Jaishankar", "Badr Albusaidi"])
    #expect(!events.flatMap(\.participants).contains { $0.country == "MT" })
}

@Test func aMinisterTravellingToMuscatAfterACallAddsNoMalteseParty() {
    let events = Fixtures.extractBundled("""
        Indian minister Piyush Goyal spoke by phone on Monday with Omani Commerce Minister Qais Al Yousef and will travel \
        to Muscat on Thursday to sign the trade agreement.
        """, published: "2024-05-08")
    #expect(events.count == 1)
    #expect(events.first?.participants.count == 2)
    #expect(events.first.map(Fixtures.names) == ["Piyush Goyal", "Qais Al Yousef"])
    #expect(!events.flatMap(\.participants).contains { $0.name == "Joseph Muscat" })
}
