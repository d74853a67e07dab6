import Testing
@testable import HotlineExtract

// "C lo llamó también": the called party is the one the story's calls share; "received calls
// from A and B": each call was placed by its own caller.

@Test func eachCallerOfReceivedCallsFromAAndB() {
    let events = WiderFixtures.extract("Giorgia Meloni recibió el lunes sendas llamadas de Recep Tayyip Erdoğan y de Kyriakos Mitsotakis.")
    #expect(events.count == 2)
    for e in events { #expect(Fixtures.caller(e) == e.participants.first { $0.name != "Giorgia Meloni" }?.name) }
}

@Test(arguments: [
    ("Giorgia Meloni recibió el lunes llamadas de Recep Tayyip Erdoğan y de Kyriakos Mitsotakis. Mark Rutte también la llamó el lunes.", "es"),
    ("Giorgia Meloni a reçu lundi des appels de Recep Tayyip Erdoğan et de Kyriakos Mitsotakis. Mark Rutte l'a appelée lundi.", "fr"),
])
func anObjectPronounNamesTheStorysHub(text: String, language: String) {
    let events = WiderFixtures.extract(text, language: language)
    let rutte = events.first { WiderFixtures.names($0).contains("Mark Rutte") }
    #expect(rutte.map(WiderFixtures.names) == ["Mark Rutte", "Giorgia Meloni"])
    #expect(Fixtures.caller(rutte) == "Mark Rutte")
}

@Test(arguments: [
    ("Giorgia Meloni recibió el lunes llamadas de Recep Tayyip Erdoğan y de Kyriakos Mitsotakis. Mark Rutte la llamó traidora.", "es"),
    ("Giorgia Meloni recibió el lunes llamadas de Recep Tayyip Erdoğan y de Kyriakos Mitsotakis. Mark Rutte le llamó la atención.", "es"),
    ("Giorgia Meloni received calls on Monday from Recep Tayyip Erdoğan and Kyriakos Mitsotakis. Mark Rutte called her a friend.", "en"),
])
func aPronounObjectNamedSomethingIsNotACall(text: String, language: String) {
    let events = WiderFixtures.extract(text, language: language)
    #expect(events.count == 2)
    #expect(!events.contains { WiderFixtures.names($0).contains("Mark Rutte") })
}

@Test func callsFromNameTheirCallers() {
    let events = WiderFixtures.extract("Giorgia Meloni received calls from Recep Tayyip Erdoğan and Kyriakos Mitsotakis on Monday.")
    #expect(Set(events.compactMap(Fixtures.caller)) == ["Recep Tayyip Erdoğan", "Kyriakos Mitsotakis"])
}

// "X dijo que Y le llamó ..., y que decidieron que una comisión presidida por Z irá ...":
// the object pronoun is the speaker, called by Y; who is named in what was agreed is not on the call.
// An auxiliary may stand between the pronoun and the verb ("l'avait appelé").
@Test(arguments: [
    "Giorgia Meloni dijo que el lunes Mark Rutte le llamó por teléfono para hablar de Ucrania, y que decidieron que una comisión presidida por Kyriakos Mitsotakis irá a Roma.",
    "Giorgia Meloni a indiqué que Mark Rutte l'avait appelée lundi pour évoquer l'Ukraine.",
    "Giorgia Meloni said Mark Rutte had called her on Monday to discuss Ukraine.",
])
func aSpeakerNamedByTheObjectPronounWasCalled(text: String) {
    let events = WiderFixtures.extract(text)
    #expect(events.count == 1)
    #expect(events.first.map(WiderFixtures.names) == ["Giorgia Meloni", "Mark Rutte"])
    #expect(Fixtures.caller(events.first) == "Mark Rutte")
}

// An adverb after the pronoun object fits a call as a date does ("had called him earlier on
// Tuesday", "la llamó personalmente").
@Test(arguments: [
    ("Giorgia Meloni said Mark Rutte had called her earlier on Monday after the vote.", "en"),
    ("Giorgia Meloni dijo que Mark Rutte la llamó personalmente el lunes tras la votación.", "es"),
    ("Giorgia Meloni a indiqué que Mark Rutte l'avait appelée directement lundi après le vote.", "fr"),
])
func anAdverbAfterThePronounObjectKeepsTheCall(text: String, language: String) {
    let events = WiderFixtures.extract(text, language: language)
    #expect(events.map { Set(WiderFixtures.names($0)) } == [["Mark Rutte", "Giorgia Meloni"]])
    #expect(Fixtures.caller(events.first) == "Mark Rutte")
}

// "He called her", "Il s'est longuement entretenu au téléphone avec elle": a sentence that names no
// party; its pronoun subject is the previous sentence's, its pronoun object the other party the
// story named last.
@Test(arguments: [
    ("Giorgia Meloni praised Kyriakos Mitsotakis at length on Sunday. She called him on Monday to follow up.", "en", "Giorgia Meloni"),
    ("Giorgia Meloni praised Kyriakos Mitsotakis at length on Sunday. She had a long phone conversation with him on Monday.", "en", nil),
    ("Giorgia Meloni a salué dimanche le travail de Kyriakos Mitsotakis. Elle s'est longuement entretenue au téléphone avec lui lundi.", "fr", nil),
])
func aSubjectPronounAndAnObjectPronounNameThePreviousPair(text: String, language: String, caller: String?) {
    let events = WiderFixtures.extract(text, language: language)
    #expect(events.map(WiderFixtures.names) == [["Giorgia Meloni", "Kyriakos Mitsotakis"]])
    #expect(events.first?.date == EventDate(iso: "2025-03-17"))
    #expect(Fixtures.caller(events.first) == caller)
}

// "X rang him to say ...", "l'a appelé pour lui dire ...": a pronoun object before a purpose
// clause is the called party (the speaker the sentence names); "called him to resign" is an
// exhortation.
@Test(arguments: [
    "Ayman Safadi said Emmanuel Macron rang him to say Paris would help with the convoy.",
    "Ayman Safadi a indiqué qu'Emmanuel Macron l'avait appelé pour lui dire que Paris aiderait.",
])
func aPronounObjectBeforeAPurposeIsTheCalledParty(text: String) {
    let events = Fixtures.extract(text, published: "2025-03-05")
    #expect(events.map(Fixtures.names) == [["Ayman Safadi", "Emmanuel Macron"]])
    #expect(Fixtures.caller(events.first) == "Emmanuel Macron")
}

@Test func calledHimToResignIsNoCall() {
    #expect(Fixtures.extract("Ayman Safadi said Emmanuel Macron called him to resign from the panel.", published: "2025-03-05").isEmpty)
}

// ('"X rang me to say ...," he told reporters': the pronoun after the closing quote stands for
// the previous subject, who was called)
@Test func aQuotedFirstPersonObjectIsThePronounSpeakerWhoWasCalled() {
    let text = "Ayman Safadi said the conversation was short. \"Emmanuel Macron rang me to say Paris would help,\" he told reporters."
    let events = Fixtures.extract(text, published: "2025-03-05")
    #expect(events.map(Fixtures.names) == [["Ayman Safadi", "Emmanuel Macron"]])
    #expect(Fixtures.caller(events.first) == "Emmanuel Macron")
}
