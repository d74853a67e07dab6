import Testing
@testable import HotlineExtract

// "Minister of State" titles ("minister of state", "ministre d'État", "ministro de Estado",
// "وزير دولة", "وزيرة الدولة") are one title of the named minister: the call has exactly its two
// named parties, no extra unnamed minister of the same country. (The bundled knowledge base.)

@Test(arguments: [
    ("UAE Minister of State Khalifa Shaheen Almarar held a phone call on Monday with Reem Al Hashimy.",
     "Khalifa Shaheen Almarar", "Reem Al Hashimy"),
    ("El ministro de Estado emiratí Khalifa Shaheen Almarar mantuvo el lunes una conversación telefónica con la ministra de Estado catarí Lolwah Al-Khater.",
     "Khalifa Shaheen Almarar", "Lolwah Al-Khater"),
    ("أجرى وزير دولة الإماراتي خليفة شاهين المرر اتصالا هاتفيا يوم الاثنين مع لولوة الخاطر.",
     "Khalifa Shaheen Almarar", "Lolwah Al-Khater"),
    ("أجرت وزيرة الدولة للتعاون الدولي القطرية لولوة الخاطر اتصالا هاتفيا يوم الاثنين مع ريم الهاشمي.",
     "Lolwah Al-Khater", "Reem Al Hashimy"),
])
func aMinisterOfStateIsOneNamedParty(text: String, first: String, second: String) {
    expectTwoNamedParties(text, first, second)
}

// (guard: the French feminine form already gave the two named parties before the title was added)
@Test func aFrenchMinistreDEtatIsOneNamedParty() {
    expectTwoNamedParties("La ministre d'État qatarie Lolwah Al-Khater s'est entretenue lundi par téléphone avec la ministre d'État émiratie Reem Al Hashimy.",
                          "Lolwah Al-Khater", "Reem Al Hashimy")
}

private func expectTwoNamedParties(_ text: String, _ first: String, _ second: String) {
    let events = Fixtures.extractBundled(text, published: "2023-04-10")
    #expect(events.count == 1)
    #expect(events.first?.participants.count == 2)
    #expect(events.first?.participants.map(\.name) == [first, second])
    #expect(events.first?.date == Fixtures.day("2023-04-10"))
}

@Test func theMinisterOfStatesRoleIsTheKnowledgeBasesOne() {
    let events = Fixtures.extractBundled("UAE Minister of State Khalifa Shaheen Almarar held a phone call on Monday with Reem Al Hashimy.", published: "2023-04-10")
    let almarar = events.first?.participants.first { $0.name == "Khalifa Shaheen Almarar" }
    #expect(almarar?.role == "Minister of State")
    #expect(almarar?.country == "AE")
}
