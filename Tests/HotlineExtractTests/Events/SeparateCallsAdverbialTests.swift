import Testing
@testable import HotlineExtract

// "..., en dos conversaciones telefónicas distintas" after a caller and the counterparts he
// called says how those calls were held: one call with each counterpart, resolved from the
// caller's office.
@Test func enDosConversacionesQualifiesTheCallsJustReported() {
    let events = Fixtures.extractBundled("""
        El canciller marroquí Nasser Bourita llamó el martes 4 de febrero a sus homólogos sueca y danés, en dos conversaciones telefónicas distintas.
        """, published: "2025-02-06")
    #expect(events.count == 2)
    #expect(Set(events.map(Fixtures.names)) == [["Nasser Bourita", "Maria Malmer Stenergard"], ["Nasser Bourita", "Lars Løkke Rasmussen"]])
    #expect(events.allSatisfy { Fixtures.caller($0) == "Nasser Bourita" })
    #expect(events.allSatisfy { $0.date == Fixtures.day("2025-02-04") })
}
