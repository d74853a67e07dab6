import Testing
@testable import HotlineExtract

// A denial that names no one but speaks of such a call ("no such call took place", "Je n'ai
// pas connaissance d'un tel entretien") denies the call reported just before it; a denial that
// names other people denies their call, not the one before.

@Test(arguments: [
    "Reports said Nasser Bourita had spoken by phone with Ayman Safadi. The presidency said no such call took place.",
    "Des médias ont affirmé que Nasser Bourita avait eu Ayman Safadi au téléphone. Est-ce exact ? Je ne peux pas le confirmer. Je n'ai pas connaissance d'un tel appel.",
    "Varios medios aseguraron que Nasser Bourita habló por teléfono con Ayman Safadi. No tengo constancia de esa llamada, dijo el portavoz.",
])
func aDenialNamingNoOneDeniesTheCallBefore(text: String) {
    #expect(Fixtures.extract(text, published: "2024-10-22").isEmpty)
}

// (guard: a denial of other people's call leaves the call before it)
@Test func aDenialOfOthersLeavesTheCallBefore() {
    let text = """
    Antony Blinken, who rang Nasser Bourita in March about a date, came back with a promise. \
    An official denied that Emmanuel Macron had talked with the King, and said no such call was being arranged.
    """
    let events = Fixtures.extract(text, published: "2023-07-20")
    #expect(events.map(Fixtures.names) == [["Antony Blinken", "Nasser Bourita"]])
}
