import Testing
@testable import HotlineExtract

// A weak talk verb ("s'est entretenu", "spoke") with an in-person cue right after it ("mardi, à la
// Primature, avec ...", "on Tuesday, at the villa, with ...") reports talks in person, not a
// call, even in a story that reports a call. A weak verb with no such cue near it stays a call.
// (The bundled knowledge base.)

@Test(arguments: [
    ("""
     Le chef du gouvernement Aziz Akhannouch a eu lundi un entretien téléphonique avec son homologue espagnol Pedro \
     Sánchez. Le chef du gouvernement s'est par ailleurs entretenu mardi, à la Primature, avec l'ambassadeur de France et \
     le représentant de l'Union européenne.
     """, "fr"),
    ("""
     Prime Minister Aziz Akhannouch held a phone call on Monday with his Spanish counterpart Pedro Sánchez. Akhannouch \
     also spoke on Tuesday, at the villa, with the French ambassador and the EU representative.
     """, "en"),
])
func aWeakVerbWithAnInPersonCueRightAfterItIsNoCall(text: String, language: String) {
    let events = Fixtures.extractBundled(text, published: "2023-05-10")
    #expect(events.count == 1, "\(language)")
    #expect(events.first.map(Fixtures.names) == ["Aziz Akhannouch", "Pedro Sánchez"], "\(language)")
    #expect(events.first?.participants.count == 2, "\(language)")
    #expect(events.first?.date == Fixtures.day("2023-05-08"), "\(language)")
    #expect(!events.flatMap(\.participants).contains { $0.role == "Ambassador" }, "\(language)")
}

// (guard: the same cue in Spanish and Arabic made no call before either)
@Test(arguments: [
    """
    El presidente del Gobierno, Pedro Sánchez, mantuvo el lunes una conversación telefónica con el jefe del Gobierno \
    marroquí, Aziz Akhannouch. Sánchez conversó además el martes, en su despacho, con el embajador de Francia y la \
    representante de la ONU.
    """,
    "أجرى رئيس الحكومة عزيز أخنوش يوم الاثنين اتصالا هاتفيا مع رئيس الحكومة الإسباني بيدرو سانشيز. وتباحث أخنوش يوم الثلاثاء، بمكتبه في الرباط، مع سفير فرنسا.",
])
func aWeakVerbWithAnInPersonCueIsNoCallInSpanishAndArabic(text: String) {
    let events = Fixtures.extractBundled(text, published: "2023-05-10")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Aziz Akhannouch", "Pedro Sánchez"])
}

// (guard: a weak verb with no in-person cue after it, in a story that reports a call, is a call)
@Test func aWeakVerbWithoutAnInPersonCueIsACall() {
    let events = Fixtures.extractBundled("""
        Le chef du gouvernement Aziz Akhannouch a eu lundi un entretien téléphonique avec son homologue espagnol Pedro \
        Sánchez. Akhannouch s'est également entretenu mardi avec le président français Emmanuel Macron.
        """, published: "2023-05-10")
    #expect(events.count == 2)
    let macron = events.first { Fixtures.names($0).contains("Emmanuel Macron") }
    #expect(macron.map(Fixtures.names) == ["Aziz Akhannouch", "Emmanuel Macron"])
    #expect(macron?.date == Fixtures.day("2023-05-09"))
}

// (guard: an in-person cue ("recibió") far after the weak verbs of a listed clause leaves them
// calls: three calls)
@Test func weakVerbsInAListWithAFarInPersonWordStayCalls() {
    let events = Fixtures.extractBundled("""
        La agenda del presidente Gabriel Boric incluyó varios contactos telefónicos: el lunes habló con Javier Milei; el \
        martes conversó con Lula da Silva; y el jueves recibió un llamado de Gustavo Petro.
        """, published: "2024-05-10")
    #expect(events.count == 3)
    let found = Dictionary(uniqueKeysWithValues: events.map { e in
        (Fixtures.names(e).subtracting(["Gabriel Boric"]).first ?? "", e.date?.iso ?? "")
    })
    #expect(found == ["Javier Milei": "2024-05-06", "Luiz Inácio Lula da Silva": "2024-05-07", "Gustavo Petro": "2024-05-09"])
    #expect(events.allSatisfy { Fixtures.names($0).contains("Gabriel Boric") })
    #expect(Fixtures.caller(events.first { Fixtures.names($0).contains("Gustavo Petro") }) == "Gustavo Petro")
}
