import Testing
@testable import HotlineExtract

// Future, planned, possible and hypothetical calls: the cue may stand several words before the
// trigger in its clause, behind a complementizer, or be a future-tense verb ending.

@Test(arguments: [
    "Antony Blinken and Nasser Bourita are due to speak by phone on Thursday.",
    "Antony Blinken and Nasser Bourita, officials said, are due to hold a phone call soon.",
    "Officials discussed a possible phone call between Antony Blinken and Nasser Bourita.",
    "The White House did not rule out a call between Antony Blinken and Nasser Bourita.",
])
func plannedOrPossibleCallsInEnglish(text: String) {
    #expect(Fixtures.extract(text, published: "2023-02-01").isEmpty)
}

@Test(arguments: [
    "Emmanuel Macron et Nasser Bourita doivent quant à eux s'entretenir vendredi par téléphone.",
    "Le Quai d'Orsay évoque un éventuel appel entre Emmanuel Macron et Nasser Bourita.",
    "Il est prévu qu'Emmanuel Macron ait un entretien téléphonique avec Nasser Bourita.",
])
func plannedOrPossibleCallsInFrench(text: String) {
    #expect(Fixtures.extract(text, published: "2023-02-01").isEmpty)
}

@Test(arguments: [
    "José Manuel Albares buscará conversar con Nasser Bourita por teléfono en los próximos días.",
    "José Manuel Albares y Nasser Bourita se proponen hablar por teléfono esta semana.",
    "La llamada entre José Manuel Albares y Nasser Bourita se celebrará el lunes.",
    "El Gobierno no descartó una posible llamada entre José Manuel Albares y Nasser Bourita.",
    // (a subjunctive after "que": "no está previsto, por ahora, que hablen")
    "No se sabe, por ahora, si José Manuel Albares y Nasser Bourita hablen por teléfono antes de la cumbre.",
    "Fuentes diplomáticas indicaron que no hay fecha para que José Manuel Albares y Nasser Bourita conversen por teléfono.",
])
func plannedOrPossibleCallsInSpanish(text: String) {
    #expect(Fixtures.extract(text, published: "2023-02-01").isEmpty)
}

@Test(arguments: [
    "ومن المقرر أن يجري أيمن الصفدي اتصالا هاتفيا مع ناصر بوريطة.",
    "وبحث الجانبان التعاون، على أن يجري أيمن الصفدي اتصالا هاتفيا مع ناصر بوريطة في وقت لاحق.",
    // (a long title and name between the cue and the call word count as one word)
    "ومن المقرر أن يجري وزير الخارجية وشؤون المغتربين الأردني الدكتور أيمن الصفدي اتصالا هاتفيا بنظيره المغربي ناصر بوريطة.",
    // (the future prefix on a dual or plural verb, or on the first person)
    "وقال المتحدث إن الوزيرين أيمن الصفدي وناصر بوريطة \"سيتحدثان هاتفيا\" خلال الأيام المقبلة.",
    "وقال أيمن الصفدي: \"سأتصل بالوزير ناصر بوريطة هاتفيا بعد عودتي\".",
])
func plannedCallsInArabic(text: String) {
    #expect(Fixtures.extract(text, published: "2023-02-01").isEmpty)
}

// An indefinite "scheduled" adjective after the call noun plans it, however the clause opens.
@Test(arguments: [
    "وقال الديوان إن الصفدي وبوريطة سيناقشان، في اتصال هاتفي مقرر الأسبوع المقبل، ترتيبات الزيارة.",
    "ويبحث أيمن الصفدي وناصر بوريطة الملف في اتصال هاتفي مرتقب خلال أيام.",
])
func aScheduledCallNounInArabicIsPlanned(text: String) {
    #expect(Fixtures.extract(text, published: "2023-02-01").isEmpty)
}

