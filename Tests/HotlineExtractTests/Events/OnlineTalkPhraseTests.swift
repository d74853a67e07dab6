import Testing
@testable import HotlineExtract

// Talks held online are calls: French "a eu un entretien en ligne avec", "se sont entretenus en
// ligne", Spanish "mantuvieron una reunión / conversación en línea", Arabic "اجتماع عبر الإنترنت";
// even in a story whose other meeting was in person. (The bundled knowledge base.)

@Test(arguments: [
    "Mercredi, Bourita a eu un entretien en ligne avec son homologue espagnol José Manuel Albares.",
    "Mercredi, Bourita et José Manuel Albares, chef de la diplomatie espagnole, se sont entretenus en ligne.",
])
func frenchTalksOnlineAfterAVisitAreACall(second: String) {
    let events = Fixtures.extractBundled("""
        Mardi à Rabat, Nasser Bourita, qui dirige la diplomatie marocaine, a accueilli Paulo Rangel, chef de la diplomatie \
        portugaise. \(second)
        """, published: "2024-05-09")
    #expect(events.count == 1, "\(second)")
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "José Manuel Albares"], "\(second)")
    #expect(events.first?.date == Fixtures.day("2024-05-08"), "\(second)")
}

@Test func aSpanishOnlineMeetingAfterAVisitIsACall() {
    let events = Fixtures.extractBundled("""
        El ministro José Manuel Albares recibió el martes en Madrid al canciller portugués Paulo Rangel. El miércoles, \
        Albares y su homólogo marroquí, Nasser Bourita, mantuvieron una reunión en línea.
        """, published: "2024-05-09")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["José Manuel Albares", "Nasser Bourita"])
    #expect(events.first?.date == Fixtures.day("2024-05-08"))
}

// (guard: a Spanish conversation held online was a call before)
@Test func aSpanishOnlineConversationIsACall() {
    let events = Fixtures.extractBundled("""
        El canciller chileno Alberto van Klaveren y su par argentina Diana Mondino mantuvieron una conversación en línea el martes sobre la frontera.
        """, published: "2024-05-09")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Alberto van Klaveren", "Diana Mondino"])
    #expect(events.first?.date == Fixtures.day("2024-05-07"))
}

@Test(arguments: [
    "عقد وزير الخارجية الأردني أيمن الصفدي يوم الثلاثاء اجتماعا عبر الإنترنت مع نظيره الإسباني خوسيه مانويل ألباريس.",
    "عقد وزير الخارجية الأردني أيمن الصفدي يوم الثلاثاء اجتماع عبر الانترنت مع نظيره الإسباني خوسيه مانويل ألباريس.",
])
func anArabicMeetingOverTheInternetIsACall(text: String) {
    let events = Fixtures.extractBundled(text, published: "2024-05-08")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Ayman Safadi", "José Manuel Albares"])
    #expect(events.first?.date == Fixtures.day("2024-05-07"))
}
