import Testing
@testable import HotlineExtract

// A call dated by its month only ("earlier in June", "a principios de junio", "مطلع يونيو")
// is dated to the month, not to a day.

@Test(arguments: [
    "Emmanuel Macron held a phone call with Nasser Bourita earlier in June.",
    "Emmanuel Macron s'est entretenu par téléphone avec Nasser Bourita au début de juin.",
    "José Manuel Albares habló por teléfono con Nasser Bourita a principios de junio.",
    "وكان أيمن الصفدي قد تلقى في مطلع يونيو اتصالا هاتفيا من ناصر بوريطة.",
])
func aMonthAfterALeadDatesTheCallToTheMonth(text: String) {
    let events = Fixtures.extract(text, published: "2024-06-20")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2024-06")
}

@Test(arguments: [
    ("RABAT, Nov 25 (Reuters) - Emmanuel Macron spoke by phone with Nasser Bourita earlier this month.", "2024-11"),
    ("Emmanuel Macron s'est entretenu le mois dernier par téléphone avec Nasser Bourita.", "2024-10"),
    ("José Manuel Albares habló el mes pasado por teléfono con Nasser Bourita.", "2024-10"),
    ("أجرى أيمن الصفدي الشهر الماضي اتصالا هاتفيا مع ناصر بوريطة.", "2024-10"),
])
func aRelativeMonthDatesTheCallToThatMonth(text: String, month: String) {
    #expect(Fixtures.extract(text, published: "2024-11-25").first?.date?.iso == month)
}

@Test(arguments: [
    "RABAT, Nov 25 (Reuters) - Emmanuel Macron spoke by phone with Nasser Bourita recently, officials said.",
    "RABAT, 25 nov (AFP) - Emmanuel Macron s'est entretenu récemment par téléphone avec Nasser Bourita.",
    "RABAT, 25 nov (EFE).- José Manuel Albares habló recientemente por teléfono con Nasser Bourita.",
    "الرباط 25 نوفمبر - أجرى أيمن الصفدي مؤخرا اتصالا هاتفيا مع ناصر بوريطة.",
])
// (a week, "last week", gives its month: WeekPeriodTests)
func aVaguePeriodLeavesTheCallUndatedDespiteTheDateline(text: String) {
    let events = Fixtures.extract(text, published: "2024-11-25")
    #expect(events.count == 1)
    #expect(events.first?.date == nil)
}

@Test func aVaguePeriodYieldsToADate() {
    let events = Fixtures.extract("Emmanuel Macron spoke by phone with Nasser Bourita on Monday, their second call this week.", published: "2024-11-27")
    #expect(events.first?.date == Fixtures.day("2024-11-25"))
}

// "au mois de novembre", "the month of November": the month word leads the month (monthLeads).
@Test(arguments: [
    "Emmanuel Macron held a phone call with Nasser Bourita in the month of November.",
    "Le dernier entretien téléphonique entre Emmanuel Macron et Nasser Bourita remonte au mois de novembre.",
    "José Manuel Albares habló por teléfono con Nasser Bourita en el mes de noviembre.",
    "أجرى أيمن الصفدي في شهر نوفمبر اتصالا هاتفيا مع ناصر بوريطة.",
])
func theWordForMonthLeadsAMonthNamedAlone(text: String) {
    let events = Fixtures.extract(text, published: "2025-01-29")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2024-11")
}

@Test(arguments: [
    "A comienzos de noviembre, José Manuel Albares y Nasser Bourita hablaron por teléfono.",
    "At the end of November, Antony Blinken held a phone call with Nasser Bourita.",
    "Emmanuel Macron s'est entretenu par téléphone avec Nasser Bourita au milieu de novembre.",
])
func moreMonthLeadsDateTheCallToTheMonth(text: String) {
    let events = Fixtures.extract(text, published: "2025-01-19")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2024-11")
}

// A month said to be past: "last August", "août dernier", "el pasado agosto" is the latest
// August before the report; "August last year", "en agosto del año pasado", "في أغسطس من العام
// الماضي" is the year before's, whenever the report.
@Test(arguments: [
    ("Emmanuel Macron held a phone call with Nasser Bourita last August.", "2023-03-08", "2022-08"),
    ("Emmanuel Macron s'est entretenu par téléphone avec Nasser Bourita le 12 août dernier.", "2023-03-08", "2022-08-12"),
    ("José Manuel Albares habló por teléfono con Nasser Bourita el pasado agosto.", "2023-09-20", "2023-08"),
    ("Emmanuel Macron held a phone call with Nasser Bourita in August last year.", "2023-09-20", "2022-08"),
    ("José Manuel Albares habló por teléfono con Nasser Bourita en agosto del año pasado.", "2023-03-08", "2022-08"),
    ("تلقى أيمن الصفدي اتصالا هاتفيا من ناصر بوريطة في أغسطس من العام الماضي.", "2023-03-08", "2022-08"),
])
func aPastMonthDatesTheCall(text: String, published: String, iso: String) {
    let events = Fixtures.extract(text, published: published)
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == iso)
}

// The date of a visit recalled after the call is the visit's: "... y recordó su visita a Rabat
// el pasado julio".
@Test func aVisitsDateAfterTheCallIsNotItsDay() {
    let text = "José Manuel Albares habló ayer por teléfono con Nasser Bourita y recordó su visita a Rabat el pasado julio."
    let events = Fixtures.extract(text, published: "2023-09-20")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2023-09-19")
}