@Test(arguments: [
    "Antony Blinken, who will travel to Rabat next month, spoke by phone with Nasser Bourita on Monday.",
    "José Manuel Albares habló por teléfono con Nasser Bourita el lunes sobre la visita que realizará a Rabat.",
    "Emmanuel Macron, qui doit se rendre à Rabat, s'est entretenu par téléphone lundi avec Nasser Bourita.",
])
func aFutureCueInAnotherClauseKeepsThePastCall(text: String) {
    let events = Fixtures.extract(text, published: "2023-02-01")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names)?.contains("Nasser Bourita") == true)
}

@Test(arguments: [
    "The palace said there had been no contact between Emmanuel Macron and Nasser Bourita by phone since May.",
    "Interrogé sur un possible entretien téléphonique entre Emmanuel Macron et Nasser Bourita, le porte-parole n'a rien dit.",
    "Le Quai d'Orsay a démenti qu'un appel ait eu lieu entre Emmanuel Macron et Nasser Bourita.",
    "José Manuel Albares no descartó una llamada con Nasser Bourita.",
    "واستبعد المتحدث إجراء اتصال هاتفي بين أيمن الصفدي وناصر بوريطة في الوقت الحالي.",
])
func deniedOrRuledOutCalls(text: String) {
    #expect(Fixtures.extract(text, published: "2023-02-01").isEmpty)
}

@Test func aNameWithAFutureLikeEndingIsNotAFutureVerb() {
    let events = Fixtures.extract("Emmanuel Macron et la ministre Alexandra Durand se sont entretenus par téléphone avec Nasser Bourita.",
                                  published: "2023-02-01")
    #expect(events.count == 1)
}

// A call hoped for, wanted or looked forward to has not happened.
@Test(arguments: [
    "Nasser Bourita said he hoped to speak with Antony Blinken by phone before the end of the month.",
    "Emmanuel Macron is looking forward to a phone call with King Mohammed VI, his office said.",
    "Emmanuel Macron espère s'entretenir au téléphone avec le roi Mohammed VI avant l'été.",
    "José Manuel Albares quiere hablar por teléfono con Nasser Bourita antes del verano.",
    "وقال أيمن الصفدي إنه يتطلع إلى اتصال هاتفي مع ناصر بوريطة.",
])
func aCallHopedForIsNoCall(text: String) {
    #expect(Fixtures.extract(text, published: "2023-02-01").isEmpty)
}

// A future cue governs the calls chained after it in its clause, not a call past a comma.
@Test func aWantedCallDoesNotGovernTheCallOfTheNextClause() {
    let text = "Nasser Bourita, who had wanted to speak to Antony Blinken for weeks, finally phoned the American secretary of state on Tuesday."
    let events = Fixtures.extract(text, published: "2023-02-02")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Antony Blinken"])
    #expect(events.first?.date?.iso == "2023-01-31")
}

// "May" the month is no modal: "in May 2021", "WASHINGTON, May 21 —".
@Test(arguments: [
    ("In a call in May 2022, Antony Blinken and Nasser Bourita discussed the autonomy plan.", "2022-05"),
    ("RABAT, May 21 (MAP) - Antony Blinken and Nasser Bourita spoke by phone on Thursday.", "2023-05-18"),
])
func theMonthMayIsNoFutureCue(text: String, iso: String) {
    let events = Fixtures.extract(text, published: "2023-05-21")
    #expect(events.count == 1)
    #expect(events.first?.date == Fixtures.day(iso))
    #expect(events.first?.evidence.first == text)
}

// A call someone is waiting for, or one supposed ("لو اتصل"), has not taken place.
@Test(arguments: [
    "Nasser Bourita was still waiting for a call from Antony Blinken, sources said.",
    "Selon des sources, Nasser Bourita attend toujours un appel d'Antony Blinken.",
    "Según fuentes, Nasser Bourita aguarda una llamada de Antony Blinken.",
    "قالت مصادر إن ناصر بوريطة \"ينتظر اتصالا\" من أنتوني بلينكن.",
    "وأضافت المصادر: \"لو اتصل بلينكن بناصر بوريطة اليوم لكان ذلك رسالة إيجابية\".",
])
func aCallAwaitedOrSupposedIsNoCall(text: String) {
    #expect(Fixtures.extract(text, published: "2023-02-01").isEmpty)
}

