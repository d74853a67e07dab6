import Testing
@testable import HotlineExtract

// French "après-midi" is a part of the day, not "après" bringing in another event: "X a téléphoné
// mercredi après-midi au président Y" is a call dated that Wednesday. "après" alone still brings
// in another event: "..., après la réunion du conseil de défense de lundi" does not date the call
// Monday. (The bundled knowledge base.)

@Test(arguments: [
    ("Le président français Emmanuel Macron a téléphoné mercredi après-midi au président ukrainien Volodymyr Zelensky.",
     "2024-05-09", "2024-05-08", "Volodymyr Zelensky"),
    ("Le président français Emmanuel Macron a appelé mardi après-midi le Premier ministre britannique Keir Starmer.",
     "2024-10-10", "2024-10-08", "Keir Starmer"),
])
func aCallOnAWeekdayAfternoonIsDatedThatDay(text: String, published: String, day: String, other: String) {
    let events = Fixtures.extractBundled(text, published: published)
    #expect(events.count == 1, "\(text)")
    #expect(events.first.map(Fixtures.names) == ["Emmanuel Macron", other], "\(text)")
    #expect(events.first?.date == Fixtures.day(day), "\(text)")
    #expect(Fixtures.caller(events.first) == "Emmanuel Macron", "\(text)")
}

// (guard: "après" with another event's day after the call's own weekday leaves the call's day)
@Test func aWeekdayBeforeAfterAnotherEventDatesTheCall() {
    let events = Fixtures.extractBundled("""
        Le président français Emmanuel Macron a appelé le président ukrainien Volodymyr Zelensky mercredi, après la réunion du conseil de défense de lundi.
        """, published: "2024-05-09")
    #expect(events.count == 1)
    #expect(events.first?.date == Fixtures.day("2024-05-08"))
}

// (guard: "après" alone brings in another event's day, which does not date the call)
@Test func aDayAfterApresIsAnotherEventsDay() {
    let events = Fixtures.extractBundled("""
        Le président français Emmanuel Macron a appelé le président ukrainien Volodymyr Zelensky, après la réunion du conseil de défense de lundi.
        """, published: "2024-05-09")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Emmanuel Macron", "Volodymyr Zelensky"])
    #expect(events.first?.date == nil)
}
