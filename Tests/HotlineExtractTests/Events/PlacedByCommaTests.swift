import Testing
@testable import HotlineExtract

// "The first call, placed by Minister X shortly after noon, ..." after "A spoke by phone with
// counterparts X and Y in two separate conversations" makes X the caller of the A–X call; the
// A–Y call has no caller. (The bundled knowledge base.)

private let twoConversations = """
    German Foreign Minister Annalena Baerbock spoke by phone on Thursday with her counterparts Stéphane Séjourné and \
    Antonio Tajani in two separate conversations.
    """

@Test(arguments: [("Séjourné", "Stéphane Séjourné", "Antonio Tajani"), ("Tajani", "Antonio Tajani", "Stéphane Séjourné")])
func aCallPlacedByAfterACommaNamesTheCallerOfThatPair(surname: String, caller: String, other: String) {
    let events = Fixtures.extractBundled("""
        \(twoConversations) The first call, placed by Minister \(surname) shortly after noon, lasted forty minutes.
        """, published: "2024-05-10")
    #expect(events.count == 2, "\(surname)")
    let placed = events.first { Fixtures.names($0).contains(caller) }
    #expect(placed.map(Fixtures.names) == ["Annalena Baerbock", caller], "\(surname)")
    #expect(Fixtures.caller(placed) == caller, "\(surname)")
    let unplaced = events.first { Fixtures.names($0).contains(other) }
    #expect(unplaced.map(Fixtures.names) == ["Annalena Baerbock", other], "\(surname)")
    #expect(unplaced?.initiator == nil, "\(surname)")
    #expect(events.allSatisfy { $0.date == Fixtures.day("2024-05-09") }, "\(surname)")
}

// (guard: "was placed by" names the caller of that pair)
@Test func aCallThatWasPlacedByNamesTheCallerOfThatPair() {
    let events = Fixtures.extractBundled("""
        \(twoConversations) The first call was placed by Minister Séjourné shortly after noon.
        """, published: "2024-05-10")
    #expect(events.count == 2)
    #expect(Fixtures.caller(events.first { Fixtures.names($0).contains("Stéphane Séjourné") }) == "Stéphane Séjourné")
    #expect(events.first { Fixtures.names($0).contains("Antonio Tajani") }?.initiator == nil)
}

// (guard: a title and a surname the agent's own do not end with ("Minister Wang" for Wang Yi, whom
// the knowledge base knows by full name only) is no caller, not the sentence's subject by title)
@Test func anAgentNotNamedByTheirOwnSurnameIsNoCaller() {
    let events = Fixtures.extractBundled("""
        Foreign Minister Penny Wong spoke by phone on Thursday with her counterparts Wang Yi and Yoko Kamikawa in two \
        separate conversations. The first call, placed by Minister Wang shortly after noon, lasted forty minutes.
        """, published: "2024-05-10")
    #expect(events.count == 2)
    #expect(events.allSatisfy { $0.initiator == nil })
}
