import Testing
@testable import HotlineExtract

// French narrative tenses of calling verbs in retrospectives ("le roi appelait X", "il
// téléphona à X"), a part of the day after the call phrase ("a eu au téléphone cet après-midi
// X", where "après" is no other event's), and a relative clause that says who called ("X,
// who called to express ...").

@Test(arguments: [
    "Le 10 décembre 2020, le roi Mohammed VI appelait Emmanuel Macron pour l'assurer de son soutien.",
    "Le 10 décembre 2020, le roi Mohammed VI téléphona à Emmanuel Macron pour l'assurer de son soutien.",
])
func aNarrativeTenseCallHasItsCaller(text: String) {
    let events = Fixtures.extract(text, published: "2023-12-10")
    #expect(events.map(Fixtures.names) == [["Mohammed VI", "Emmanuel Macron"]])
    #expect(Fixtures.caller(events.first) == "Mohammed VI")
    #expect(events.first?.date?.iso == "2020-12-10")
}

@Test(arguments: ["cet après-midi", "ce matin", "dimanche"])
func aPartOfTheDayBeforeTheObjectKeepsIt(day: String) {
    let events = Fixtures.extract("Nasser Bourita écrit avoir eu au téléphone \(day) son homologue jordanien, Ayman Safadi.", published: "2025-01-19")
    #expect(events.map(Fixtures.names) == [["Nasser Bourita", "Ayman Safadi"]])
    #expect(events.first?.date?.iso == "2025-01-19")
}

@Test(arguments: [
    "Nasser Bourita spoke this morning with Ayman Safadi, who called to express his support.",
    "Nasser Bourita s'est entretenu ce matin avec Ayman Safadi, qui a appelé pour exprimer son soutien.",
])
func aRelativeClauseTellsWhoCalled(text: String) {
    let events = Fixtures.extract(text, published: "2023-10-26")
    #expect(Fixtures.caller(events.first) == "Ayman Safadi")
}

// (guard: with three parties, the relative clause makes no one the caller of every call)
@Test func aRelativeCallerOfOneOfSeveralCallsIsNotEveryCaller() {
    let text = "Nasser Bourita spoke by phone with Ayman Safadi, who called him after the vote, and with José Manuel Albares."
    let events = Fixtures.extract(text, published: "2023-10-26")
    #expect(events.count == 2)
    #expect(events.first { Fixtures.names($0).contains("José Manuel Albares") }.map(Fixtures.caller) != "Ayman Safadi")
}
