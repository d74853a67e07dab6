import Testing
@testable import HotlineExtract

// "they" before the call words of a sentence that names no other party stands for the pair the
// story named last: "On March 11, they spoke by phone" recalls an earlier call of the pair; not
// when a with-word gives the call another party ("they had spoken by phone with the captain").
// A sentence counting the call among the pair's calls ("This was the second conversation
// between the ministers") reports no other call.

@Test func theyRecallsAnEarlierCallOfThePair() {
    let events = Fixtures.extract("""
        Nasser Bourita phoned José Manuel Albares on Sunday. On 11 March they talked by phone on fishing quotas.
        """, published: "2025-05-11")
    let days = Set(events.map { $0.date?.iso ?? "" })
    #expect(days == ["2025-05-11", "2025-03-11"])
    #expect(events.allSatisfy { Fixtures.names($0) == ["Nasser Bourita", "José Manuel Albares"] })
}

@Test func theyWithAnotherPartyIsNotThePair() {
    let events = Fixtures.extract("""
        Nasser Bourita phoned José Manuel Albares on Sunday. Relatives of the crew told the paper they had spoken by \
        phone with the boat's captain on Monday.
        """, published: "2025-05-13")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2025-05-11")
}

@Test(arguments: [
    """
    Nasser Bourita held a phone call with José Manuel Albares on Sunday afternoon. The call came hours after Madrid \
    proposed new talks from Thursday. It is the second conversation of the two ministers this spring.
    """,
    """
    Nasser Bourita s'est entretenu dimanche au téléphone avec José Manuel Albares. L'appel est intervenu quelques \
    heures après une proposition de Madrid pour des pourparlers à partir de jeudi. C'est le deuxième entretien des \
    ministres depuis le printemps.
    """,
])
func countingTheCallReportsNoOtherCall(text: String) {
    let events = Fixtures.extract(text, published: "2025-05-11")
    #expect(events.map { $0.date?.iso ?? "" } == ["2025-05-11"])
}
