import Testing
@testable import HotlineExtract

/// "ni en persona ni por teléfono", "neither in person nor by phone" (`negation`: "ni", "nor",
/// "neither"): a phone phrase set off after the verb by a comma is denied with it.
@Suite struct NeitherNorNegationTests {
    @Test(arguments: [
        "El canciller marroquí Nasser Bourita afirmó que jamás había hablado con Ayman Safadi, ni en persona ni por teléfono.",
        "Moroccan Foreign Minister Nasser Bourita said he had not spoken to Ayman Safadi, neither in person nor by phone.",
    ])
    func aPhonePhraseInANeitherNorListIsNoCall(text: String) {
        #expect(Fixtures.extractBundled(text, published: "2024-05-10").isEmpty)
    }

    // (guard: a phone phrase with no such list is still a call)
    @Test func aPlainPhoneCallStays() {
        let events = Fixtures.extractBundled(
            "El canciller marroquí Nasser Bourita habló el jueves por teléfono con Ayman Safadi.", published: "2024-05-10")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Ayman Safadi"])
    }
}
