import Testing
@testable import HotlineExtract

// Spanish call reports: the perfect tense of Spain's press ("ha telefoneado", "ha conversado con"),
// definite call words, separate calls, parts of the day.

@Test(arguments: [
    "El ministro José Manuel Albares ha telefoneado este jueves al ministro marroquí de Exteriores, Nasser Bourita.",
    "José Manuel Albares telefonea a Nasser Bourita tras el acuerdo sobre las fronteras",
    "Por vía telefónica, José Manuel Albares agradeció a Nasser Bourita la cooperación en materia migratoria.",
])
func aSpanishTelephoningVerbReportsACall(text: String) {
    let events = Fixtures.extract(text, published: "2025-01-16")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["José Manuel Albares", "Nasser Bourita"])
}

@Test func aSpanishPerfectTalkInAStoryThatReportsACallIsACall() {
    let text = """
    José Manuel Albares ha mantenido este jueves una conversación telefónica con Nasser Bourita.
    El jefe de la diplomacia española ha conversado también con su homólogo jordano, Ayman Safadi.
    """
    let events = Fixtures.extract(text, published: "2025-01-16")
    #expect(events.count == 2)
    #expect(events.contains { Fixtures.names($0) == ["José Manuel Albares", "Ayman Safadi"] })
}

// A definite call word whose "del"/"de" introduces no party ("los preparativos del acuerdo") is
// the story's call again: the people of the clause after it are not a new pair.
@Test func aDefiniteCallWordIsTheStorysCallWhenItsOfWordNamesNoParty() {
    let text = """
    Albares conversa por teléfono con Bourita
    José Manuel Albares ha mantenido este jueves una conversación telefónica con Nasser Bourita.
    Según la diplomacia española, la conversación forma parte de la preparación del tratado de defensa que el presidente francés, Emmanuel Macron, y el ministro jordano, Ayman Safadi, tienen previsto firmar en mayo.
    """
    let events = Fixtures.extract(text, published: "2025-01-16")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["José Manuel Albares", "Nasser Bourita"])
}

// "X spoke with A and B. In separate calls, ...": the next sentence splits the call.
@Test func separateCallsSaidInTheNextSentenceSplitACallWithTwoOthers() {
    let text = """
    Emmanuel Macron spoke by telephone on Thursday night with Nasser Bourita and Ayman Safadi, calling for calm.
    In separate calls, Macron urged both ministers to support the truce.
    """
    let events = Fixtures.extract(text, published: "2025-01-17")
    #expect(events.count == 2)
    #expect(events.allSatisfy { $0.participants.count == 2 })
}

// A part of the day after the date ("el martes por la tarde", "on Tuesday in the evening") does
// not hide the person called.
@Test(arguments: [
    "El presidente Emmanuel Macron llamó el martes por la tarde al ministro marroquí Nasser Bourita para felicitarle.",
    "President Emmanuel Macron called on Tuesday in the evening Moroccan Foreign Minister Nasser Bourita.",
])
func aPartOfTheDayAfterTheDateKeepsTheObject(text: String) {
    let events = Fixtures.extract(text, published: "2025-01-30")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2025-01-28")
    #expect(events.first.map(Fixtures.names) == ["Emmanuel Macron", "Nasser Bourita"])
}

// "dernier" / "pasado" after the weekday belong to the date, not to the person called.
@Test(arguments: [
    "Le président Emmanuel Macron a téléphoné mardi dernier à son homologue marocain, le roi Mohammed VI, pour le féliciter.",
    "El presidente Emmanuel Macron telefoneó el martes pasado a su homólogo, el rey Mohammed VI, para felicitarle.",
])
func aWeekdayWithLastKeepsTheObject(text: String) {
    let events = Fixtures.extract(text, published: "2025-01-30")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2025-01-28")
    #expect(events.first.map(Fixtures.names) == ["Emmanuel Macron", "Mohammed VI"])
}

// "un día después de que ...": "de que" opens a clause; the people named in it are no new call.
@Test func aDefiniteCallWordBeforeATemporalClauseIsTheStorysCall() {
    let text = """
    Albares recibe la llamada de Bourita
    José Manuel Albares recibió el jueves la llamada de su homólogo marroquí, Nasser Bourita.
    La llamada se produjo un día después de que el presidente francés, Emmanuel Macron, anunciara que había acordado con el ministro jordano, Ayman Safadi, iniciar negociaciones.
    """
    let events = Fixtures.extract(text, published: "2025-02-14")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["José Manuel Albares", "Nasser Bourita"])
}

