import Testing
@testable import HotlineExtract

// Morocco's ministers delegate in the bundled knowledge base (Ghita Mezzour and Amal El Fallah
// Seghrouchni for digital transition, Mohcine Jazouli for investment): a call sentence names
// them with their country and role.

@Test(arguments: [
    ("Ghita Mezzour held a video call on Monday with Reem Al Hashimy.", "2023-05-14", "2023-05-08",
     "Ghita Mezzour", "Minister Delegate in charge of Digital Transition and Administrative Reform"),
    ("La ministre déléguée chargée de la Transition numérique, Ghita Mezzour, s'est entretenue lundi par visioconférence avec Reem Al Hashimy.", "2023-05-14", "2023-05-08",
     "Ghita Mezzour", "Minister Delegate in charge of Digital Transition and Administrative Reform"),
    ("Amal El Fallah Seghrouchni held a video call on Monday with Reem Al Hashimy.", "2025-05-14", "2025-05-12",
     "Amal El Fallah Seghrouchni", "Minister Delegate in charge of Digital Transition and Administrative Reform"),
    ("Mohcine Jazouli held a video call on Monday with Reem Al Hashimy.", "2023-05-14", "2023-05-08",
     "Mohcine Jazouli", "Minister Delegate in charge of Investment, Convergence and the Evaluation of Public Policies"),
])
func aMinisterDelegateIsAMoroccanCallParty(text: String, published: String, day: String, name: String, role: String) {
    let events = Fixtures.extractBundled(text, published: published)
    #expect(events.map(Fixtures.names) == [[name, "Reem Al Hashimy"]])
    let minister = events.first?.participants.first { $0.name == name }
    #expect(minister?.country == "MA")
    #expect(minister?.role == role)
    #expect(events.first?.date == Fixtures.day(day))
}
