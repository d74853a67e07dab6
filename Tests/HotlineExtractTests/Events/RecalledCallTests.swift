import Testing
@testable import HotlineExtract

// Calls reported in a back-reference, after a date adverbial, or in the past perfect.

@Test(arguments: [
    "Nasser Bourita spoke by phone on Wednesday with José Manuel Albares.\n\nIt was the second call between the two ministers in a month. In the previous one, on 2 March, they discussed migration.",
    "Nasser Bourita s'est entretenu mercredi par téléphone avec José Manuel Albares.\n\nC'était le deuxième appel entre les deux ministres en un mois. Lors du précédent, le 2 mars, ils avaient évoqué la migration.",
    "Nasser Bourita conversó por teléfono el miércoles con José Manuel Albares.\n\nSe trata de la segunda llamada entre ambos ministros en un mes. En la anterior, el pasado 2 de marzo, abordaron la migración.",
    // (a similar call, or a phrase saying this one was not the first, with a date of its own)
    "Nasser Bourita spoke by phone on Wednesday with José Manuel Albares.\n\nIt was not the first time that Bourita and Albares had settled a fishing quarrel by phone: a similar conversation on 2 March ended the last one.",
    "Nasser Bourita conversó por teléfono el miércoles con José Manuel Albares.\n\nBourita recordó que no era la primera vez que hablaban de pesca: \"El 2 de marzo ya lo hicimos, y llegamos a un acuerdo\".",
])
func aBackReferenceWithItsOwnDateRecallsAnEarlierCall(text: String) {
    let events = WiderFixtures.extract(text)
    #expect(events.count == 2)
    #expect(Set(events.compactMap { $0.date?.iso }) == ["2025-03-19", "2025-03-02"])
    #expect(events.allSatisfy { WiderFixtures.names($0) == ["Nasser Bourita", "José Manuel Albares"] })
}

@Test func aBackReferenceWithoutADateAddsNoCall() {
    let events = WiderFixtures.extract("Nasser Bourita spoke by phone on Wednesday with José Manuel Albares.\n\nIn the previous one, they discussed migration.")
    #expect(events.count == 1)
}

@Test(arguments: [
    ("Kyriakos Mitsotakis a téléphoné lundi au chef de l'État turc Recep Tayyip Erdoğan pour lui présenter ses condoléances.", "fr", "2025-03-17"),
    ("Kyriakos Mitsotakis a appelé mardi 18 mars son homologue Recep Tayyip Erdoğan.", "fr", "2025-03-18"),
    ("Kyriakos Mitsotakis llamó el domingo 16 de marzo al presidente turco, Recep Tayyip Erdoğan.", "es", "2025-03-16"),
    ("Kyriakos Mitsotakis called on Monday the Turkish president, Recep Tayyip Erdoğan.", "en", "2025-03-17"),
    ("Kyriakos Mitsotakis llamó ayer por teléfono al presidente turco, Recep Tayyip Erdoğan.", "es", "2025-03-19"),
    ("Kyriakos Mitsotakis a joint lundi au téléphone le président turc Recep Tayyip Erdoğan pour lui présenter ses condoléances.", "fr", "2025-03-17"),
])
func aDateBetweenTheVerbAndItsObject(text: String, language: String, day: String) {
    let e = WiderFixtures.extract(text, language: language).first
    #expect(e.map(WiderFixtures.names) == ["Kyriakos Mitsotakis", "Recep Tayyip Erdoğan"])
    #expect(e?.date?.iso == day)
    #expect(Fixtures.caller(e) == "Kyriakos Mitsotakis")
}

@Test func arabicPastPerfectIsNotPlanned() {
    let text = """
    تلقى رئيس الجمهورية جوزيف عون اليوم الخميس اتصالا هاتفيا من الرئيس السوري أحمد الشرع.

    وكان الرئيس عون قد تلقى مساء أمس اتصالا هاتفيا من أمير قطر الشيخ تميم بن حمد آل ثاني.
    """
    let events = WiderFixtures.extract(text)
    #expect(Set(events.map(WiderFixtures.names)) == [["Joseph Aoun", "Ahmed al-Sharaa"], ["Joseph Aoun", "Tamim bin Hamad Al Thani"]])
    #expect(Set(events.compactMap(Fixtures.caller)) == ["Ahmed al-Sharaa", "Tamim bin Hamad Al Thani"])
    #expect(Set(events.compactMap { $0.date?.iso }) == ["2025-03-20", "2025-03-19"])
}

