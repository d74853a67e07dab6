import Testing
@testable import HotlineExtract

// "No es la primera vez que los dos gobernantes conversan. A finales de octubre ya habían hablado
// por teléfono": a plural auxiliary with no subject tells of the pair of the story's last call,
// here an earlier call of theirs.
@Test func anEarlierCallOfTheSamePairWithoutASubject() {
    let events = Fixtures.extractBundled("""
        El canciller José Manuel Albares recibió ayer una llamada telefónica de su homólogo marroquí, Nasser Bourita.

        No es la primera vez que los dos gobernantes conversan a distancia. A finales de octubre ya habían hablado por teléfono.
        """, published: "2025-01-23")
    #expect(events.count == 2)
    #expect(Set(events.compactMap { $0.date?.iso }) == ["2025-01-22", "2024-10"])
    #expect(events.allSatisfy { Fixtures.names($0) == ["José Manuel Albares", "Nasser Bourita"] })
}
