import Testing
@testable import HotlineExtract

// "X telephoned A and B" followed by a report of each call is two calls, each placed by X; a
// call of three parties with no caller stays one call.

@Test func aCallersSummaryFollowedByEachCallIsSplit() {
    let text = """
    Emmanuel Macron on Sunday telephoned Nasser Bourita and Ayman Safadi. \
    Macron first spoke to Bourita about trade. Later in the evening, Macron called Safadi about Gaza.
    """
    let events = Fixtures.extract(text, published: "2024-01-08")
    #expect(Set(events.map(Fixtures.names)) == [["Emmanuel Macron", "Nasser Bourita"], ["Emmanuel Macron", "Ayman Safadi"]])
    #expect(events.allSatisfy { Fixtures.caller($0) == "Emmanuel Macron" })
}

@Test func aVideoCallOfThreeStaysOneCall() {
    let text = """
    Emmanuel Macron, Nasser Bourita and Ayman Safadi held a video call on Sunday. \
    Macron said he had a good call with Bourita and Safadi.
    """
    let events = Fixtures.extract(text, published: "2024-01-08")
    #expect(events.map(Fixtures.names).contains(["Emmanuel Macron", "Nasser Bourita", "Ayman Safadi"]))
}

@Test(arguments: [
    "President Emmanuel Macron on Sunday telephoned King Mohammed VI and Foreign Minister Nasser Bourita.",
    "Emmanuel Macron a appelé dimanche le roi Mohammed VI et le ministre Nasser Bourita.",
])
func aCallerPhoningTwoPartiesMakesTwoCalls(text: String) {
    let events = Fixtures.extract(text, published: "2024-01-08")
    #expect(Set(events.map(Fixtures.names)) == [["Emmanuel Macron", "Mohammed VI"], ["Emmanuel Macron", "Nasser Bourita"]])
}

// A headline's "X on the phone with A and B" over the body's calls of each pair on two days:
// two calls, not one of three.
@Test(arguments: [
    "Nasser Bourita au téléphone avec Blinken et Albares\n\nNasser Bourita s'est entretenu samedi par téléphone avec Antony Blinken. La veille, il avait déjà eu un entretien téléphonique avec José Manuel Albares.",
    "Bourita on the phone with Blinken and Albares\n\nNasser Bourita spoke by phone with Antony Blinken on Saturday. The day before, he had held a phone call with José Manuel Albares.",
])
func aHeadlineOverCallsOnTwoDaysIsSplit(text: String) {
    let events = Fixtures.extract(text, published: "2025-03-03")
    #expect(Set(events.map(Fixtures.names)) == [["Nasser Bourita", "Antony Blinken"], ["Nasser Bourita", "José Manuel Albares"]])
    #expect(Set(events.compactMap { $0.date?.iso }) == ["2025-03-01", "2025-02-28"])
}

// "X took two calls on Sunday from fellow ministers. In the first call, Y reviewed with the
// prince ...": a counted call whose sentence names one party is a call of the series' party,
// placed by that party when the series came to X.
@Test func anOrdinalCallOfACountedSeriesIsTheSeriesPartysCall() {
    let text = """
    On Sunday Nasser Bourita took two telephone calls from other foreign ministers.

    In the first call, Ayman Safadi reviewed with him the situation in the Gaza Strip.

    Bourita later received a call from Antony Blinken about the Negev Forum.
    """
    let events = Fixtures.extract(text, published: "2023-10-16")
    #expect(events.count == 2)
    let first = events.first { Fixtures.names($0) == ["Nasser Bourita", "Ayman Safadi"] }
    #expect(first?.date?.iso == "2023-10-15")
    // (calls Bourita took from others: the other side placed them)
    #expect(Fixtures.caller(first) == "Ayman Safadi")
}

@Test func anOrdinalCallWithoutACountedSeriesAddsNoParty() {
    let text = "In the first call, Ayman Safadi reviewed the situation in the Gaza Strip with the minister."
    #expect(Fixtures.extract(text, published: "2023-10-16").isEmpty)
}
