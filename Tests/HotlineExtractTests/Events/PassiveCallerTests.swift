import Testing
@testable import HotlineExtract

// "X was called by Y", "X a été appelé lundi par Y", "X fue llamado por Y": Y placed the call.

@Test(arguments: [
    "Foreign Minister Nasser Bourita was called on Monday by President Emmanuel Macron, the ministry said.",
    "Le ministre des Affaires étrangères Nasser Bourita a été appelé lundi par le président Emmanuel Macron, selon un communiqué.",
    "El ministro de Exteriores marroquí, Nasser Bourita, fue llamado por el presidente Emmanuel Macron el lunes, según un comunicado.",
    // (the passive phrase itself a trigger: the agent of "was phoned by" is no other verb's)
    "Foreign Minister Nasser Bourita was phoned by President Emmanuel Macron on Monday.",
    "Foreign Minister Nasser Bourita was called by President Emmanuel Macron on Monday.",
    // (an adverbial between the auxiliary and the verb)
    "Foreign Minister Nasser Bourita was on Monday called by President Emmanuel Macron, his office said.",
    "Le ministre Nasser Bourita a été lundi soir appelé par le président Emmanuel Macron.",
])
func theAgentOfAPassiveCallingVerbPlacedTheCall(text: String) {
    let events = Fixtures.extract(text, published: "2024-03-07")
    #expect(events.map(Fixtures.names) == [["Nasser Bourita", "Emmanuel Macron"]])
    #expect(Fixtures.caller(events.first) == "Emmanuel Macron")
}

// An auxiliary some words before the verb makes no passive without an agent.
@Test func anActiveCallAfterACopulaKeepsItsSubjectAsCaller() {
    let events = Fixtures.extract("President Emmanuel Macron was glad he called Nasser Bourita on Monday.", published: "2024-03-07")
    #expect(events.map(Fixtures.names) == [["Emmanuel Macron", "Nasser Bourita"]])
    #expect(Fixtures.caller(events.first) == "Emmanuel Macron")
}

@Test(arguments: [
    "Emmanuel Macron, who has maintained contact with Nasser Bourita, called him on Monday.",
    "Emmanuel Macron, qui connaît bien Nasser Bourita, l'a appelé lundi.",
])
func theCallerStandsBeforeARelativeClause(text: String) {
    let events = Fixtures.extract(text, published: "2024-11-25")
    #expect(events.map(Fixtures.names) == [["Emmanuel Macron", "Nasser Bourita"]])
    #expect(Fixtures.caller(events.first) == "Emmanuel Macron")
}

@Test func calledToCongratulateIsACallButCalledToActIsNot() {
    let call = Fixtures.extract("Emmanuel Macron called Nasser Bourita to congratulate him on his appointment.", published: "2024-03-07")
    #expect(call.map(Fixtures.names) == [["Emmanuel Macron", "Nasser Bourita"]])
    #expect(Fixtures.extract("Emmanuel Macron called Nasser Bourita to act on the border.", published: "2024-03-07").isEmpty)
}

@Test(arguments: [
    "Emmanuel Macron called Nasser Bourita to warn against an escalation.",
    "Emmanuel Macron called Nasser Bourita to ask for restraint.",
    "Emmanuel Macron called Nasser Bourita to say that France stood by Morocco.",
])
func calledToWarnAskOrSayIsACall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-03-07").map(Fixtures.names) == [["Emmanuel Macron", "Nasser Bourita"]])
    #expect(Fixtures.extract("Emmanuel Macron called Nasser Bourita to account for the border.", published: "2024-03-07").isEmpty)
}

// "called the meeting with X constructive": the party after a with-word is no object of "called".
@Test func calledTheMeetingWithXIsNoCall() {
    #expect(Fixtures.extract("Emmanuel Macron called the meeting with Nasser Bourita constructive.", published: "2024-03-07").isEmpty)
}

@Test(arguments: [
    "Nasser Bourita ya había recibido el domingo llamados de felicitación de varios colegas, entre ellos Antony Blinken y José Manuel Albares.",
    "El ministro marroquí Nasser Bourita había recibido el lunes llamadas de Antony Blinken y de José Manuel Albares, según la cancillería.",
])
func callsReceivedInThePluperfectNameTheirCallers(text: String) {
    let events = Fixtures.extract(text, published: "2024-03-07")
    #expect(Set(events.map(Fixtures.names)) == [["Nasser Bourita", "Antony Blinken"], ["Nasser Bourita", "José Manuel Albares"]])
    #expect(events.allSatisfy { e in e.initiator.map { e.participants[$0].name != "Nasser Bourita" } == true })
}

// The Spanish passive with a date between the participle and its agent.
@Test(arguments: [
    "José Manuel Albares fue llamado el martes por Nasser Bourita.",
    "José Manuel Albares ha sido llamado este martes por Nasser Bourita.",
])
func aSpanishPassiveWithADateNamesTheCaller(text: String) {
    let events = Fixtures.extract(text, published: "2024-06-12")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "Nasser Bourita")
    #expect(events.first?.date?.iso == "2024-06-11")
}

@Test func beingCalledToTestifyIsNoCall() {
    #expect(Fixtures.extract("José Manuel Albares fue llamado a declarar el martes por el juez tras hablar con Nasser Bourita.", published: "2024-06-12").isEmpty)
}

// A phone phrase after a passive participle ("a été joint au téléphone", "was reached by phone",
// "fue contactado por teléfono") with an agent after it: the agent placed the call, a day may
// stand between; without an official or titled agent, such a phrase is still the press's.
@Test(arguments: [
    "Le ministre Nasser Bourita a été joint au téléphone ce lundi 4 mars par le président Emmanuel Macron.",
    "Foreign Minister Nasser Bourita was reached by phone by President Emmanuel Macron, his office said.",
    "El ministro Nasser Bourita fue contactado por teléfono el lunes por el presidente Emmanuel Macron.",
    "Foreign Minister Nasser Bourita was contacted by phone on Monday by President Emmanuel Macron.",
])
func theAgentAfterAPassivePhonePhrasePlacedTheCall(text: String) {
    let events = Fixtures.extract(text, published: "2024-03-05")
    #expect(events.map(Fixtures.names) == [["Nasser Bourita", "Emmanuel Macron"]])
    #expect(Fixtures.caller(events.first) == "Emmanuel Macron")
}

@Test func aPressPhonePhraseWithoutAnOfficialAgentIsNoCall() {
    let events = Fixtures.extract("Reached by phone by our newsroom on Monday, Nasser Bourita declined to comment on Emmanuel Macron's plans.", published: "2024-03-05")
    #expect(events.isEmpty)
}
