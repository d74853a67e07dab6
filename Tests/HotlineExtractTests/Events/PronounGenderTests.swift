import Testing
@testable import HotlineExtract

// A subject pronoun of the other gender than the previous subject's ("she" after a man was
// named) stands for the party of its gender the story named last; one of the same gender is
// still the previous subject.

@Test(arguments: [
    ("Giorgia Meloni hosted the talks in Rome on Monday. Recep Tayyip Erdoğan arrived in the evening. On Tuesday she held a phone call with Mark Rutte.", "en"),
    ("Giorgia Meloni a accueilli les pourparlers lundi à Rome. Recep Tayyip Erdoğan est arrivé dans la soirée. Mardi, elle a eu un entretien téléphonique avec Mark Rutte.", "fr"),
])
func aPronounOfTheOtherGenderIsThePartyOfItsGender(text: String, language: String) {
    let events = WiderFixtures.extract(text, language: language)
    #expect(events.map(WiderFixtures.names) == [["Giorgia Meloni", "Mark Rutte"]])
}

@Test func aPronounOfTheSameGenderIsThePreviousSubject() {
    let text = "Giorgia Meloni hosted the talks in Rome on Monday. Recep Tayyip Erdoğan arrived in the evening. On Tuesday he held a phone call with Mark Rutte."
    let events = WiderFixtures.extract(text, language: "en")
    #expect(events.map(WiderFixtures.names) == [["Recep Tayyip Erdoğan", "Mark Rutte"]])
}
