import Testing
@testable import HotlineExtract

// "their first phone call since June 2021, when they spoke about ...": "since" makes June 2021
// the start of a period (no date for the call), but "when they spoke" (triggers.json
// `previousOne`) makes it the day of an earlier call of the pair (`DateCue.periodStart`).

@Test(arguments: [
    """
    Antony Blinken spoke by phone with Ayman Safadi on Thursday about refugees in the region.
    It was their first phone call since June 2021, when they spoke about water sharing.
    """,
    """
    Antony Blinken conversó el jueves por teléfono con Ayman Safadi sobre los refugiados en la región.
    Fue su primera llamada desde junio de 2021, cuando hablaron del reparto del agua.
    """,
])
func thePeriodStartDatesTheCallWhenTheySpoke(text: String) {
    let events = Fixtures.extractBundled(text, published: "2024-05-17")
    #expect(events.count == 2)
    #expect(events.allSatisfy { Fixtures.names($0) == ["Antony Blinken", "Ayman Safadi"] })
    #expect(Set(events.compactMap(\.date)) == [Fixtures.day("2021-06"), Fixtures.day("2024-05-16")])
}

// (guard: without "when they spoke" the period's start dates no call)
@Test func aPeriodStartAloneRecallsNoCall() {
    let events = Fixtures.extractBundled("""
        Antony Blinken spoke by phone with Ayman Safadi on Thursday about refugees in the region.
        It was their first phone call since June 2021.
        """, published: "2024-05-17")
    #expect(events.map(\.date) == [Fixtures.day("2024-05-16")])
}
