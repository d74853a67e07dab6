import Testing
@testable import HotlineExtract

// A report that says the call's date was not given ("without saying when", "sans préciser la
// date") leaves the call undated: not even the dateline's day dates it.

@Test(arguments: [
    "RABAT, Nov 25 (Reuters) - Emmanuel Macron also spoke by phone with Nasser Bourita, officials said, without saying when.",
    "RABAT, 25 nov (AFP) - Emmanuel Macron s'est aussi entretenu par téléphone avec Nasser Bourita, sans préciser la date de cet échange.",
    "MADRID, 25 Nov. (EUROPA PRESS) - José Manuel Albares ha conversado por teléfono con Nasser Bourita, aunque no han precisado la fecha.",
    "الرباط 25 نوفمبر - أجرى أيمن الصفدي اتصالا هاتفيا مع ناصر بوريطة دون تحديد موعد الاتصال.",
])
func aCallWhoseDateWasNotGivenIsUndated(text: String) {
    let events = Fixtures.extract(text, published: "2024-11-25")
    #expect(events.count == 1)
    #expect(events.first.map { $0.date == nil } == true)
}

@Test func aCallWithItsOwnDayKeepsIt() {
    let text = "RABAT, Nov 25 (Reuters) - Emmanuel Macron spoke by phone with Nasser Bourita on Sunday, officials said."
    #expect(Fixtures.extract(text, published: "2024-11-25").first?.date?.iso == "2024-11-24")
}

// The sentence after the call may be the one that leaves its day untold.
@Test(arguments: [
    "RABAT, Nov 25 (Reuters) - Emmanuel Macron spoke by phone with Nasser Bourita. The Elysee did not specify a date for the call.",
    "RABAT, 25 nov (AFP) - Emmanuel Macron s'est entretenu par téléphone avec Nasser Bourita. L'Élysée n'a pas précisé la date de l'entretien.",
    "MADRID, 25 Nov. (EUROPA PRESS) - José Manuel Albares ha conversado por teléfono con Nasser Bourita. El ministerio no precisó la fecha de la llamada.",
    "الرباط 25 نوفمبر - أجرى أيمن الصفدي اتصالا هاتفيا مع ناصر بوريطة. ولم تذكر الوزارة موعد الاتصال.",
    "RABAT, 25 nov (AFP) - Nasser Bourita a été appelé par Ayman Safadi. Le texte ne précise pas la date de leur conversation.",
    "MADRID, 25 Nov. (EUROPA PRESS) - José Manuel Albares ha conversado por teléfono con Nasser Bourita. El comunicado no precisa la fecha de la conversación.",
])
func aCallWhoseDateTheNextSentenceLeavesUntoldIsUndated(text: String) {
    let events = Fixtures.extract(text, published: "2024-11-25")
    #expect(events.count == 1)
    #expect(events.first.map { $0.date == nil } == true)
}

@Test func aCallWhoseNextSentenceSaysSomethingElseKeepsTheDatelinesDay() {
    let text = "RABAT, Nov 25 (Reuters) - Emmanuel Macron spoke by phone with Nasser Bourita. The call lasted an hour."
    #expect(Fixtures.extract(text, published: "2024-11-25").first?.date?.iso == "2024-11-25")
}

// '"I spoke with X last week," Y told reporters on Tuesday': the call is only placed (in the
// week's month, see WeekPeriodTests); Tuesday is the statement's day. "Recently" places it in no
// month at all.
@Test(arguments: [
    ("\"I spoke with Nasser Bourita last week,\" Emmanuel Macron told reporters on Tuesday.", "2024-06"),
    ("\"Je me suis entretenu la semaine dernière avec Nasser Bourita\", a déclaré mardi Emmanuel Macron.", "2024-06"),
    ("\"I spoke with Nasser Bourita recently,\" Emmanuel Macron told reporters on Tuesday.", nil),
])
func aCallPlacedVaguelyInAStatementDatedByItsDayIsNotDatedByIt(text: String, date: String?) {
    let events = Fixtures.extract(text, published: "2024-06-12")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == date)
}

// "sans dater cet échange", "without dating it": the call keeps no date.
@Test(arguments: [
    "Nasser Bourita s'était déjà entretenu au téléphone avec Ayman Safadi, précise le texte, sans dater cet échange.",
    "Nasser Bourita had already spoken by phone with Ayman Safadi, the statement said, without dating the exchange.",
])
func aCallTheTextLeavesUndatedHasNoDate(text: String) {
    let events = Fixtures.extract("Le lundi 3 avril, Antony Blinken a appelé le roi Mohammed VI. " + text, published: "2023-04-05")
    #expect(events.first { Fixtures.names($0).contains("Ayman Safadi") }.map { $0.date == nil } == true)
}

// A call whose sentence gives no day takes the day of the call reported before it, unless a
// sentence after it says its day was not given.
@Test func aCallWhoseDayIsUntoldLosesTheDayOfTheCallBefore() {
    let text = """
    Antony Blinken called Nasser Bourita on Friday. \
    Emmanuel Macron, who had also phoned Mr Bourita, welcomed the agreement in a statement. \
    The Elysee did not say when that conversation took place.
    """
    let events = Fixtures.extract(text, published: "2025-05-11")
    #expect(events.first { Fixtures.names($0).contains("Antony Blinken") }?.date?.iso == "2025-05-09")
    let macron = events.first { Fixtures.names($0).contains("Emmanuel Macron") }
    #expect(macron != nil)
    #expect(macron.map { $0.date == nil } == true)
}

// A Moroccan communiqué ("البلاغ") that did not give the call's date leaves it undated too.
@Test func aCommuniqueThatGaveNoDate() {
    let text = "الخميس 12 ديسمبر 2024\n\nبحث ناصر بوريطة هاتفيا مع أيمن الصفدي سبل تعزيز التعاون.\n\nولم يحدد البلاغ تاريخ الاتصال."
    let events = Fixtures.extract(text, published: "2024-12-12")
    #expect(events.count == 1)
    #expect(events.first.map { $0.date == nil } == true)
}

// "sans préciser à quel moment": no dateline's or publication's day either.
@Test func withoutSayingAtWhatMomentTheCallIsUndated() {
    let events = Fixtures.extract("""
        RABAT, 25 nov (AFP) - Emmanuel Macron s'est entretenu par téléphone avec Nasser Bourita, selon l'Élysée, qui n'a fourni aucun détail, sans préciser à quel moment.
        """, published: "2024-11-25")
    #expect(events.count == 1)
    #expect(events.first.map { $0.date == nil } == true)
}
