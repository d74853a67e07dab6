import Testing
@testable import HotlineExtract

// A received call whose receiver the sentence leaves out ("تلقت اتصالا هاتفيا من X", "Recibió
// una llamada de X") was received by the previous sentence's subject; so was a call that
// opens a diary's item with no subject at all ("Telephone conversation with X"), and that subject
// stays the diary's for its next items.

@Test(arguments: [
    ("أمضى ناصر بوريطة أسبوعه الأول في العمل على الملف. وفي مارس 2023، تلقى اتصالا هاتفيا من وزير الخارجية الأردني أيمن الصفدي، بحثا خلاله الوضع في غزة.", "ar"),
    ("Nasser Bourita pasó la mañana en el Parlamento. En marzo de 2023, recibió una llamada telefónica del ministro jordano Ayman Safadi.", "es"),
])
func aReceivedCallWithoutItsReceiverIsThePreviousSubjects(text: String, language: String) {
    let events = Fixtures.extract(text, published: "2024-10-25", language: language)
    #expect(events.map(Fixtures.names) == [["Nasser Bourita", "Ayman Safadi"]])
    #expect(Fixtures.caller(events.first) == "Ayman Safadi")
    #expect(events.first?.date?.iso == "2023-03")
}

@Test func aDiarysItemsThatOpenWithACallAreTheDiaryOwners() {
    let events = Fixtures.extract("""
        THE MINISTER'S WEEK

        Monday 10 June
        In Rabat, Mr. Nasser Bourita receives Mr. Antony Blinken, the US Secretary of State, for talks at the ministry.

        Tuesday 11 June
        Telephone conversation with the Jordanian Minister of Foreign Affairs, Mr. Ayman Safadi, held at the request of the Jordanian side.

        Wednesday 12 June
        Video call with the Spanish Minister of Foreign Affairs, Mr. José Manuel Albares. Exchange on migration.
        """, published: "2024-06-14", language: "en")
    #expect(events.map(Fixtures.names) == [["Nasser Bourita", "Ayman Safadi"], ["Nasser Bourita", "José Manuel Albares"]])
    #expect(events.map { $0.date?.iso } == ["2024-06-11", "2024-06-12"])
    #expect(Fixtures.caller(events.first) == "Ayman Safadi")
}

// (guard: a call named with both parties keeps them, whatever the sentence before said)
@Test func aCallThatNamesBothPartiesTakesNoSubjectFromBefore() {
    let events = Fixtures.extract(
        "Nasser Bourita pasó la mañana en el Parlamento. José Manuel Albares recibió una llamada telefónica de Ayman Safadi.",
        published: "2024-10-25", language: "es")
    #expect(events.map(Fixtures.names) == [["José Manuel Albares", "Ayman Safadi"]])
}
