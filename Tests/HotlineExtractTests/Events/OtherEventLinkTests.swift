import Testing
@testable import HotlineExtract

// "La visioconférence est intervenue au lendemain du discours prononcé par X": the call noun
// refers back, and who the other event names is no party.
@Test(arguments: [
    "La visioconférence est intervenue au lendemain du discours prononcé mardi par le roi Mohammed VI, que M. Macron avait reçu lundi.",
    "L'échange s'est tenu à la veille du discours prononcé jeudi par le roi Mohammed VI devant le Parlement.",
])
func aCallTheDayAfterAnotherEventAddsNoParty(sentence: String) {
    let events = Fixtures.extract("""
        Le président Emmanuel Macron a participé mercredi à une visioconférence avec le ministre jordanien Ayman Safadi.

        \(sentence)
        """, published: "2025-05-30")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Emmanuel Macron", "Ayman Safadi"])
}
