import Testing
@testable import HotlineExtract

// "President-elect", "presidente electo": the office's next holder, whom only the story can
// name, never the one holding it that day.

@Test(arguments: [
    "Nasser Bourita on Wednesday telephoned France's President-elect to congratulate him.",
    "Nasser Bourita on Wednesday telephoned the French President-elect to congratulate him.",
])
func aPresidentElectIsNotTheSittingPresident(text: String) {
    let events = Fixtures.extract(text, published: "2024-03-28")
    #expect(events.count == 1)
    #expect(events.first.map { !Fixtures.names($0).contains("Emmanuel Macron") } == true)
    #expect(events.first?.participants.contains { $0.name == nil && $0.country == "FR" } == true)
}

// A president-elect named without a country is the story's party whose term is still to come,
// not the sitting president the story named last.
@Test func aPresidentElectWithoutACountryIsTheStorysNextHolder() {
    let text = """
        09:15 | El presidente Luis Arce dijo que telefoneará a Rodrigo Paz durante el día para hablar del traspaso de mando.

        08:00 | Según su portavoz, el presidente electo mantuvo esta mañana una conversación telefónica con el mandatario brasileño Lula da Silva.
        """
    let events = Extractor().extract(Article(text: text, publishedAt: EventDate(iso: "2025-10-20"), language: "es")).events
    #expect(events.count == 1)
    #expect(events.first.map { Set($0.participants.compactMap(\.name)) } == ["Rodrigo Paz", "Luiz Inácio Lula da Silva"])
}
