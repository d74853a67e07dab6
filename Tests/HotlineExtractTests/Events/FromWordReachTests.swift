import Testing
@testable import HotlineExtract

// A from-word far after a call noun names the caller only right after a comma ("اتصالا هاتفيا
// مساء أمس الخميس، من Y"), not inside a phrase ("une conversation à trois au cours de laquelle").

@Test func aFromWordInsideAPhraseIsNotTheCaller() {
    let text = "Emmanuel Macron et Nasser Bourita se sont entretenus hier par téléphone, une conversation à deux au cours de laquelle le président français a évoqué la visite."
    let events = Fixtures.extract(text, published: "2024-03-07")
    #expect(events.count == 1)
    #expect(events.first?.initiator == nil)
}