// Latin American wording: "sostuvo una comunicación telefónica", "se comunicó con".
@Test(arguments: [
    "El canciller José Manuel Albares sostuvo el lunes una comunicación telefónica con Nasser Bourita.",
    "El canciller José Manuel Albares se comunicó el lunes con Nasser Bourita para tratar la cooperación.",
])
func latinAmericanCallWordsReportACall(text: String) {
    let events = Fixtures.extract(text, published: "2024-03-06")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["José Manuel Albares", "Nasser Bourita"])
}

// "X se comunicó con A, mientras que B lo llamó": the pronoun is A, not the sentence's subject.
@Test func aPronounObjectAfterATwoPartyCallIsTheSharedParty() {
    let text = "Según la cancillería marroquí, el presidente Emmanuel Macron habló el lunes por teléfono con Nasser Bourita por la mañana, mientras que Albares lo llamó por la tarde."
    let events = Fixtures.extract(text, published: "2024-03-06")
    #expect(events.contains { Fixtures.names($0) == ["Emmanuel Macron", "Nasser Bourita"] })
    #expect(events.contains { Fixtures.names($0) == ["José Manuel Albares", "Nasser Bourita"] })
    #expect(!events.contains { Fixtures.names($0) == ["Emmanuel Macron", "José Manuel Albares"] })
}

// "llamó a X a + infinitive", "a appelé X à + infinitive": an exhortation, not a call; a calling
// verb whose object ends the sentence, or is followed by a time or a purpose, is a call.
@Test(arguments: [
    "José Manuel Albares llamó a su homólogo marroquí a respetar el acuerdo.",
    "Emmanuel Macron a appelé son homologue marocain à faire preuve de retenue.",
])
func anExhortationIsNotACall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-03-06").isEmpty)
}

@Test(arguments: [
    "Según informó el ministerio, el ministro José Manuel Albares llamó el lunes a Nasser Bourita",
    "Según informó el ministerio, el ministro José Manuel Albares llamó el lunes a Nasser Bourita.",
    "Según informó el ministerio, el ministro José Manuel Albares llamó el lunes a Nasser Bourita para felicitarle.",
    "Según informó el ministerio, el ministro José Manuel Albares llamó el lunes a su homólogo marroquí a las diez de la mañana.",
    "Selon l'Élysée, le président Emmanuel Macron a appelé lundi son homologue Nasser Bourita",
])
func aCallingVerbWithItsObjectLastOrATimeIsACall(text: String) {
    let events = Fixtures.extract(text, published: "2024-03-06")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2024-03-04")
}

// "recibió el lunes un llamado de X": the noun "un llamado" with its caller, a day in between;
// "un llamado a la calma", "un llamado de atención" are appeals and reprimands.
@Test func aLlamadoReceivedWithADayBetweenIsACall() {
    let events = Fixtures.extract("Nasser Bourita recibió el lunes un llamado de José Manuel Albares.", published: "2024-06-12")
    #expect(events.map(Fixtures.names) == [["Nasser Bourita", "José Manuel Albares"]])
    #expect(Fixtures.caller(events.first) == "José Manuel Albares")
}

@Test(arguments: [
    "Nasser Bourita lanzó el lunes un llamado a José Manuel Albares para que respete los acuerdos.",
    "El ministro hizo el lunes un llamado de atención a José Manuel Albares y a Nasser Bourita.",
])
func aLlamadoThatAppealsIsNoCall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-06-12").isEmpty)
}

// "el vicecanciller nicaragüense X": a deputy foreign minister the knowledge base lacks still
// comes out with his name and country.
@Test func aViceForeignMinisterByNameIsAParty() {
    let events = Fixtures.extract("Nasser Bourita conversó el martes por teléfono con el vicecanciller español Karim Bennani Alaoui.", published: "2024-06-12")
    #expect(events.map(Fixtures.names) == [["Nasser Bourita", "Karim Bennani Alaoui"]])
    #expect(events.first?.participants.first { $0.name == "Karim Bennani Alaoui" }?.country == "ES")
}

// A leader's first-person report in Spanish and Arabic: "Hablé con X", "تحدثت مع X".
@Test(arguments: [
    "\"Hablé con Nasser Bourita y le dije que contamos con Marruecos\", afirmó José Manuel Albares el martes.",
    "وقال خوسيه مانويل ألباريس: \"تحدثت مع ناصر بوريطة اليوم حول الهجرة\".",
])
func aFirstPersonReportIsACall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-06-12").map(Fixtures.names) == [["Nasser Bourita", "José Manuel Albares"]])
}

