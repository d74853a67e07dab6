import Testing
@testable import HotlineExtract

// A person the knowledge base lacks, named before a comma and a title ("X, Morocco's agriculture
// minister, ..."), is that title's holder; so is a name after a ministry's portfolio ("chargé de
// ...", "in charge of ...", a bracketed word, a list of the ministry's names) and, in Arabic, a
// name before a comma and a title with its country.

@Test(arguments: [
    ("Karim Tazi Alaoui, Morocco's water minister, spoke on Monday with the press.", "MA"),
    ("Le même jour, avec Karim Tazi Alaoui, ministre marocain de l'Eau, les échanges ont repris.", "MA"),
    ("Tras la reunión, Karim Tazi Alaoui, al frente de la cartera de Pesca, declaró a la prensa.", nil),
])
func aNameBeforeACommaAndATitleHoldsIt(text: String, country: String?) {
    let named = Fixtures.mentions(text).filter { $0.name != nil }
    #expect(named.map(\.name) == ["Karim Tazi Alaoui"])
    #expect(named.first?.kinds == ["minister"])
    #expect(named.first?.country == country)
}

@Test(arguments: [
    // (a function word opens the capitalised words: an institution, not a person)
    "The Atlas Water Board, the minister said, will meet in May.",
    // (the words do not open their clause)
    "Officials of Rabat Water Works, the minister said, will meet in May.",
])
func capitalisedWordsThatDoNotOpenTheirClauseNameNoOne(text: String) {
    #expect(Fixtures.mentions(text).allSatisfy { $0.name == nil })
}

@Test(arguments: [
    "Il s'est entretenu avec le ministre marocain chargé de l'eau (barrages), Karim Tazi Alaoui.",
    "He spoke with the Moroccan minister in charge of water resources, Karim Tazi Alaoui.",
    "Habló con el ministro marroquí encargado de los recursos hídricos, Karim Tazi Alaoui.",
    "He spoke with Morocco's Minister of State for Water Resources (Dams), Karim Tazi Alaoui.",
])
func aNameAfterAPortfolioHoldsTheTitle(text: String) {
    let named = Fixtures.mentions(text).filter { $0.name != nil }
    #expect(named.map(\.name) == ["Karim Tazi Alaoui"])
    #expect(named.first?.country == "MA")
}

@Test func aListOfTheMinistrysNamesIsNoPerson() {
    let named = Fixtures.mentions("Habló con el ministro español de Industria, Comercio y Turismo, Lucía Ferrández Olmo.").filter { $0.name != nil }
    #expect(named.map(\.name) == ["Lucía Ferrández Olmo"])
    #expect(named.first?.country == "ES")
}

@Test(arguments: [
    "أجرى ناصر بوريطة اتصالا هاتفيا مع خوان بيريث غارسيا، وزير الزراعة الإسباني.",
    "أجرى ناصر بوريطة اتصالا هاتفيا مع خوان بيريث غارسيا، الوزير الإسباني.",
])
func anArabicNameBeforeACommaAndATitleWithItsCountry(text: String) {
    let events = Fixtures.extract(text, published: "2024-05-10")
    #expect(events.count == 1)
    #expect(events.first?.participants.map(\.name) == ["Nasser Bourita", "خوان بيريث غارسيا"])
    #expect(events.first?.participants.last?.country == "ES")
}

// A run of portfolio names after a title's "of" word ends right before the holder's name
// ("Minister of Energy X"); a verb or object marker before a name may open it ("telefoneó a X,
// el ministro argelino de Energía").
@Test(arguments: [
    "Minister of Water and Energy Karim Tazi Alaoui arrived on a short visit to the region.",
    "La ministra de Agricultura y Pesca Lucía Ferrández Olmo llegó a Rabat.",
])
func aNameAfterTheTitlesPortfolioHoldsIt(text: String) {
    let named = Fixtures.mentions(text).filter { $0.name != nil }
    #expect(named.count == 1)
    #expect(named.first?.name?.hasSuffix("Alaoui") == true || named.first?.name?.hasSuffix("Olmo") == true)
    #expect(named.first?.kinds == ["minister"])
}

@Test func aNameAfterAVerbBeforeACommaAndATitleHoldsIt() {
    let named = Fixtures.mentions("Cuando Nasser Bourita telefoneó a Karim Tazi Alaoui, el ministro jordano de Energía le aseguró que sí.").filter { $0.name != nil }
    #expect(named.map(\.name) == ["Karim Tazi Alaoui"])
    #expect(named.first?.country == "JO")
}

// Capitalised words after a noun its determiner opens name a thing, not the holder of the title
// after the comma ("sur son compte Liberty Square, le ministre").
@Test(arguments: [
    "Sur son réseau Liberty Square, le président a salué l'appel.",
    "On his platform Liberty Square, the president praised the call.",
    "En su red Liberty Square, el presidente elogió la llamada.",
])
func capitalisedWordsAfterADeterminedNounNameNoOne(text: String) {
    #expect(Fixtures.mentions(text).allSatisfy { $0.name == nil })
}
