import Testing
@testable import HotlineExtract

// An initiative phrase after a noun of the exchange names the caller, also after a virtual
// meeting's noun, and with a meeting word only in a later clause.
@Test(arguments: [
    "Emmanuel Macron a participé lundi à une visioconférence avec Nasser Bourita et Ayman Safadi. La rencontre virtuelle s'est tenue à l'invitation de M. Bourita, a précisé le ministère.",
    "Emmanuel Macron held a video call on Monday with Nasser Bourita and Ayman Safadi. The exchange took place at the invitation of Minister Bourita, whose country will host the summit.",
    "Emmanuel Macron sostuvo el lunes una videoconferencia con Nasser Bourita y Ayman Safadi. La videoconferencia fue convocada por el canciller marroquí, según el comunicado.",
])
func anInitiativeAfterTheExchangeNounNamesTheCaller(text: String) {
    let events = Fixtures.extract(text, published: "2025-06-17")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "Nasser Bourita")
}

@Test func aMeetingBeforeTheCueStillMakesItAnotherEvents() {
    let events = Fixtures.extract("""
        Emmanuel Macron held a video call on Monday with Nasser Bourita. The summit took place at the invitation of Minister Bourita.
        """, published: "2025-06-17")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == nil)
}

@Test func whoTookTheInitiativeForTheConversationPlacedIt() {
    let events = Fixtures.extract("""
        Antony Blinken spoke by telephone on Thursday with Nasser Bourita. Mr Bourita took the initiative for the conversation after consulting his partners.
        """, published: "2025-03-28")
    #expect(Fixtures.caller(events.first) == "Nasser Bourita")
}

// "que él mismo convocó": a relative clause of convening after the call names its subject as
// the caller.
@Test func aCallTheSubjectHimselfConvenedIsHis() {
    let events = Fixtures.extract("""
        El canciller José Manuel Albares sostuvo ayer una videoconferencia con sus homólogos Nasser Bourita y Ayman Safadi, que él mismo convocó para preparar la cumbre.
        """, published: "2025-02-20")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "José Manuel Albares")
}

// An initiative of a title that names no one goes to the person named right after it, after a
// comma ("du président en exercice de l'Union, le général X"); not to one named after a verb.
@Test func anInitiativeOfATitleGoesToTheNameInApposition() {
    let events = Fixtures.extract("""
        Emmanuel Macron s'est entretenu mardi par téléphone avec Ayman Safadi et Nasser Bourita. Cette concertation, tenue à l'initiative du président en exercice du Forum, M. Nasser Bourita, a porté sur Gaza.
        """, published: "2025-01-30")
    #expect(Fixtures.caller(events.first) == "Nasser Bourita")
}

@Test func aNameAfterAVerbIsNoApposition() {
    let events = Fixtures.extract("""
        Emmanuel Macron s'est entretenu hier soir au téléphone avec le roi du Maroc, Mohammed VI. L'échange a eu lieu à la demande du souverain marocain, précise un communiqué signé du ministre, Nasser Bourita.
        """, published: "2025-04-15")
    #expect(Fixtures.caller(events.first) == "Mohammed VI")
}
