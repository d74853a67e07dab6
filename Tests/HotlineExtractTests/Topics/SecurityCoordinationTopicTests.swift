import Testing
@testable import HotlineExtract

// "security coordination", "coordination sécuritaire", "coordinación de seguridad", "التنسيق
// العسكري" (topics.json): a call about it carries the topic security-cooperation; coordination
// of anything else does not.

private func topicIDs(_ text: String) -> [String] {
    let events = Fixtures.extractBundled(text, published: "2024-05-17")
    return events.count == 1 ? events[0].topics.map(\.id) : ["(\(events.count) events)"]
}

@Test(arguments: [
    "Antony Blinken spoke by phone on Monday with Ayman Safadi about security coordination along the border.",
    "Emmanuel Macron s'est entretenu lundi par téléphone avec Ayman Safadi de la coordination sécuritaire entre les deux pays.",
    "José Manuel Albares habló el lunes por teléfono con Nasser Bourita sobre la coordinación de seguridad en el Estrecho.",
    "أجرى أيمن الصفدي يوم الاثنين اتصالا هاتفيا مع ناصر بوريطة بحثا خلاله التنسيق العسكري بين البلدين.",
])
func securityCoordinationIsSecurityCooperation(text: String) {
    #expect(topicIDs(text) == ["security-cooperation"])
}

// (guard: coordination of positions is no security topic)
@Test func coordinationOfPositionsCarriesNoTopic() {
    #expect(topicIDs("Antony Blinken spoke by phone on Monday with Ayman Safadi about coordination of their positions at the summit.") == [])
}
