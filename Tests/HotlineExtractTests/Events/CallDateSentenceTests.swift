import Testing
@testable import HotlineExtract

// "L'appel a eu lieu dimanche": a sentence that dates the call already reported; "à" (call for)
// is told from the verb "a" (has) after a call noun.

@Test(arguments: [
    "Emmanuel Macron a eu un entretien téléphonique avec Nasser Bourita. L'appel a eu lieu dimanche.",
    "Emmanuel Macron held a phone call with Nasser Bourita. The call took place on Sunday.",
])
func aCallNounWithoutPartiesDatesTheCallBefore(text: String) {
    let events = Fixtures.extract(text, published: "2024-06-20")
    #expect(events.count == 1)
    #expect(events.first?.date == Fixtures.day("2024-06-16"))
}

@Test func aHeadlineReportDatedByTheBodyDatesTheCall() {
    let text = """
    Macron fragilisé par la fuite d'un appel avec Nasser Bourita

    Macron fragilisé par la fuite d'un appel avec Nasser Bourita

    L'appel a eu lieu dimanche, selon plusieurs médias.
    """
    let events = Fixtures.extract(text, published: "2024-06-20")
    #expect(events.count == 1)
    #expect(events.first?.date == Fixtures.day("2024-06-16"))
}

@Test func anAppealToSomeoneIsNotACall() {
    #expect(Fixtures.extract("Emmanuel Macron a lancé un appel à Nasser Bourita pour la paix.", published: "2024-06-20").isEmpty)
    #expect(Fixtures.extract("Emmanuel Macron a appelé Nasser Bourita à la retenue.", published: "2024-06-20").isEmpty)
}
