import Testing
@testable import HotlineExtract

// A denied joint call is not a denied bilateral one: after A called B and C held a separate call
// with B, "There was no joint conversation of the three leaders" keeps both calls. After a single
// bilateral call, "There was no such telephone conversation" still removes it. (The bundled
// knowledge base.)

@Test func aDeniedJointCallKeepsTheTwoBilateralCalls() {
    let events = Fixtures.extractBundled("""
        Turkish President Recep Tayyip Erdoğan called Russian President Vladimir Putin on Tuesday to discuss grain exports. \
        Hours later, French President Emmanuel Macron held a separate phone call with Putin. There was no joint \
        conversation of the three leaders.
        """, published: "2023-07-20")
    #expect(events.count == 2)
    let turkish = events.first { Fixtures.names($0).contains("Recep Tayyip Erdoğan") }
    #expect(turkish.map(Fixtures.names) == ["Recep Tayyip Erdoğan", "Vladimir Putin"])
    #expect(Fixtures.caller(turkish) == "Recep Tayyip Erdoğan")
    let french = events.first { Fixtures.names($0).contains("Emmanuel Macron") }
    #expect(french.map(Fixtures.names) == ["Emmanuel Macron", "Vladimir Putin"])
    #expect(events.allSatisfy { $0.participants.count == 2 && $0.date == Fixtures.day("2023-07-18") })
}

// (guard: a denial of the story's one bilateral call removes it)
@Test func aDeniedSingleCallIsStillRemoved() {
    let events = Fixtures.extractBundled("""
        Turkish President Recep Tayyip Erdoğan called Russian President Vladimir Putin on Tuesday to discuss grain exports. \
        There was no such telephone conversation, the Kremlin said later.
        """, published: "2023-07-20")
    #expect(events.isEmpty)
}
