import Testing
@testable import HotlineExtract

// On a live page whose entries open with their time set apart by a wide gap ("11:20  Le
// ministre ..."), the time stamps the entry: an undated call there took place on the day of
// publication. A single space after a number is no stamp.

@Test func aTimeSetApartByAWideGapStampsALiveEntry() {
    let text = """
    LIVE  Gaza: the diplomatic day

    12:30  Aid convoys reached the south of the strip, the UN said.

    11:20  Nasser Bourita says on X that he had a phone call with Ayman Safadi of Jordan; the two went over Gaza.

    10:40  A strike damaged a school in the north.
    """
    let events = Fixtures.extract(text, published: "2025-05-19")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2025-05-19")
}

@Test(arguments: ["11:20  Le ministre a parlé au téléphone avec son homologue ce matin.", "9h30  Le ministre a reçu un appel de son homologue.", "10.05  The minister spoke by phone with his counterpart."])
func aClockBeforeAWideGapIsAStamp(paragraph: String) {
    #expect(Story.isTimeStamp(paragraph))
}

@Test(arguments: ["11:20 Le ministre a parlé longuement de la situation.", "2025  was a year of calls."])
func aClockBeforeOneSpaceInASentenceIsNoStamp(paragraph: String) {
    #expect(!Story.isTimeStamp(paragraph))
}
