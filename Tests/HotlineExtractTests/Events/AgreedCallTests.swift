import Testing
@testable import HotlineExtract

// Agreeing to hold a call ("sont convenus de tenir une visioconférence") reports a call to come,
// not one held.

@Test func twoLeadersWhoAgreedToHoldAVideoConferenceHeldNoCall() {
    let events = Fixtures.extractBundled("""
        Aziz Akhannouch a reçu mardi à Rabat le chef du gouvernement espagnol Pedro Sánchez. Les deux chefs de gouvernement sont convenus de tenir une visioconférence en juin.
        """, published: "2025-03-10")
    #expect(events.isEmpty)
}

@Test func namedLeadersWhoAgreedToHoldAVideoConferenceHeldNoCall() {
    #expect(Fixtures.extractBundled("Aziz Akhannouch et Pedro Sánchez sont convenus de tenir une visioconférence en juin.", published: "2025-03-10").isEmpty)
}
