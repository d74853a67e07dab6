import Testing
@testable import HotlineExtract

// A party the knowledge base does not know, named with a title of no country ("The Minister of
// Defence, X"), is of the outlet's state when the story names no state that the call's other party
// does not already hold.

private func unplaced(_ text: String, url: String?) -> Participant? {
    let events = Fixtures.extractor.extract(Article(text: text, url: url, publishedAt: Fixtures.day("2024-09-04"))).events
    return events.first?.participants.first { $0.name == "Yousef Khalil Haddad" }
}

private let withMorocco = "The Minister of Defence, Yousef Khalil Haddad, held a video call on Tuesday with the Foreign Minister of Morocco, Nasser Bourita, the ministry said."

@Test func anUnplacedPartyIsOfTheOutletsState() {
    #expect(unplaced(withMorocco, url: "https://www.petra.gov.jo/news/1")?.country == "JO")
}

// (guard: with no outlet state, or one the other party holds, the party stays unplaced)
@Test func withoutAFreeOutletStateThePartyStaysUnplaced() {
    let outletless = unplaced(withMorocco, url: "https://www.example.com/news/1")
    #expect(outletless != nil && outletless?.country == nil)
    let held = unplaced("The Minister of Defence, Yousef Khalil Haddad, held a video call on Tuesday with Ayman Safadi, the ministry said.",
                        url: "https://www.petra.gov.jo/news/1")
    #expect(held != nil && held?.country == nil)
}