// Alleged, postponed, habitual and press calls in Spanish are no call between officials.
@Test(arguments: [
    "Según una grabación, Nasser Bourita habría hablado por teléfono con José Manuel Albares.",
    "La llamada de José Manuel Albares a Nasser Bourita, prevista para el jueves, fue aplazada.",
    "Las llamadas entre José Manuel Albares y Nasser Bourita se han vuelto frecuentes.",
    "José Manuel Albares comentó por teléfono a este diario que Nasser Bourita llegará el lunes.",
])
func allegedPostponedHabitualOrPressCallsAreNoCalls(text: String) {
    #expect(Fixtures.extract(text, published: "2024-05-10").isEmpty)
}

// A first-person talk with a date between the verb and "con", and a pair on the line.
@Test(arguments: [
    "Conversé este martes con mi homólogo Nasser Bourita, escribió José Manuel Albares.",
    "Hablé ayer con mi homólogo Nasser Bourita, escribió José Manuel Albares.",
])
func aFirstPersonTalkWithADateBeforeConIsACall(text: String) {
    let events = Fixtures.extract(text, published: "2024-06-12")
    #expect(events.map(Fixtures.names) == [["Nasser Bourita", "José Manuel Albares"]])
}

// A call told in the first person, with what it was about, is the speaker's.
@Test(arguments: [
    "I spoke with Nasser Bourita about migration, Emmanuel Macron wrote on X.",
    "Je me suis entretenu avec Nasser Bourita sur la migration, a écrit Emmanuel Macron.",
    "Hablé con Nasser Bourita sobre migración, escribió Emmanuel Macron.",
])
func aFirstPersonCallAboutSomethingIsTheSpeakers(text: String) {
    let events = Fixtures.extract(text, published: "2024-06-12")
    #expect(events.map(Fixtures.names) == [["Nasser Bourita", "Emmanuel Macron"]])
}

@Test func aCallReportedAboutSomethingIsNotTheReportersCall() {
    let events = Fixtures.extract("He spoke with Nasser Bourita about migration, Emmanuel Macron said.", published: "2024-06-12")
    #expect(events.allSatisfy { !Fixtures.names($0).contains("Emmanuel Macron") })
}

// "la noche del miércoles", "la madrugada del jueves": a part of a named day; "del" there brings
// in the day, not a caller.
@Test(arguments: [
    ("Nasser Bourita habló por teléfono la noche del miércoles con José Manuel Albares.", nil as String?),
    ("Nasser Bourita conversó por teléfono la madrugada del miércoles con José Manuel Albares.", nil),
    ("Nasser Bourita fue llamado la noche del miércoles por su homólogo español, José Manuel Albares.", "José Manuel Albares"),
])
func aPartOfANamedDayDatesTheCall(text: String, caller: String?) {
    let events = Fixtures.extract(text, published: "2024-06-27")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2024-06-26")
    #expect(Fixtures.caller(events.first) == caller)
}

// "ha llamado hoy al ministro X": the perfect tense with a day word before its object.
@Test(arguments: ["hoy", "este lunes"])
func thePerfectCallWithADayBeforeItsObject(day: String) {
    let events = Fixtures.extract("José Manuel Albares ha llamado \(day) al ministro marroquí, Nasser Bourita, para hablar del apagón.", published: "2025-04-28")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "José Manuel Albares")
    #expect(events.first?.date?.iso == "2025-04-28")
}

// "intercambió opiniones el martes con X", "dialogaron": talking verbs, a call in a story that
// reports no meeting.
@Test(arguments: [
    "José Manuel Albares intercambió opiniones el martes con Nasser Bourita sobre migración.",
    "José Manuel Albares y Nasser Bourita dialogaron el martes sobre migración.",
])
func exchangingViewsIsATalk(text: String) {
    let events = Fixtures.extract(text, published: "2025-03-12")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2025-03-11")
}

// "su colega marroquí" is a counterpart: the caller's appositive title does not run on to the
// name after it.
@Test func aColleagueIsTheCounterpartCalled() {
    let text = "José Manuel Albares, ministro español de Exteriores, telefoneó el domingo a su colega de Marruecos, Nasser Bourita."
    let events = Fixtures.extract(text, published: "2025-07-09")
    #expect(events.map(Fixtures.names) == [["José Manuel Albares", "Nasser Bourita"]])
    #expect(Fixtures.caller(events.first) == "José Manuel Albares")
}
