import Testing
@testable import HotlineExtract

// A date right after a participle of taking office dates the appointment, not the call.

@Test(arguments: [
    "Spain's foreign minister José Manuel Albares, appointed in July, held a telephone call with Nasser Bourita, a conversation both sides described as warm.",
    "Le ministre espagnol José Manuel Albares, nommé en juillet, a eu un entretien téléphonique avec Nasser Bourita.",
])
func anAppointmentsDateIsNotTheCalls(text: String) {
    let events = Fixtures.extract(text, published: "2023-10-20")
    #expect(events.count == 1)
    #expect(events.first?.date != EventDate(year: 2023, month: 7, day: nil))
}

@Test func aDateAfterTheCallStillDatesIt() {
    let events = Fixtures.extract("Spain's foreign minister José Manuel Albares, appointed in July, held a telephone call with Nasser Bourita on Tuesday.",
                                  published: "2023-10-20")
    #expect(events.first?.date == Fixtures.day("2023-10-17"))
}
