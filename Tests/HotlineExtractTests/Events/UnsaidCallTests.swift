import Testing
@testable import HotlineExtract

// Calls a report does not assert: a question, a call not ruled out or envisaged, a future call,
// a headline's "X to call Y", arrangements under way.

@Test(arguments: [
    "Did Emmanuel Macron speak by phone with Nasser Bourita on Monday?",
    "Question: is Antony Blinken planning to call Nasser Bourita this week?",
    "¿Habló José Manuel Albares por teléfono con Nasser Bourita el lunes?",
    "هل أجرى أيمن الصفدي اتصالا هاتفيا مع ناصر بوريطة؟",
])
func aQuestionReportsNoCall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-03-06").isEmpty)
}

@Test(arguments: [
    "A phone call between Emmanuel Macron and Nasser Bourita on the question of migration is not ruled out, a source said.",
    "Un appel entre M. Macron et le ministre Nasser Bourita sur la question des visas n'est pas exclu, selon une source.",
    "D'après l'Élysée, un entretien téléphonique de M. Macron avec Nasser Bourita est envisagé d'ici la fin du mois.",
    "Una llamada entre José Manuel Albares y Nasser Bourita sobre la cuestión migratoria no se descarta, según fuentes diplomáticas.",
    "Emmanuel Macron a salué le rôle du Maroc, sans préciser la date de ce futur appel avec Nasser Bourita.",
])
func aCallNotRuledOutOrEnvisagedIsNotACall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-03-06").isEmpty)
}

@Test(arguments: [
    "Macron to call Bourita as Paris seeks to mend ties\n\nEmmanuel Macron met Nasser Bourita in Paris last month.",
    "Officials said arrangements are under way for Macron to talk with Nasser Bourita by phone.",
])
func aHeadlinesInfinitiveAndArrangementsAreFutureCalls(text: String) {
    #expect(Fixtures.extract(text, published: "2024-03-06").isEmpty)
}

@Test func aCallReportedAfterItsArrangementIsStillACall() {
    let text = "Officials had said arrangements were being discussed. Emmanuel Macron spoke by phone with Nasser Bourita on Tuesday."
    #expect(Fixtures.extract(text, published: "2024-03-06").count == 1)
}

// "N'a plus parlé à X depuis leur entretien téléphonique du 26 avril": the negation is not that
// call's, which took place.
@Test(arguments: [
    "Nasser Bourita n'a plus parlé à Ayman Safadi depuis leur entretien téléphonique du 26 avril.",
    "José Manuel Albares no ha vuelto a hablar con Nasser Bourita desde su conversación telefónica del 26 de abril.",
])
func theCallSinceWhichTheyHaveNotSpokenTookPlace(text: String) {
    let events = Fixtures.extract(text, published: "2023-06-20")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2023-04-26")
}
