import Testing
@testable import HotlineExtract

// "after the one", "après celui", "después de la que" (triggers.json `previousOne`) recall an
// earlier call only in a sentence with a call word: "This call comes ten days after the one X
// had with Y on 4 May" is an X–Y call on 4 May; the same phrase after "visit" recalls no call.

private let published = "2024-05-17"

@Test(arguments: [
    """
    Emmanuel Macron s'est entretenu jeudi par téléphone avec le roi Mohammed VI sur la situation au Sahel.
    Cet appel intervient dix jours après celui que M. Macron avait eu, le 4 mai, avec Ayman Safadi.
    """,
    """
    Emmanuel Macron spoke by phone on Thursday with King Mohammed VI about the situation in the Sahel.
    The call came ten days after the one Macron had held with Ayman Safadi on 4 May.
    """,
    """
    Emmanuel Macron conversó el jueves por teléfono con el rey Mohammed VI sobre la situación en el Sahel.
    Esta llamada se produce diez días después de la que Macron mantuvo el 4 de mayo con Ayman Safadi.
    """,
])
func theOneBeforeACallIsAnEarlierCall(text: String) {
    let events = Fixtures.extractBundled(text, published: published)
    #expect(events.count == 2)
    let earlier = events.first { Fixtures.names($0) == ["Emmanuel Macron", "Ayman Safadi"] }
    #expect(earlier?.date == Fixtures.day("2024-05-04"))
    let latest = events.first { Fixtures.names($0) == ["Emmanuel Macron", "Mohammed VI"] }
    #expect(latest?.date == Fixtures.day("2024-05-16"))
}

// (guard: with no call word in the sentence, "the one" may be any event: no Macron–Safadi call)
@Test(arguments: [
    """
    Emmanuel Macron s'est entretenu jeudi par téléphone avec le roi Mohammed VI sur la situation au Sahel.
    Cette visite intervient dix jours après celle du 4 mai avec Ayman Safadi.
    """,
    """
    Emmanuel Macron spoke by phone on Thursday with King Mohammed VI about the situation in the Sahel.
    The visit came ten days after the one Macron had paid to Ayman Safadi on 4 May.
    """,
    """
    Emmanuel Macron conversó el jueves por teléfono con el rey Mohammed VI sobre la situación en el Sahel.
    Esta visita se produce diez días después de la que Macron realizó el 4 de mayo con Ayman Safadi.
    """,
])
func theOneBeforeAVisitIsNoCall(text: String) {
    let events = Fixtures.extractBundled(text, published: published)
    #expect(events.map(Fixtures.names) == [["Emmanuel Macron", "Mohammed VI"]])
    #expect(events.first?.date == Fixtures.day("2024-05-16"))
}
