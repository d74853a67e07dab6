import Testing
@testable import HotlineExtract

// Portfolio words (titles.json `portfolioWords`) are the title's complement, never a name: a
// capitalised portfolio between a minister's title and an unknown name ("Minister of Food
// Security and Climate Change X Y") leaves X Y as the party, and a ministry's name listed over
// commas ("Minister of Water, Rural Development, Fisheries, X") gives no party named after one
// of its portfolios ("Rural Development"). (The bundled knowledge base.)

@Test(arguments: [
    ("Luis Planas spoke by phone on Tuesday with the Emirati Minister of Food Security and Climate Change Khalfan Alnaqbi.", "en"),
    ("Le ministre émirati de la Sécurité alimentaire et du Changement climatique Khalfan Alnaqbi a eu mardi un échange téléphonique avec Luis Planas.", "fr"),
    ("El ministro emiratí de Seguridad Alimentaria y Cambio Climático Khalfan Alnaqbi conversó el martes por teléfono con Luis Planas.", "es"),
])
func anUnknownNameAfterACapitalisedPortfolioIsTheParty(text: String, language: String) {
    let events = Fixtures.extractBundled(text, published: "2023-05-10")
    #expect(events.count == 1, "\(language)")
    #expect(events.first?.participants.count == 2, "\(language)")
    #expect(events.first.map(Fixtures.names) == ["Khalfan Alnaqbi", "Luis Planas"], "\(language)")
    #expect(events.first?.participants.first { $0.name == "Khalfan Alnaqbi" }?.country == "AE", "\(language)")
    #expect(events.first?.date == Fixtures.day("2023-05-09"), "\(language)")
}

@Test(arguments: [
    ("The Moroccan Minister of Water, Irrigation, Rural Development, Maritime Fisheries, Mohamed Sadiki, spoke by phone on Tuesday with Luis Planas.",
     "Mohamed Sadiki", "Luis Planas"),
    ("Spanish minister Luis Planas held a phone call on Tuesday with his Moroccan counterpart for Agriculture, Maritime Fisheries and Rural Development, Mohamed Sadiki.",
     "Luis Planas", "Mohamed Sadiki"),
    ("Morocco's Minister of Industry, Trade, Digital Economy and Investment, Ryad Mezzour, held a phone call on Tuesday with Bandar Alkhorayef.",
     "Ryad Mezzour", "Bandar Alkhorayef"),
    ("The Minister of Tourism, Handicrafts and Social and Solidarity Economy, Fatim-Zahra Ammor, held a phone call on Tuesday with Haim Katz.",
     "Fatim-Zahra Ammor", "Haim Katz"),
    ("La ministra española Pilar Alegría conversó el martes por teléfono con el ministro marroquí de Universidades, Investigación Científica, Innovación, Abdellatif Miraoui.",
     "Pilar Alegría", "Abdellatif Miraoui"),
])
func aMinistryListedOverCommasGivesNoPartyNamedAfterAPortfolio(text: String, first: String, second: String) {
    let events = Fixtures.extractBundled(text, published: "2023-05-10")
    #expect(events.count == 1)
    #expect(events.first?.participants.count == 2)
    #expect(events.first?.participants.map(\.name) == [first, second])
    #expect(events.first?.date == Fixtures.day("2023-05-09"))
}

@Test(arguments: [
    "The Moroccan Minister of Water, Irrigation, Rural Development, Maritime Fisheries, Youssef Bennani, spoke by phone on Tuesday with Luis Planas.",
    "El ministro marroquí de Universidades, Investigación Científica, Innovación, Karim Fassi, conversó el martes por teléfono con Luis Planas.",
])
func aListedMinistryBeforeAnUnknownNameNamesNoPortfolio(text: String) {
    let events = Fixtures.extractBundled(text, published: "2023-05-10")
    #expect(events.count == 1)
    #expect(events.first?.participants.count == 2)
    let names = Set(events.flatMap(\.participants).compactMap(\.name))
    #expect(names.isDisjoint(with: ["Maritime Fisheries", "Rural Development", "Investigación Científica"]))
    #expect(names.contains("Luis Planas"))
    #expect(events.first?.participants.contains { $0.country == "MA" } == true)
}
