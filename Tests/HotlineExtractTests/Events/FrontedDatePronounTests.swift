import Testing
@testable import HotlineExtract

// A subject pronoun right after a fronted date with no comma ("On March 26 he talked ...") is the
// party the sentence before named.

@Test func aPronounAfterAFrontedDateIsTheStorysSubject() {
    let events = Fixtures.extract("Nasser Bourita has had a full week. On March 26 he talked on the telephone with Ayman Safadi.", published: "2025-03-28")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Ayman Safadi"])
    #expect(events.first?.date == Fixtures.day("2025-03-26"))
}
