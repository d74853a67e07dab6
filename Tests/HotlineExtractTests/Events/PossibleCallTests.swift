import Testing
@testable import HotlineExtract

// A call said to be possible ("no se descarta una conversación", "n'est pas exclu"), its timing
// under discussion, or set for later after its noun ("l'entretien ... est prévu à 16 heures") is
// no call held, and denies none.
@Test func aCallNotRuledOutDeniesNoEarlierCall() {
    let events = Fixtures.extractBundled("""
        José Manuel Albares y Nasser Bourita hablaron por teléfono el martes.

        Fuentes diplomáticas indicaron que Albares y Bourita acordaron mantener "contacto permanente" y que no se descarta una conversación conjunta con Ayman Safadi más adelante.
        """, published: "2024-08-14")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["José Manuel Albares", "Nasser Bourita"])
}

@Test func theTimingOfAFirstCallIsNoCall() {
    let events = Fixtures.extract("""
        Diplomats note that the timing of a first conversation between Antony Blinken and Ayman Safadi has always been negotiated at length.
        """, published: "2024-08-14")
    #expect(events.isEmpty)
}

@Test(arguments: [
    "L'entretien entre Emmanuel Macron et Ayman Safadi est prévu à 16 heures.",
    "L'entretien entre Emmanuel Macron et Ayman Safadi a été reporté à la semaine prochaine.",
    // (a planning participle in apposition, after a comma: `comingParticiples`)
    "Les chaînes suivront l'entretien entre Emmanuel Macron et Ayman Safadi, prévu à 16 heures.",
])
func aTalkNounSetForLaterIsNoCall(text: String) {
    #expect(Fixtures.extract(text, published: "2025-05-19").isEmpty)
}

@Test func aPlanAfterTheCallsSubjectMatterLeavesTheCall() {
    let events = Fixtures.extract("Emmanuel Macron s'est entretenu lundi par téléphone avec Ayman Safadi au sujet du sommet prévu à Rabat.", published: "2025-05-19")
    #expect(events.count == 1)
}

@Test func aCallNounWithoutAPlanAfterItIsStillACall() {
    let events = Fixtures.extract("Emmanuel Macron a eu lundi un entretien téléphonique avec Ayman Safadi. L'entretien a porté sur Gaza.",
                                  published: "2025-05-19")
    #expect(events.count == 1)
}

// "No such call has been reported" right after a call someone is ready to make denies that one,
// not the call the story reported before.
@Test func aDenialRightAfterAWishedCallDeniesNoReportedOne() {
    let events = Fixtures.extract("""
        Antony Blinken, who telephoned Nasser Bourita on Monday, praised the autonomy plan.

        Ayman Safadi has said he is ready "to pick up the phone and call Bourita at any moment". No such call has been reported.
        """, published: "2025-04-03")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Antony Blinken", "Nasser Bourita"])
}

@Test func aDenialAfterOtherSentencesStillDeniesTheStorysCall() {
    let events = Fixtures.extract("""
        Reports said Antony Blinken had phoned Nasser Bourita on Monday.

        The State Department said no such call took place.
        """, published: "2025-04-03")
    #expect(events.isEmpty)
}