@Test func arabicMayReceiveIsStillPlanned() {
    #expect(WiderFixtures.extract("قد يتلقى الرئيس جوزيف عون اتصالا هاتفيا من الرئيس السوري أحمد الشرع.").isEmpty)
}

@Test func callingSomeonesAttentionIsNoCall() {
    #expect(WiderFixtures.extract("Kyriakos Mitsotakis llamó el lunes la atención sobre la situación de Recep Tayyip Erdoğan.", language: "es").isEmpty)
}

// "Le précédent de 2021" (the precedent, the earlier affair) names no earlier call: a back-reference
// needs a call word or an elided one after a preposition ("lors du précédent", "en la anterior").
@Test(arguments: [
    "Emmanuel Macron s'est entretenu mardi par téléphone avec Nasser Bourita. Le précédent de 2021 a laissé des traces : les deux hommes avaient ensuite repris contact au sommet de Rome en octobre 2021.",
    "Emmanuel Macron conversó el martes por teléfono con Nasser Bourita. La anterior crisis, de 2021, dejó huella: los dos hombres retomaron el contacto en la cumbre de Roma en octubre de 2021.",
])
func aPrecedentIsNoEarlierCall(text: String) {
    let events = Fixtures.extract(text, published: "2024-01-10")
    #expect(events.count == 1)
    #expect(events.first?.date == Fixtures.day("2024-01-09"))
}

// A semicolon ends a call word's group: the recalled call after it, with its own parties and
// month, is another call, not the reported one referred to before it.
@Test func aRecalledCallAfterASemicolonIsItsOwnCall() {
    let text = """
    Nasser Bourita received a phone call on Monday from Jordanian Foreign Minister Ayman Safadi.
    This was the pair's second conversation in a year; during a call in May 2022 Bourita and Safadi had reviewed Jerusalem.
    """
    let events = Fixtures.extract(text, published: "2023-03-08")
    #expect(events.count == 2)
    #expect(Set(events.compactMap { $0.date?.iso }) == ["2023-03-06", "2022-05"])
}

// "وكان X وY قد تباحثا هاتفيا في فبراير الماضي": "قد" after "كان" is a pluperfect, not a modal,
// however long the subject between them.
@Test func anArabicPluperfectWithALongSubjectIsARecalledCall() {
    let text = """
    تلقى الملك محمد السادس اليوم اتصالا هاتفيا من وزير الخارجية الأردني أيمن الصفدي.

    وكان الملك محمد السادس ووزير الخارجية الأردني أيمن الصفدي قد أجريا اتصالا هاتفيا في فبراير الماضي بشأن العلاقات الثنائية.
    """
    let events = Fixtures.extract(text, published: "2025-04-13")
    #expect(events.count == 2)
    #expect(Set(events.compactMap { $0.date?.iso }) == ["2025-04-13", "2025-02"])
}

// "last spoke on March 18, and have not talked since": the negation of the next clause denies
// nothing; "the first call since January" is not dated January.
@Test func aNegationAfterTheCallsCommaDeniesNothing() {
    let events = Fixtures.extract("Antony Blinken and Nasser Bourita last spoke on March 18, and have not talked since.", published: "2024-04-10")
    #expect(events.count == 1)
    #expect(events.first?.date == Fixtures.day("2024-03-18"))
}

@Test func theFirstCallSinceAMonthIsNotDatedThatMonth() {
    let events = Fixtures.extract("It was the first call between Antony Blinken and Nasser Bourita since January.", published: "2024-04-10")
    #expect(events.count == 1)
    #expect(events.first?.date == nil)
}

// "They last spoke by phone in August last year": the earlier call of the story's pair, on its
// own date, also when the sentence has call words.
@Test(arguments: [
    "Antony Blinken held phone talks with Nasser Bourita on Wednesday. They last spoke by phone in August last year about trade.",
    "Antony Blinken held phone talks with Nasser Bourita on Wednesday. They last spoke in August last year.",
])
func theLastCallBeforeIsAnEarlierCall(text: String) {
    let events = Fixtures.extract(text, published: "2023-03-08")
    #expect(events.count == 2)
    #expect(Set(events.compactMap { $0.date?.iso }) == ["2023-03-08", "2022-08"])
}

// A pair phrase that names an office ("the two presidents") is no pair of ministers: not the
// story's last call, and not the last two ministers named.
@Test func thePresidentsLastCallIsNotTheMinistersCall() {
    let text = """
    Antony Blinken held phone talks with Nasser Bourita on Wednesday. \
    Separately, officials said no call between the heads of state was planned. The two presidents last spoke in August last year.
    """
    let events = Fixtures.extract(text, published: "2023-03-08")
    #expect(events.map { $0.date?.iso ?? "-" } == ["2023-03-08"])
}

