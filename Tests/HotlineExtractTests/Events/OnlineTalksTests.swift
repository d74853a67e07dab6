import Testing
@testable import HotlineExtract

// "video talks", "online talks", "virtual talks", "online meeting" are call words: held with two
// parties joined by "and" they make one call of three; plain "talks" stays no call.
// (The bundled knowledge base.)

@Test func videoTalksWithTwoLeadersAreOneCallOfThree() {
    let events = Fixtures.extractBundled(
        "On Thursday Japanese Prime Minister Shigeru Ishiba held video talks with British Prime Minister Keir Starmer and Italian Prime Minister Giorgia Meloni.",
        published: "2025-03-14")
    #expect(events.count == 1)
    #expect(events.map(Fixtures.names) == [["Shigeru Ishiba", "Keir Starmer", "Giorgia Meloni"]])
    #expect(events.first?.date == Fixtures.day("2025-03-13"))
}

@Test(arguments: [
    "French Foreign Minister Jean-Noël Barrot held online talks Wednesday with Egyptian Foreign Minister Badr Abdelatty.",
    "French Foreign Minister Jean-Noël Barrot held virtual talks on Wednesday with Egyptian Foreign Minister Badr Abdelatty.",
    "French Foreign Minister Jean-Noël Barrot had an online meeting on Wednesday with Egyptian Foreign Minister Badr Abdelatty.",
])
func onlineTalksAreACall(text: String) {
    let events = Fixtures.extractBundled(text, published: "2025-03-14")
    #expect(events.map(Fixtures.names) == [["Jean-Noël Barrot", "Badr Abdelatty"]])
    #expect(events.first?.date == Fixtures.day("2025-03-12"))
}

// (guard: talks with no word of a call or a screen are a meeting, no call)
@Test func plainTalksAreNoCall() {
    let events = Fixtures.extractBundled(
        "Japanese Prime Minister Shigeru Ishiba held talks Thursday with British Prime Minister Keir Starmer and Italian Prime Minister Giorgia Meloni in Tokyo.",
        published: "2025-03-14")
    #expect(events.isEmpty)
}

// (guard: a Spanish virtual meeting with two leaders joined by "y" is one call of three)
@Test func aSpanishVirtualMeetingIsOneCallOfThree() {
    let events = Fixtures.extractBundled(
        "El presidente Pedro Sánchez sostuvo el jueves una reunión virtual con el primer ministro británico Keir Starmer y la primera ministra italiana Giorgia Meloni.",
        published: "2025-03-14")
    #expect(events.map(Fixtures.names) == [["Pedro Sánchez", "Keir Starmer", "Giorgia Meloni"]])
}
