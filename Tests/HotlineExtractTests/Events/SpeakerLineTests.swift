import Testing
@testable import HotlineExtract

// A line that is only a speaker's label ("Mr Nasser Bourita:", a debate record's "The Minister
// of Foreign Affairs (Mr Nasser Bourita):") leads the paragraphs of speech below it: a call told
// there in the first person is that speaker's. The nearest label line decides.

@Test(arguments: [
    "Mr Nasser Bourita:\nThank you, Mr Speaker. I will update the House on the region.\n\nYesterday I spoke by telephone to the Jordanian Foreign Minister, Ayman Safadi. We discussed Gaza.",
    "The Minister of Foreign Affairs (Mr Nasser Bourita):\nThank you, Mr Speaker.\n\nYesterday I spoke by telephone to the Jordanian Foreign Minister, Ayman Safadi.",
    "Nasser Bourita told the chamber:\nYesterday I spoke by telephone to the Jordanian Foreign Minister, Ayman Safadi.",
])
func aLabelLineGivesTheFirstPersonCallItsSpeaker(text: String) {
    let events = Fixtures.extract(text, published: "2025-03-11")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Ayman Safadi"])
    #expect(events.first?.date?.iso == "2025-03-10")
}

@Test func theNearestLabelLineDecides() {
    let text = """
    Mr Nasser Bourita:
    I thank the honourable Member for her question.

    Mr José Manuel Albares:
    Yesterday I spoke by telephone to the Jordanian Foreign Minister, Ayman Safadi.
    """
    let events = Fixtures.extract(text, published: "2025-03-11")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["José Manuel Albares", "Ayman Safadi"])
}

// A debate record's long label opening the answer itself ("The Minister of State for ...
// (Mr X Y): As the House will know, ...") names its speaker by the bracketed name.
@Test func aLongLabelEndingInABracketedNameNamesTheSpeaker() {
    let text = """
    1. Dr Jane Roe: Whether the Minister has spoken to his Jordanian opposite number.

    The Under-Secretary for Maghreb and Levant Affairs (Mr Nasser Bourita): As the House will know, José Manuel Albares was in Amman last week, where he met Ayman Safadi. I rang Minister Safadi on Monday, after that trip.
    """
    let events = Fixtures.extract(text, published: "2025-06-10")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Ayman Safadi"])
    #expect(Fixtures.caller(events.first) == "Nasser Bourita")
    #expect(events.first?.date?.iso == "2025-06-09")
}

// A senate record's label, "Senator WONG (Australian Capital Territory—Minister for Foreign Affairs) (15:02):",
// gives a surname the story never writes in full: the one holder of the bracketed office with
// that surname on the day is the speaker.
@Test func aLabelsSurnameAndBracketedOfficeNameTheSpeaker() {
    let text = "Senator WONG (Australian Capital Territory—Minister for Foreign Affairs) (15:02): Thank you for that question. I am able to tell the chamber that yesterday evening I spoke by telephone with Eli Cohen, Israel's Foreign Minister."
    let events = Extractor().extract(Article(text: text, publishedAt: Fixtures.day("2023-11-15"))).events
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Penny Wong", "Eli Cohen"])
    #expect(events.first?.date?.iso == "2023-11-14")
}
