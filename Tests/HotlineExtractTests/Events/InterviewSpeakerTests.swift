import Testing
@testable import HotlineExtract

// Interview transcripts: a call told in the first person ("J'ai eu X au téléphone", "El lunes me
// llamó X") is the speaker's: the one whose label opens the paragraph ("Nasser Bourita :", "N.
// B. :"), or, when questions open paragraphs, the one the headline's label names. Each answer
// is its own entry: its call takes no day from another answer's.

@Test(arguments: [
    "Entretien avec Ayman Safadi\n\nQ : Et avec Rabat ?\n\nA. S. : Nous avons une relation ancienne. J'ai eu Nasser Bourita au téléphone, et nous avons parlé de Gaza.",
    "Entretien avec Ayman Safadi\n\nQ : Et avec Rabat ?\n\nAyman Safadi : Nous avons une relation ancienne. J'ai eu Nasser Bourita au téléphone, et nous avons parlé de Gaza.",
    "Interview with Ayman Safadi\n\nQ: And Rabat?\n\nA.S.: We are old friends. I had Nasser Bourita on the phone, and we talked about Gaza.",
])
func aFirstPersonCallIsTheLabelledSpeakers(text: String) {
    let events = Fixtures.extract(text, published: "2025-03-05")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Ayman Safadi"])
}

@Test func aCallInOneAnswerTakesNoDayFromAnother() {
    let text = """
    Entretien avec Ayman Safadi

    Q : Et Madrid ?

    A. S. : J'ai appelé José Manuel Albares fin janvier.

    Q : Et Rabat ?

    A. S. : J'ai eu Nasser Bourita au téléphone, et nous avons parlé de Gaza.
    """
    let events = Fixtures.extract(text, published: "2025-03-05")
    #expect(events.count == 2)
    #expect(events.first { Fixtures.names($0).contains("Nasser Bourita") }.map { $0.date == nil } == true)
}

@Test func aQuestionAndAnswerPageUnderAHeadlineLabelTellsItsSpeakersCalls() {
    let text = """
    Canciller Bourita: "Me llamó Safadi para hablar de Gaza"

    Nasser Bourita, ministro marroquí de Exteriores, habló este miércoles en una entrevista radial.

    ¿Ha hablado con Jordania en estos días?

    Sí. El lunes me llamó Ayman Safadi. Fue una conversación larga.
    """
    let events = Fixtures.extract(text, published: "2025-03-05")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Ayman Safadi"])
    #expect(Fixtures.caller(events.first) == "Ayman Safadi")
    #expect(events.first?.date?.iso == "2025-03-03")
}

@Test func aNameAfterAFirstPersonObjectAndItsVerbIsTheCaller() {
    let events = Fixtures.extract("Nasser Bourita habló este miércoles. \"El lunes me llamó Ayman Safadi\", dijo.", published: "2025-03-05")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "Ayman Safadi")
}

// "mon homologue jordanien" in the speaker's own words: the counterpart holds the speaker's
// office in that state, though the sentence names the speaker only by the label.
@Test(arguments: [
    "Entretien avec Nasser Bourita\n\nQ : Et Amman ?\n\nNasser Bourita : Le soutien grandit. J'ai parlé mardi au téléphone avec mon homologue jordanien, qui me l'a redit.",
    "Interview with Nasser Bourita\n\nQ: And Amman?\n\nNasser Bourita: Support is growing. I discussed it again on Tuesday by phone with my Jordanian counterpart, who said so again.",
])
func theSpeakersCounterpartHoldsTheSpeakersOffice(text: String) {
    let events = Fixtures.extract(text, published: "2025-03-06")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Ayman Safadi"])
}

// Initials whose first letter is no abbreviation ("N. B. :") still label the speaker.
@Test func initialsOfAnyLettersLabelTheSpeaker() {
    let events = Fixtures.extract("Entretien avec Nasser Bourita\n\nQ : Et Amman ?\n\nN. B. : Le lien est solide. J'ai eu Ayman Safadi au téléphone mardi.", published: "2025-03-06")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Ayman Safadi"])
}

// "X called me": the named subject placed the call, the speaker received it; "I had a phone
// conversation with her": the speaker and the party the answer named last.
@Test(arguments: [
    "Interview with Nasser Bourita\n\nQ: When did Amman get involved?\n\nNasser Bourita: Early. Ayman Safadi called me on Tuesday and asked what Rabat could offer.",
    "Entretien avec Nasser Bourita\n\nQ : Et Amman ?\n\nNasser Bourita : Très tôt. Ayman Safadi m'a appelé mardi pour savoir ce que Rabat pouvait offrir.",
])
func aNamedSubjectWhoCalledTheSpeakerPlacedTheCall(text: String) {
    let events = Fixtures.extract(text, published: "2025-03-06")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Ayman Safadi"])
    #expect(Fixtures.caller(events.first) == "Ayman Safadi")
}

@Test func aWithPronounInTheSpeakersAnswerIsThePartyTheAnswerNamed() {
    let text = "Interview with Nasser Bourita\n\nQ: And Amman?\n\nNasser Bourita: I trust Ayman Safadi completely. On Tuesday I had a long phone conversation with him about the crossings."
    let events = Fixtures.extract(text, published: "2025-03-06")
    #expect(events.map(Fixtures.names) == [["Nasser Bourita", "Ayman Safadi"]])
    #expect(events.first?.date?.iso == "2025-03-04")
}
