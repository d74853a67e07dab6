import Testing
@testable import HotlineExtract

// Spanish pluperfect "había llamado a X" is an active call trigger: its subject placed a call to
// X on the day the sentence gives.

@Test(arguments: [
    "El entonces canciller José Manuel Albares había llamado a Nasser Bourita el 12 de mayo para tratar el cierre de un paso fronterizo.",
    "El canciller José Manuel Albares había llamado al ministro marroquí Nasser Bourita el 12 de mayo para hablar de la pesca.",
    "José Manuel Albares había llamado el 12 de mayo a Nasser Bourita para hablar de la pesca.",
])
func hadCalledIsACallPlacedByItsSubject(text: String) {
    let events = Fixtures.extractBundled(text, published: "2024-05-17")
    #expect(events.map(Fixtures.names) == [["José Manuel Albares", "Nasser Bourita"]])
    #expect(events.first?.date == Fixtures.day("2024-05-12"))
    #expect(Fixtures.caller(events.first) == "José Manuel Albares")
}

// (guard: "había llamado a" with no party after it, a call for calm, is no call)
@Test func hadCalledForCalmIsNoCall() {
    let events = Fixtures.extractBundled("José Manuel Albares había llamado el 12 de mayo a la calma en la frontera con Marruecos.",
                                         published: "2024-05-17")
    #expect(events.isEmpty)
}
