import Testing
@testable import HotlineExtract

// "The Moroccan minister spoke with his Omani counterpart, X": a nameless minister of a country
// is that country's holder, that day, of the office of the counterpart the sentence names (the
// knowledge base's office of X); not when the counterpart's office is itself one of many holders.
// (The bundled knowledge base.)

@Test(arguments: [
    "The Moroccan minister spoke on Monday with his Omani counterpart, Badr Albusaidi, by telephone.",
    "Le ministre marocain s'est entretenu lundi au téléphone avec son homologue omanais Badr Albusaidi.",
    "El ministro marroquí habló el lunes por teléfono con su homólogo omaní, Badr Albusaidi.",
])
func aNamelessMinisterHoldsTheCounterpartsOffice(text: String) {
    let events = Fixtures.extractBundled(text, published: "2024-05-14")
    #expect(events.map(Fixtures.names) == [["Nasser Bourita", "Badr Albusaidi"]])
    #expect(events.first?.participants.first { $0.name == "Nasser Bourita" }?.country == "MA")
}

// (guard: a counterpart the knowledge base does not know gives no office to take)
@Test func aCounterpartOfUnknownOfficeLeavesTheMinisterNameless() {
    let events = Fixtures.extractBundled(
        "The Moroccan minister of industry spoke on Monday with his Omani counterpart, Qais Al Yousef, by telephone.",
        published: "2024-05-14")
    #expect(events.count == 1)
    #expect(events.first?.participants.contains { $0.name == nil && $0.country == "MA" } == true)
}
