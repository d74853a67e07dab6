import Testing
@testable import HotlineExtract

// A minister's title with a long ministry name before the holder's name: over two stretches
// ("la ministre de la Culture, des Sports et de la Jeunesse, X") or over up to twelve words
// ("ministre français de l'Eau et de l'Aménagement du territoire, X"). The holder is a
// person the knowledge base lacks, named with the country the title gives.

@Test(arguments: [
    ("Lundi, la ministre espagnole de la Culture, des Sports et de la Jeunesse, Carmen Ruiz Beltrán, a eu Nasser Bourita au téléphone.",
     "Carmen Ruiz Beltrán", "ES"),
    ("Nasser Bourita a parlé au téléphone avec le ministre français de l'Eau et de l'Aménagement du territoire, Pierre-Yves Garnier.",
     "Pierre-Yves Garnier", "FR"),
])
func aLongMinistryNameEndsBeforeItsHolder(text: String, holder: String, country: String) {
    let events = Fixtures.extract(text, published: "2025-11-26")
    #expect(events.map(Fixtures.names) == [[holder, "Nasser Bourita"]])
    #expect(events.first?.participants.first { $0.name == holder }?.country == country)
}

// (guard: a ministry name that runs on to no person names no one)
@Test func aMinistryNameWithNoHolderNamesNoOne() {
    let text = "Nasser Bourita a parlé au téléphone avec la ministre de la Culture, des Sports et de la Jeunesse, puis il a rejoint la réunion."
    let events = Fixtures.extract(text, published: "2025-11-26")
    #expect(!events.contains { $0.participants.contains { $0.name == "Sports" || $0.name == "Culture" } })
}
