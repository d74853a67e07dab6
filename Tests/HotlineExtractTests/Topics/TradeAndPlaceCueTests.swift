import Testing
@testable import HotlineExtract

// Trade cues added to topics.json: tariff adjectives ("negociaciones arancelarias", "mesures
// tarifaires"), economic cooperation, goods crossing a border, an industrial zone. Jerusalem named
// as a place (a newspaper, a ministry "in Jerusalem", a call "from Jerusalem") is no Jerusalem
// topic; the city's status still is.

private func topicIDs(_ text: String) -> [String] {
    let events = Fixtures.extract(text, published: "2024-05-14")
    return events.count == 1 ? events[0].topics.map(\.id) : ["(\(events.count) events)"]
}

@Test(arguments: [
    "José Manuel Albares habló el lunes por teléfono con Nasser Bourita sobre las negociaciones arancelarias.",
    "Emmanuel Macron s'est entretenu lundi par téléphone avec Nasser Bourita des mesures tarifaires.",
    "Antony Blinken spoke by phone on Monday with Nasser Bourita about economic cooperation.",
    "José Manuel Albares habló el lunes por teléfono con Nasser Bourita sobre el paso de mercancías por la frontera.",
    "Antony Blinken spoke by phone on Monday with Nasser Bourita about a new industrial zone near the port.",
])
func anAddedTradeCueGivesTradeAndInvestment(text: String) {
    #expect(topicIDs(text) == ["trade-investment"])
}

@Test(arguments: [
    "Antony Blinken spoke by phone on Monday from Jerusalem with Nasser Bourita, the Jerusalem Post reported.",
    "Antony Blinken spoke by phone on Monday with Nasser Bourita, officials in Jerusalem said.",
])
func jerusalemAsAPlaceIsNoTopic(text: String) {
    #expect(topicIDs(text) == [])
}

// (guard: the city's status named as what was discussed stays the Jerusalem topic)
@Test func theStatusOfJerusalemStaysATopic() {
    #expect(topicIDs("Antony Blinken spoke by phone on Monday with Nasser Bourita about the status of Jerusalem.") == ["jerusalem"])
}
