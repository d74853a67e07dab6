import Testing
@testable import HotlineExtract

// Habitual calls ("every week", "régulièrement", "con frecuencia", "بانتظام") are no one call.

@Test(arguments: [
    "Emmanuel Macron calls Nasser Bourita every week.",
    "Emmanuel Macron et Nasser Bourita s'entretiennent régulièrement par téléphone.",
    "José Manuel Albares y Nasser Bourita hablan por teléfono con frecuencia.",
    "ويجري أيمن الصفدي وناصر بوريطة اتصالات هاتفية بانتظام.",
])
func aHabitualCallIsNotACall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-11-25").isEmpty)
}

@Test func aHabitInAnotherClauseKeepsTheCall() {
    let text = "The two ministers, who speak regularly, held a phone call on Tuesday, Emmanuel Macron and Nasser Bourita said."
    #expect(Fixtures.extract(text, published: "2024-11-25").map(Fixtures.names) == [["Emmanuel Macron", "Nasser Bourita"]])
}

// Calls told as repeated ("many times", "à plusieurs reprises", "en varias ocasiones", "مرات
// عدة") are no one call.
@Test(arguments: [
    "Antony Blinken said he had spoken to Nasser Bourita about this many times.",
    "Emmanuel Macron s'est entretenu à plusieurs reprises avec Nasser Bourita ces dernières semaines.",
    "José Manuel Albares ha hablado en varias ocasiones con Nasser Bourita.",
    "تحدث أيمن الصفدي مع ناصر بوريطة هاتفيا مرات عدة خلال الأسابيع الماضية.",
])
func repeatedCallsAreNoOneCall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-06-12").isEmpty)
}

// "It is not the first time that ...": calls in general, not one call (a call dated in the next
// clause still counts).
@Test(arguments: [
    "It is not the first time that Emmanuel Macron and Nasser Bourita have spoken by phone.",
    "Ce n'est pas la première fois qu'Emmanuel Macron et Nasser Bourita se parlent au téléphone.",
    "No es la primera vez que José Manuel Albares y Nasser Bourita hablan por teléfono.",
    "وليست المرة الأولى التي يتحدث فيها أيمن الصفدي مع ناصر بوريطة هاتفيا.",
])
func notTheFirstTimeTellsOfNoOneCall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-06-12").isEmpty)
}

@Test func aDatedCallAfterNotTheFirstTimeStillCounts() {
    let text = "It is not the first time that Emmanuel Macron and Nasser Bourita have spoken; on March 3, Macron called Bourita about Gaza."
    let events = Fixtures.extract(text, published: "2024-06-12")
    #expect(events.map(Fixtures.names) == [["Emmanuel Macron", "Nasser Bourita"]])
    #expect(events.first?.date == Fixtures.day("2024-03-03"))
}
