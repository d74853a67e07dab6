import Testing
@testable import HotlineExtract

private func cues(_ text: String, _ lang: String) -> [DateCue] {
    DateFinder(indexes: Fixtures.resources.indexes).cues(in: Tokenizer.tokenize(text), language: lang)
}

@Test func weekdayArithmetic() {
    #expect(DateMath.weekday(Fixtures.day("2024-01-01")) == 0)           // a Monday
    #expect(DateMath.latest(weekday: 2, onOrBefore: Fixtures.day("2024-01-05"))?.iso == "2024-01-03")
    #expect(DateMath.latest(weekday: 4, onOrBefore: Fixtures.day("2024-01-05"))?.iso == "2024-01-05")
    #expect(DateMath.adding(days: -1, to: Fixtures.day("2024-03-01"))?.iso == "2024-02-29")
}

@Test(arguments: [
    ("The call took place on 14 March 2022.", "en", "2022-03-14"),
    ("The call took place on March 14, 2022.", "en", "2022-03-14"),
    ("L'entretien a eu lieu le 1er juin 2021.", "fr", "2021-06-01"),
    ("La llamada fue el 4 de febrero de 2025.", "es", "2025-02-04"),
    ("جرى الاتصال في 12 مارس 2023.", "ar", "2023-03-12"),
    ("Rabat, 05/04/2022 (Agency) - text", "fr", "2022-04-05"),
])
func absoluteDates(text: String, lang: String, iso: String) {
    #expect(cues(text, lang).first?.resolve(reference: nil, previous: nil)?.iso == iso)
}

@Test(arguments: [
    ("They spoke on Tuesday.", "en", "2023-05-16"),
    ("Ils se sont parlé mardi.", "fr", "2023-05-16"),
    ("Hablaron el martes.", "es", "2023-05-16"),
    ("تحدثا يوم الثلاثاء.", "ar", "2023-05-16"),
    ("They spoke yesterday.", "en", "2023-05-17"),
    ("Ils se sont parlé hier.", "fr", "2023-05-17"),
    ("Hablaron ayer.", "es", "2023-05-17"),
    ("تحدثا أمس.", "ar", "2023-05-17"),
    // (Argentine and Uruguayan officialese for "today")
    ("Mantuvo en el día de la fecha una comunicación telefónica.", "es", "2023-05-18"),
    ("They spoke this evening.", "en", "2023-05-18"),
    // (a day without its month: the latest such day; an Arabic ordinal day before its month)
    ("They spoke on the 8th.", "en", "2023-05-08"),
    ("Hablaron el pasado día 20.", "es", "2023-04-20"),
    ("تحدثا في الثامن من مايو.", "ar", "2023-05-08"),
    ("They spoke two days ago.", "en", "2023-05-16"),
    ("Ils se sont parlé il y a trois jours.", "fr", "2023-05-15"),
    ("Hablaron hace tres días.", "es", "2023-05-15"),
    ("تحدثا أمس الأول.", "ar", "2023-05-16"),
])
func relativeDatesResolveAgainstPublication(text: String, lang: String, iso: String) {
    // 2023-05-18 is a Thursday
    #expect(cues(text, lang).first?.resolve(reference: Fixtures.day("2023-05-18"), previous: nil)?.iso == iso)
}

@Test func relativeDateWithoutReferenceIsNil() {
    #expect(cues("They spoke on Tuesday.", "en").first?.resolve(reference: nil, previous: nil) == nil)
}

@Test func monthPrecision() {
    let c = cues("They had also spoken in early October.", "en")
    #expect(c.first?.resolve(reference: Fixtures.day("2024-11-20"), previous: nil)?.iso == "2024-10")
}

@Test func yearlessFutureDateIsNotACallDate() {
    let c = cues("The deadline moves to 9 July.", "en")
    #expect(c.first?.resolve(reference: Fixtures.day("2025-05-26"), previous: nil) == nil)
}

@Test func datelineGivesTheReferenceDay() {
    let story = Story(paragraphs: ["Headline here", "RABAT, Dec. 3 (Agency) - The minister spoke by phone with his counterpart."], language: "en")
    let d = DateFinder(indexes: Fixtures.resources.indexes).dateline(of: story, publishedAt: Fixtures.day("2021-12-04"))
    #expect(d?.date.iso == "2021-12-03")
}

// "le 12 courant", "el 12 del corriente", "يوم 12 الجاري": that day of the reference month;
// "the day before yesterday" two days back.
@Test(arguments: [
    "Emmanuel Macron s'est entretenu le 12 courant par téléphone avec le roi Mohammed VI.",
    "El presidente Emmanuel Macron habló el 12 del corriente por teléfono con el rey Mohammed VI.",
    "أجرى الرئيس الفرنسي إيمانويل ماكرون يوم 12 الجاري اتصالا هاتفيا مع الملك محمد السادس.",
    "أجرى الرئيس الفرنسي إيمانويل ماكرون في الثاني عشر من الشهر الجاري اتصالا هاتفيا مع الملك محمد السادس.",
    "Emmanuel Macron spoke by phone with King Mohammed VI the day before yesterday.",
])
func aDayOfTheCurrentMonthOrTwoDaysBack(text: String) {
    #expect(Fixtures.extract(text, published: "2024-03-14").first?.date == Fixtures.day("2024-03-12"))
}