@Test func thePresidentsAreTheLastTwoPresidentsNamed() {
    let text = """
    Antony Blinken held phone talks with Nasser Bourita on Monday. Emmanuel Macron and King Mohammed VI met in Rome last year. \
    The two heads of state spoke by phone on Tuesday, the Elysee said.
    """
    let events = Fixtures.extract(text, published: "2023-03-08")
    #expect(events.contains { Set(Fixtures.names($0)) == ["Emmanuel Macron", "Mohammed VI"] && $0.date?.iso == "2023-03-07" })
    #expect(!events.contains { Set(Fixtures.names($0)) == ["Antony Blinken", "Nasser Bourita"] && $0.date?.iso == "2023-03-07" })
}

// "It was their fifth call since January. The first, on 3 February, ...": the ordinal opening the
// sentence after a call's is an earlier call of the pair.
@Test(arguments: [
    "José Manuel Albares habló el jueves por teléfono con Nasser Bourita. La de este jueves fue la quinta llamada entre ambos ministros desde enero. La primera, el 3 de febrero, sirvió para preparar la cumbre.",
    "José Manuel Albares spoke by phone with Nasser Bourita on Thursday. Thursday's was the fifth call between the two ministers since January. The first, on February 3, prepared the summit.",
])
func anOrdinalAfterACountedCallIsAnEarlierCall(text: String) {
    let events = Fixtures.extract(text, published: "2023-03-10")
    #expect(events.count == 2)
    #expect(Set(events.compactMap(\.date?.iso)) == ["2023-03-09", "2023-02-03"])
}

// "ويعد هذا الاتصال الثاني بين الوزيرين ...، إذ سبق أن تحادثا هاتفيا يوم الجمعة": words that
// point back to the pair's call, on an earlier day of their own, report that earlier call.
@Test(arguments: [
    "بوريطة والصفدي يتباحثان مجددا\n\nاتصل ناصر بوريطة، أمس الأحد، بأيمن الصفدي، وبحث الوزيران الوضع في غزة.\n\nويعد هذا الاتصال الثاني بين الوزيرين في غضون ثلاثة أيام، إذ سبق أن تحادثا هاتفيا يوم الجمعة الماضي.",
    "Bourita et Safadi se reparlent\n\nNasser Bourita a appelé dimanche Ayman Safadi au sujet de Gaza.\n\nIl s'agit du deuxième appel entre les deux ministres en trois jours : ils s'étaient déjà entretenus au téléphone vendredi dernier.",
])
func aPointerBackOnAnEarlierDayIsThatEarlierCall(text: String) {
    let events = Fixtures.extract(text, published: "2025-03-03")
    #expect(Set(events.compactMap { $0.date?.iso }) == ["2025-03-02", "2025-02-28"])
}

// The earlier call such a sentence recalls takes its own caller ("تلقى ... اتصالا هاتفيا من Y"),
// not the caller of the call the story reported before it; "خلال أقل من عشرة أيام" (within
// less than ten days) is a comparison, no caller's from-word.
@Test func anEarlierCallRecalledOnItsOwnDayHasItsOwnCaller() {
    let text = "بوريطة والصفدي يتباحثان مجددا\n\nاتصل ناصر بوريطة اليوم الأحد هاتفيا بأيمن الصفدي.\n\nويمثل هذا الاتصال الثاني بين الوزيرين في أقل من عشرة أيام، إذ كان بوريطة قد تلقى في الخامس والعشرين من الشهر الماضي اتصالا هاتفيا من الصفدي."
    let events = Fixtures.extract(text, published: "2025-03-02")
    #expect(events.count == 2)
    #expect(events.first { $0.date?.iso == "2025-03-02" }.map(Fixtures.caller) == "Nasser Bourita")
    #expect(events.first { $0.date?.iso != "2025-03-02" }.map(Fixtures.caller) == "Ayman Safadi")
}

// (guard against the recurrence phrase: a day it does not bring after a colon dates another event)
@Test func aRecurrencePhraseWithTheDayOfAnotherEventRecallsNoCall() {
    let text = "Nasser Bourita conversó por teléfono el miércoles con José Manuel Albares.\n\nNo es la primera vez que los dos cancilleres conversan desde que Albares asumió la cartera a comienzos de marzo."
    let events = WiderFixtures.extract(text)
    #expect(events.count == 1)
}
