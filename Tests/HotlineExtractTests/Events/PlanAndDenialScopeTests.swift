import Testing
@testable import HotlineExtract

// What makes a call no call, however its words are set out: a plan whose clause an aside
// interrupts ("no tiene previsto, de momento, llamar por teléfono a X"); a plan to prepare a
// video conference; a statement that there is no record of the call reported. A denial counts
// only in its own clause: "X, Y discuss aid; Kremlin rules out leaders' call" denies no call of
// X and Y.

@Test(arguments: [
    "Según el portavoz, Nasser Bourita no tiene previsto, de momento, llamar por teléfono a José Manuel Albares.",
    "Rabat et Madrid sont convenus de préparer une visioconférence réunissant Nasser Bourita et José Manuel Albares en juin.",
    "The two sides agreed to prepare a videoconference between Nasser Bourita and José Manuel Albares in June.",
])
func aPlanIsNoCall(text: String) {
    #expect(Fixtures.extract(text, published: "2025-05-12").isEmpty)
}

// (guard: an aside in a call that took place leaves it a call)
@Test func anAsideInAReportedCallLeavesIt() {
    let events = Fixtures.extract("Nasser Bourita habló, según su ministerio, por teléfono con José Manuel Albares.", published: "2025-05-12")
    #expect(events.map(Fixtures.names) == [["Nasser Bourita", "José Manuel Albares"]])
}

@Test func noRecordOfTheCallDeniesIt() {
    let events = Fixtures.extract("""
        A video claims that Nasser Bourita "called Albares at midnight to apologise" for his remarks. There is no record \
        of any telephone call between the two ministers in that period.
        """, published: "2025-04-08")
    #expect(events.isEmpty)
}

@Test func aDenialInAnotherClauseLeavesTheCall() {
    let events = Fixtures.extract("""
        Bourita, Albares discuss migration; Élysée rules out leaders' call

        Nasser Bourita held a telephone conversation with Spain's Foreign Minister José Manuel Albares on Wednesday.
        """, published: "2025-06-05")
    #expect(events.map(Fixtures.names) == [["Nasser Bourita", "José Manuel Albares"]])
}

@Test func aStatementThatNoCallTookPlaceDeniesTheCallReported() {
    let events = Fixtures.extract("""
        Question: There were reports that Nasser Bourita and José Manuel Albares spoke by phone once the accord was initialled. \
        Can you confirm? Answer: No. There was no telephone conversation at all.
        """, published: "2025-04-10")
    #expect(events.isEmpty)
}

// (guard: a statement that leaves the call's day untold does not deny it)
@Test func anUntoldDayLeavesTheCall() {
    let events = Fixtures.extract("""
        Nasser Bourita held a phone call with José Manuel Albares, the ministry said on Sunday. It did not say on which \
        day the conversation took place.
        """, published: "2025-04-10")
    #expect(events.map(Fixtures.names) == [["Nasser Bourita", "José Manuel Albares"]])
}

// (a correction's account of what the article said before reports no call: the call keeps the
// day the corrected report gives)
@Test(arguments: [
    "CORRECTION: A previous version of this article said that the phone call between Nasser Bourita and José Manuel Albares took place on Wednesday, March 5. It took place on Tuesday, March 4.\n\nNasser Bourita called José Manuel Albares on Tuesday, March 4.",
    "RECTIFICATIF — Une version précédente de cet article situait au mercredi 5 mars l'entretien téléphonique de Nasser Bourita avec José Manuel Albares.\n\nNasser Bourita a appelé mardi 4 mars José Manuel Albares.",
])
func aCorrectionsAccountOfTheOldVersionIsNoReport(text: String) {
    let events = Fixtures.extract(text, published: "2025-03-06")
    #expect(events.map { $0.date?.iso ?? "" } == ["2025-03-04"])
}