@Test func aDayOfTheCurrentMonthAfterTheReferenceDayDatesNothing() {
    let events = Fixtures.extract("Emmanuel Macron s'est entretenu le 20 courant par téléphone avec le roi Mohammed VI.", published: "2024-03-14")
    #expect(events.first?.date == nil)
}

@Test func frenchCeJourIsThePublicationDay() {
    #expect(Fixtures.extract("Emmanuel Macron s'est entretenu ce jour par téléphone avec le roi Mohammed VI.", published: "2024-03-14").first?.date == Fixtures.day("2024-03-14"))
}

@Test func aNounsOrdinalIsNoDay() {
    #expect(cues("They spoke on the 20th anniversary of the accords.", "en").isEmpty)
}

@Test(arguments: [
    ("Le scrutin présidentiel s'est tenu du 15 au 17 mars 2024.", "fr"),
    ("The vote was held March 15 to 17.", "en"),
    ("Las elecciones se celebraron del 15 al 17 de marzo.", "es"),
])
func aRangeOfDaysIsAPeriodNotADay(text: String, lang: String) {
    let found = cues(text, lang)
    #expect(found.count == 1)
    #expect(found.allSatisfy { $0.isVague })
}

@Test(arguments: [
    "Emmanuel Macron a appelé Nasser Bourita le 20 mars pour le féliciter de sa réélection à l'issue du scrutin du 15 au 17 mars.",
    "Emmanuel Macron called Nasser Bourita on Wednesday to congratulate him on his re-election in the vote held March 15 to 17.",
])
func aCallBesideARangeKeepsItsOwnDay(text: String) {
    #expect(Fixtures.extract(text, published: "2024-03-21").first?.date?.iso == "2024-03-20")
}

@Test(arguments: ["أجرى الوزيران اتصالا هاتفيا في سبتمبر/ أيلول 2023.", "أجرى الوزيران اتصالا هاتفيا في 12 سبتمبر/أيلول 2023."])
func aMonthInItsTwoArabicNamesIsOneDate(text: String) {
    let found = cues(text, "ar")
    #expect(found.count == 1)
    #expect(found.first?.resolve(reference: nil, previous: nil)?.iso.hasPrefix("2023-09") == true)
}

@Test(arguments: [("في آب 2020 اتصل", 8), ("في أيار 2020 اتصل", 5), ("في مايو 2020 اتصل", 5)])
func aLevantineMonthNameWithAYearIsAMonthDate(text: String, month: Int) {
    #expect(cues(text, "ar").first?.resolve(reference: nil, previous: nil)?.iso == String(format: "2020-%02d", month))
}

@Test(arguments: [("أجرى الوزيران اتصالا هاتفيا في ١٢ مارس ٢٠٢٤.", "2024-03-12"), ("أجرى الوزيران يوم ١٢ / ٣ / ٢٠٢٤ اتصالا هاتفيا.", "2024-03-12"),
                  ("La llamada fue el 1º de marzo de 2024.", "2024-03-01")])
func arabicIndicDigitsAndOrdinalIndicatorsAreDays(text: String, iso: String) {
    let lang = text.unicodeScalars.first.map(TextFolding.isArabic) == true ? "ar" : "es"
    #expect(cues(text, lang).first?.resolve(reference: nil, previous: nil)?.iso == iso)
}

// A relative day that opens the sentence with a word that also opens another event's clause
// ("Avant-hier, ...", "The day before yesterday, ...") dates the call.
@Test(arguments: [
    "Avant-hier, Nasser Bourita s'est entretenu au téléphone avec Ayman Safadi.",
    "Avant-hier soir, Nasser Bourita s'est entretenu au téléphone avec Ayman Safadi.",
    "The day before yesterday, Nasser Bourita spoke by phone with Ayman Safadi.",
])
func aRelativeDayOpeningTheSentenceDatesTheCall(text: String) {
    let events = Fixtures.extract(text, published: "2025-05-16")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2025-05-14")
}

// (guard: a clause of another event that opens the sentence still keeps its day)
@Test func anOtherEventsOpeningClauseKeepsItsDay() {
    let events = Fixtures.extract("Before meeting Ayman Safadi in Amman on Monday, Nasser Bourita spoke by phone with José Manuel Albares.", published: "2025-05-16")
    #expect(events.count == 1)
    #expect(events.first.map { $0.date?.iso != "2025-05-12" } == true)
}

// A date in another calendar before its Gregorian equivalent ("15 شعبان 1446هـ، الموافق 14
// فبراير") does not keep the call noun from the day the sentence gives it.
@Test func theGregorianEquivalentOfAHijriDateDatesTheCall() {
    let text = "أجرى أيمن الصفدي اتصالا هاتفيا مع ناصر بوريطة.\nوأوضحت الوكالة أن الاتصال تم في 15 شعبان 1446هـ، الموافق 14 فبراير 2025م، وأنه شمل الأوضاع الإقليمية."
    let events = Fixtures.extract(text, published: "2025-02-15")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2025-02-14")
}
