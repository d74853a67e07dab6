import Testing
@testable import HotlineExtract

// A call noun right after a clause's conjunction ("précise qu'un entretien ...", "said that a
// call ...") is the subject of its clause: what its predicate says ("pourrait être envisagé",
// "is not on the agenda", "était annoncé pour midi") leaves it unrealized. So does a call only
// scheduled in the past ("était prévu").

@Test(arguments: [
    "Le cabinet de Nasser Bourita indique qu'un échange téléphonique avec Ayman Safadi « pourrait avoir lieu d'ici l'été ».",
    "An aide said that a phone call between Nasser Bourita and Ayman Safadi is \"not on the agenda for now\".",
    "Un entretien téléphonique entre Nasser Bourita et Ayman Safadi était annoncé par la radio pour la mi-journée.",
    "Una fuente indicó que una llamada entre Nasser Bourita y Ayman Safadi podría celebrarse la semana próxima.",
])
func aCallTheClauseLeavesUnrealizedIsNoEvent(text: String) {
    #expect(Fixtures.extract(text, published: "2025-05-28").isEmpty)
}

// (guard: a clause that reports the call keeps it)
@Test func aCallTheClauseReportsIsKept() {
    let text = "Le cabinet indique qu'un échange téléphonique a réuni mardi Nasser Bourita et Ayman Safadi."
    #expect(Fixtures.extract(text, published: "2025-05-28").map(Fixtures.names) == [["Nasser Bourita", "Ayman Safadi"]])
}
