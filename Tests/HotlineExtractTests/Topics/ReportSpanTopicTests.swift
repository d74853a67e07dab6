import Testing
@testable import HotlineExtract

// Up to a call's last report, one paragraph that does not itself continue the report is kept in
// its topic context when the next one does ("Según explicó, México reforzará la frontera ...").

@Test func aParagraphBetweenReportsKeepsItsTopics() {
    let text = """
    Bourita y Safadi hablan de comercio

    RABAT, 3 mar (EFE). - Nasser Bourita habló este lunes por teléfono con Ayman Safadi sobre el comercio bilateral.

    Según detalló, los dos países ampliarán su cooperación en materia de seguridad y de lucha antiterrorista.

    "Fue un diálogo muy franco", añadió Bourita.

    Por su parte, Safadi confirmó que había hablado con Bourita.
    """
    let events = Fixtures.extract(text, published: "2025-03-04")
    #expect(events.count == 1)
    #expect(events.first?.topics.contains { $0.id == "security-cooperation" } == true)
}
