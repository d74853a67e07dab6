import Testing
@testable import HotlineExtract

// Separate calls whose caller the sentence does not resolve ("the Secretary had separate
// conversations with A and with B") are not a call between A and B.

@Test(arguments: [
    "On Tuesday the Secretary held separate telephone conversations: with Jordan's Ayman Safadi and with Morocco's Nasser Bourita.",
    "Hier, le haut fonctionnaire a eu des entretiens téléphoniques séparés avec Ayman Safadi et avec Nasser Bourita.",
    "Ayer, el alto funcionario mantuvo conversaciones telefónicas separadas con Ayman Safadi y con Nasser Bourita.",
])
func separateCallsOfAnUnresolvedCallerPairNoOne(text: String) {
    #expect(Fixtures.extract(text, published: "2024-05-08").isEmpty)
}

// (guard: a named caller still has one call with each)
@Test func separateCallsOfANamedCallerAreOneEach() {
    let text = "On Tuesday Antony Blinken held separate telephone conversations: with Jordan's Ayman Safadi and with Morocco's Nasser Bourita."
    let events = Fixtures.extract(text, published: "2024-05-08")
    #expect(Set(events.map(Fixtures.names)) == [["Antony Blinken", "Ayman Safadi"], ["Antony Blinken", "Nasser Bourita"]])
}
