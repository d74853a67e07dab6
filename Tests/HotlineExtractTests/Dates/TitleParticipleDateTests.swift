import Testing
@testable import HotlineExtract

// A participle of taking office inside a party's title ("Le premier ministre réélu X", "el
// presidente francés reelegido X") dates no other event: the call keeps its own day. One in an
// apposition ("X, élu en mars, ...") still dates the appointment, not the call.
// (The bundled knowledge base.)

@Test(arguments: [
    ("Le premier ministre réélu François Legault s'est entretenu mardi au téléphone avec Emmanuel Macron.", "2022-10-06", "2022-10-04", "François Legault"),
    ("Le président réélu Emmanuel Macron a reçu mardi un appel du président américain Joe Biden, qui l'a félicité.", "2022-04-28", "2022-04-26", "Joe Biden"),
    ("El presidente francés reelegido Emmanuel Macron recibió el martes una llamada del presidente estadounidense Joe Biden.", "2022-04-28", "2022-04-26", "Joe Biden"),
])
func aParticipleInATitleLeavesTheCallsDay(text: String, published: String, day: String, other: String) {
    let events = Fixtures.extractBundled(text, published: published)
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names)?.isSuperset(of: ["Emmanuel Macron", other]) == true)
    #expect(events.first?.date == Fixtures.day(day))
}

// (guard: an appointment in an apposition dates no call, the call's own day does)
@Test func anAppositionsElectionIsNotTheCallsMonth() {
    let events = Fixtures.extractBundled(
        "Le premier ministre François Legault, élu en mars, s'est entretenu mardi au téléphone avec le président français Emmanuel Macron.",
        published: "2022-10-06")
    #expect(events.count == 1)
    #expect(events.first?.date == Fixtures.day("2022-10-04"))
}

// (guard: nor is an apposition's day of re-election, with no day of the call)
@Test func anAppositionsReelectionDayIsNotTheCalls() {
    let events = Fixtures.extractBundled(
        "Le président français Emmanuel Macron, réélu le 24 avril, s'est entretenu par téléphone avec le président américain Joe Biden.",
        published: "2022-04-28")
    #expect(events.count == 1)
    #expect(events.first.map { $0.date == nil } == true)
}
