import Testing
@testable import HotlineExtract

// A call noun that is also a verb ("calls") reads as a noun before a short lower-case qualifier
// or a list's colon and then a with-word: "further calls of the day: with A, with B and with C"
// are calls of the subject with each; "calls for talks with X" is an appeal.

@Test func callsOfTheDayWithEachPartyAreCalls() {
    let events = Fixtures.extract("""
        In a post late on Thursday, Nasser Bourita listed further calls of the day: with José Manuel Albares, with \
        Ayman Safadi, and with Antony Blinken.
        """, published: "2023-05-12")
    let others = Set(events.flatMap { Fixtures.names($0).subtracting(["Nasser Bourita"]) })
    #expect(events.count == 3)
    #expect(others == ["José Manuel Albares", "Ayman Safadi", "Antony Blinken"])
    #expect(events.allSatisfy { $0.date?.iso == "2023-05-11" })
}

@Test func callsForTalksAreNoCalls() {
    #expect(Fixtures.extract("Nasser Bourita calls for talks with José Manuel Albares on the crossings.", published: "2023-05-12").isEmpty)
}
