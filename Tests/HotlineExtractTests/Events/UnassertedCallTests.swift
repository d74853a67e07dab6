import Testing
@testable import HotlineExtract

// Calls a sentence does not assert: contact said to have lapsed, calls asked about or only
// possible, calls denied in a subordinate clause, a name called, a session held by video.

@Test(arguments: [
    "Les deux hommes, Emmanuel Macron et Nasser Bourita, ne se sont plus parlé au téléphone depuis plus d'un an.",
    "Interrogé sur d'éventuels échanges téléphoniques entre M. Macron et Nasser Bourita, le ministre a répondu : « Nous sommes restés en contact. »",
    "Fuentes diplomáticas niegan que Albares y Bourita hayan conversado por teléfono esta semana.",
    "Preguntado por posibles llamadas entre José Manuel Albares y Nasser Bourita, el portavoz no quiso comentar.",
    "Durante la campaña, José Manuel Albares llamó a Nasser Bourita \"irresponsable\" y \"populista\".",
    "عقد مجلس الوزراء جلسته برئاسة الملك محمد السادس، عبر الاتصال المرئي، وأوضح ناصر بوريطة أن المجلس جدد التأكيد على المواقف الثابتة.",
])
func aCallTheSentenceDoesNotAssertIsNone(text: String) {
    #expect(Fixtures.extract(text, published: "2025-02-28").isEmpty)
}

@Test(arguments: [
    "Emmanuel Macron et Nasser Bourita se sont parlé au téléphone mardi.",
    "José Manuel Albares llamó a Nasser Bourita el martes.",
])
func aPlainCallIsStillACall(text: String) {
    #expect(Fixtures.extract(text, published: "2025-02-28").count == 1)
}

@Test(arguments: [
    "A Chinese envoy also called on the President on Wednesday, after Nasser Bourita met him.",
    "Senior officials spent the weekend working the phones with Antony Blinken and Nasser Bourita.",
    "Nasser Bourita has a call pencilled in with Antony Blinken for Monday morning.",
    "Une conversation téléphonique entre Nasser Bourita et Emmanuel Macron est « prévue d'ici la fin de la semaine », selon l'Élysée.",
])
func aVisitABusyWeekendOrAPencilledInCallIsNone(text: String) {
    #expect(Fixtures.extract(text, published: "2025-02-02").isEmpty)
}

@Test func aCallOnTheEighthIsStillDated() {
    let events = Fixtures.extract("Nasser Bourita called Antony Blinken on the 8th.", published: "2025-02-12")
    #expect(events.first?.date?.iso == "2025-02-08")
}