// "un appel sera organisé", "la llamada será": the short future of "to be" after a call noun.
@Test(arguments: [
    "Interrogé sur un nouvel échange avec Rabat, Emmanuel Macron a indiqué qu'un appel sera organisé dès que possible avec Nasser Bourita.",
    "José Manuel Albares dijo que una llamada con Nasser Bourita será organizada en cuanto sea posible.",
])
func aCallThatWillBeArrangedIsPlanned(text: String) {
    #expect(Fixtures.extract(text, published: "2024-03-01").isEmpty)
}

// "No plans for another call" plans nothing and denies no call the story reports.
@Test(arguments: [
    "On December 28, Emmanuel Macron telephoned Nasser Bourita. An official said there were no plans for another Macron–Bourita conversation for now.",
    "El 28 de diciembre, José Manuel Albares llamó por teléfono a Nasser Bourita. No hay planes de otra conversación entre ambos, dijo un funcionario.",
])
func noPlansForAnotherCallKeepsTheReportedOne(text: String) {
    let events = Fixtures.extract(text, published: "2025-01-14")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2024-12-28")
}

// A call noun in a later phrase of a planned call's sentence, naming no party, is that planned call.
@Test func aCallNounAfterAPlannedCallIsThatCall() {
    let text = "Nasser Bourita said on Sunday that he had asked his team to prepare a plan. He has a call pencilled in with Antony Blinken for Monday morning, according to officials — another conversation to watch."
    #expect(Fixtures.extract(text, published: "2025-02-02").isEmpty)
}

@Test func aCallNamingItsOwnPartiesAfterAPlannedOneStillCounts() {
    let text = "Nasser Bourita has a call pencilled in with Antony Blinken for Monday; on Sunday he held a phone call with José Manuel Albares."
    let events = Fixtures.extract(text, published: "2025-02-03")
    #expect(events.map(Fixtures.names) == [["Nasser Bourita", "José Manuel Albares"]])
}

// Agreeing to talk by phone, or convening a virtual summit, is a plan.
@Test(arguments: [
    "José Manuel Albares y Nasser Bourita acordaron conversar telefónicamente para preparar la reunión.",
    "Antony Blinken et Nasser Bourita sont convenus de s'entretenir par téléphone pour préparer la réunion.",
    "Nasser Bourita convocó una cumbre virtual con José Manuel Albares y Ayman Safadi para el 16 de abril.",
    "Nasser Bourita a convoqué une visioconférence avec José Manuel Albares et Ayman Safadi pour le 16 avril.",
])
func agreeingToTalkOrConveningIsAPlan(text: String) {
    #expect(Fixtures.extract(text, published: "2024-03-21").isEmpty)
}

// A quotation mark inside the plan does not hide it: 'acordaron "conversar telefónicamente ..."'.
@Test(arguments: [
    "José Manuel Albares y Nasser Bourita acordaron \"conversar telefónicamente en las próximas semanas\".",
    "Antony Blinken and Nasser Bourita agreed \"to speak by phone again soon\".",
])
func aPlanSplitByAQuotationMarkIsAPlan(text: String) {
    #expect(Fixtures.extract(text, published: "2024-03-21").isEmpty)
}

// A call that was to happen ("devait s'entretenir"), or only a possibility they discussed, is none.
@Test(arguments: [
    "Son service de presse a indiqué que Nasser Bourita devait s'entretenir par téléphone avec Ayman Safadi la semaine prochaine.",
    "José Manuel Albares y Nasser Bourita evaluaron la posibilidad de una llamada a tres con Ayman Safadi, según fuentes diplomáticas.",
    "Antony Blinken and Nasser Bourita discussed the possibility of a joint phone call with Ayman Safadi.",
])
func aCallThatWasToHappenIsNone(text: String) {
    #expect(Fixtures.extract(text, published: "2023-03-10").isEmpty)
}

