import Testing
@testable import HotlineExtract

// "did not phone X", "didn't telephone X": the base form of the verb after a negation denies the
// call of the pair, so a report of that call elsewhere in the story (a claim the story debunks)
// is no event; "spoke on the telephone today with X" is no active verb, and names no caller. In
// Arabic, "أي اتصال" (any call) after a negation is no call.

@Test(arguments: [
    "No, King Mohammed VI did not phone Antony Blinken last week\n\nPosts on social media claimed that King Mohammed VI called Blinken on Saturday to thank him.",
    "King Mohammed VI didn't telephone Antony Blinken, the palace said.\n\nPosts on social media claimed that King Mohammed VI called Blinken on Saturday to thank him.",
])
func aNegatedPhoneVerbDeniesThePairsCall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-06-27").isEmpty)
}

@Test func aClaimNoOneDeniesIsACall() {
    // (the same claim alone is reported as it stands)
    let text = "Posts on social media claimed that King Mohammed VI called Antony Blinken on Saturday to thank him."
    #expect(Fixtures.extract(text, published: "2024-06-27").map(Fixtures.names) == [["Mohammed VI", "Antony Blinken"]])
}

@Test func onTheTelephoneNamesNoCaller() {
    let events = Fixtures.extract("Antony Blinken spoke on the telephone on Monday with Nasser Bourita.", published: "2024-06-27")
    #expect(events.map(Fixtures.names) == [["Antony Blinken", "Nasser Bourita"]])
    #expect(Fixtures.caller(events.first) == nil)
}

@Test func anArabicLetterWithoutAnyCallIsNoCall() {
    let text = "وكان ناصر بوريطة قد بعث رسالة إلى أيمن الصفدي حول التعاون، دون أن يعلن عن أي اتصال بين الوزيرين."
    #expect(Fixtures.extract(text, published: "2024-06-27").isEmpty)
}
