import Testing
@testable import HotlineExtract

// A fact-check's denial that names the pair only by a phrase of their offices ("no telephone
// conversation between the two foreign ministers took place") denies the story's latest call
// of holders of those offices, however many sentences back the claim was told; a pair phrase
// of other offices denies nothing.

@Test func aPairPhraseOfTheClaimedCallsOfficesDeniesItFarBack() {
    let text = """
    FACT-CHECK: Did Bourita and Safadi hold a secret call?

    CLAIM: A post shared thousands of times says Nasser Bourita held "a secret phone call" with Jordan's foreign minister, Ayman Safadi, on Tuesday, March 18.

    VERDICT: FALSE

    What we found

    The clip in the post is taken from a speech of 2024. No second voice matches public recordings.

    Our checks found no trace of it in either ministry's records.

    A spokeswoman for the ministry told us on Thursday: "No telephone conversation took place between the two foreign ministers on March 18."
    """
    #expect(Fixtures.extract(text, published: "2025-03-21").isEmpty)
}

@Test func aPairPhraseOfOtherOfficesDeniesNothingFarBack() {
    let text = """
    Nasser Bourita held a phone call with Ayman Safadi on Tuesday, March 18.

    They discussed Gaza and the region.

    The two ministries published readouts.

    Neither gave the length of the call.

    Both men are due in Brussels next week.

    Officials said that "no telephone conversation took place between the two heads of state" this month.
    """
    let events = Fixtures.extract(text, published: "2025-03-21")
    #expect(events.count == 1)
}