// A call the clause of its noun puts in the coming days, or says is under consideration, is not
// yet a call.
@Test(arguments: [
    "The Elysee said a phone call between Emmanuel Macron and Nasser Bourita would take place in the coming days.",
    "A phone call between Nasser Bourita and Ayman Safadi to be held on Tuesday was announced by the ministry.",
    "Un entretien téléphonique entre Emmanuel Macron et Nasser Bourita est évoqué, sans date.",
    "Un appel téléphonique entre Emmanuel Macron et Nasser Bourita dans les prochains jours a été annoncé par l'Élysée.",
    "وقال مصدر إن اتصالا بين ماكرون وبوريطة مطروح.",
])
func aCallForTheComingDaysIsNotACall(text: String) {
    #expect(Fixtures.extract(text, published: "2025-01-20").isEmpty)
}

// A call held "to prepare a visit" took place; only preparing a call itself plans one.
@Test(arguments: [
    "Nasser Bourita held a video call on Monday with Ayman Safadi to prepare a joint business forum in Amman.",
    "Nasser Bourita s'est entretenu lundi au téléphone avec Ayman Safadi pour préparer une visite à Amman.",
    "Nasser Bourita habló el lunes por teléfono con Ayman Safadi para preparar una visita a Amán.",
])
func aCallHeldToPrepareSomethingElseIsACall(text: String) {
    let events = Fixtures.extract(text, published: "2025-03-11")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2025-03-10")
}

@Test(arguments: [
    "Aides are working to prepare a call between Emmanuel Macron and Nasser Bourita.",
    "Les deux ministres doivent préparer un appel entre Emmanuel Macron et Nasser Bourita.",
    "Los equipos están preparando una llamada entre Emmanuel Macron y Nasser Bourita.",
])
func preparingACallIsNoCall(text: String) {
    #expect(Fixtures.extract(text, published: "2025-03-11").isEmpty)
}

// A modal or "whether" in what a call was about or what it was for ("to see if", "pour savoir
// si"), or "due to" giving its cause, plans nothing.
@Test(arguments: [
    "Nasser Bourita held a phone call on Monday with Ayman Safadi on how they could boost trade.",
    "Nasser Bourita spoke by phone with Ayman Safadi on Monday about whether Jordan would attend.",
    "Nasser Bourita spoke by phone with Ayman Safadi on Monday due to the escalation in Gaza.",
    "Nasser Bourita phoned Ayman Safadi on Monday to see if Jordan would help.",
    "Nasser Bourita a appelé Ayman Safadi lundi pour savoir si la Jordanie pourrait aider.",
])
func aModalInWhatACallWasAboutPlansNothing(text: String) {
    let events = Fixtures.extract(text, published: "2025-03-11")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2025-03-10")
}

@Test func aCallThatIsDueIsNotYetHeld() {
    #expect(Fixtures.extract("Nasser Bourita is due to speak by phone with Ayman Safadi on Tuesday.", published: "2025-03-11").isEmpty)
}

// A subjunctive after "está previsto que" however long its subject, "next week", and an agreement
// to consult "including by phone" are no call.
@Test(arguments: [
    "Está previsto que Nasser Bourita y el ministro jordano encargado del agua mantengan la próxima semana una conversación por vídeo.",
    "À l'issue de leur rencontre, Nasser Bourita et Ayman Safadi sont convenus de « se concerter souvent, y compris par téléphone ».",
    "After the meeting, Nasser Bourita and Ayman Safadi agreed to consult closely, including by phone.",
])
func consultingIncludingByPhoneOrASubjunctiveIsNoCall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-09-20").isEmpty)
}

// An Arabic future verb and "in the coming days" plan a call.
@Test func anArabicCallInTheComingDaysIsPlanned() {
    #expect(Fixtures.extract("وأوضح البلاغ أن ناصر بوريطة سيتحادث هاتفيا في الأيام القادمة مع أيمن الصفدي.", published: "2024-09-20").isEmpty)
}
