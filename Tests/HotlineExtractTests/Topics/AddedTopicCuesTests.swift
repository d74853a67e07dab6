import Testing
@testable import HotlineExtract

// Topic cues added to topics.json: deportations, repatriations, asylum seekers and migrant
// workers are migration; gas fields energy; confidence-building measures security cooperation;
// a trade deficit or a surtax trade and investment. A call sentence whose discussion names one
// carries that topic and no other.

private func topicIDs(_ text: String) -> [String] {
    let events = Fixtures.extract(text, published: "2024-05-14")
    return events.count == 1 ? events[0].topics.map(\.id) : ["(\(events.count) events)"]
}

@Test(arguments: [
    ("Antony Blinken spoke by phone on Monday with Nasser Bourita about deportations.", "migration"),
    ("Antony Blinken s'est entretenu lundi par téléphone avec Nasser Bourita des rapatriements.", "migration"),
    ("Antony Blinken spoke by phone on Monday with Nasser Bourita about asylum seekers.", "migration"),
    ("Antony Blinken s'est entretenu lundi par téléphone avec Nasser Bourita au sujet des demandeurs d'asile.", "migration"),
    ("José Manuel Albares habló el lunes por teléfono con Nasser Bourita sobre los solicitantes de asilo.", "migration"),
    ("Emmanuel Macron s'est entretenu lundi par téléphone avec Nasser Bourita d'un champ gazier au large.", "energy"),
    ("Antony Blinken spoke by phone on Monday with Nasser Bourita about confidence-building measures.", "security-cooperation"),
    ("Emmanuel Macron s'est entretenu lundi par téléphone avec Nasser Bourita sur des mesures de confiance.", "security-cooperation"),
    ("Emmanuel Macron s'est entretenu lundi par téléphone avec Nasser Bourita du déficit commercial.", "trade-investment"),
    ("Emmanuel Macron s'est entretenu lundi par téléphone avec Nasser Bourita de la surtaxe sur l'acier.", "trade-investment"),
])
func anAddedCueGivesItsTopic(text: String, topic: String) {
    #expect(topicIDs(text) == [topic])
}

// (guard: older cues ("migrant", "gas", "trade") already gave these topics; the added phrases
// keep them)
@Test(arguments: [
    ("Antony Blinken spoke by phone on Monday with Nasser Bourita about the welfare of migrant workers.", "migration"),
    ("Antony Blinken spoke by phone on Monday with Nasser Bourita about a gas field off the coast.", "energy"),
    ("José Manuel Albares habló el lunes por teléfono con Nasser Bourita sobre un campo de gas frente a la costa.", "energy"),
    ("أجرى أيمن الصفدي اتصالا هاتفيا يوم الاثنين مع ناصر بوريطة بحث خلاله تطوير حقل الغاز.", "energy"),
    ("Antony Blinken spoke by phone on Monday with Nasser Bourita about the trade deficit.", "trade-investment"),
])
func anAddedCueWithAnOlderWordKeepsItsTopic(text: String, topic: String) {
    #expect(topicIDs(text) == [topic])
}

// (guard: a call about none of these carries no topic)
@Test func anUnrelatedCallCarriesNoTopic() {
    #expect(topicIDs("Antony Blinken spoke by phone on Monday with Nasser Bourita about the harvest.") == [])
}
