import Testing
@testable import HotlineExtract

// A sentence that announces its calls before a colon ("una serie de contactos telefónicos:",
// "a round of phone contacts:") and lists them after it, one clause each, reports each listed
// talk as a call, with the topics of its own clause; a call noun that announces no list leaves
// the days of the calls that follow as they were.

@Test(arguments: [
    ("""
     Su agenda sumó varios contactos telefónicos: el lunes por la mañana, Nasser Bourita habló con José Manuel Albares \
     sobre la pesca; el martes conversó con Ayman Safadi acerca de la situación en Gaza; y el jueves recibió un \
     llamado de Emmanuel Macron, que lo felicitó.
     """, "es"),
    ("""
     The week brought a round of phone contacts: on Monday Nasser Bourita spoke with José Manuel Albares about \
     fisheries; on Tuesday he spoke with Ayman Safadi about the situation in Gaza; and on Thursday he received a \
     call from Emmanuel Macron, who congratulated him.
     """, "en"),
])
func eachTalkListedAfterACallLeadInIsACall(text: String, language: String) {
    let events = Fixtures.extract(text, published: "2025-03-08")
    let found = Dictionary(uniqueKeysWithValues: events.map { e in
        (Fixtures.names(e).subtracting(["Nasser Bourita"]).first ?? "", e.date?.iso ?? "")
    })
    #expect(found == ["José Manuel Albares": "2025-03-03", "Ayman Safadi": "2025-03-04", "Emmanuel Macron": "2025-03-06"], "\(language)")
    #expect(events.allSatisfy { Fixtures.names($0).contains("Nasser Bourita") }, "\(language)")
    let macron = events.first { Fixtures.names($0).contains("Emmanuel Macron") }
    #expect(Fixtures.caller(macron) == "Emmanuel Macron", "\(language)")
}

@Test func eachListedCallTakesTheTopicsOfItsOwnClause() {
    let events = Fixtures.extract("""
        Su agenda sumó varios contactos telefónicos: el lunes por la mañana, Nasser Bourita habló con José Manuel Albares \
        sobre la migración; el martes conversó con Ayman Safadi acerca de la ayuda humanitaria para Gaza.
        """, published: "2025-03-08")
    let topics = Dictionary(uniqueKeysWithValues: events.map { e in
        (Fixtures.names(e).subtracting(["Nasser Bourita"]).first ?? "", Set(e.topics.map(\.id)))
    })
    #expect(topics["José Manuel Albares"]?.contains("migration") == true)
    #expect(topics["José Manuel Albares"]?.contains("humanitarian-aid") == false)
    #expect(topics["Ayman Safadi"]?.contains("humanitarian-aid") == true)
    #expect(topics["Ayman Safadi"]?.contains("migration") == false)
}

// (guard: a call noun before a colon whose items carry their own call words keeps each item's day)
@Test func callsListedWithTheirOwnCallWordsKeepTheirDays() {
    let events = Fixtures.extract("""
        Nasser Bourita sumó esta semana contactos telefónicos con varios ministros: el pasado jueves \
        conversó por teléfono con José Manuel Albares, y el viernes con Ayman Safadi.
        """, published: "2025-03-11")
    let found = Dictionary(uniqueKeysWithValues: events.map { e in
        (Fixtures.names(e).subtracting(["Nasser Bourita"]).first ?? "", e.date?.iso ?? "")
    })
    #expect(found == ["José Manuel Albares": "2025-03-06", "Ayman Safadi": "2025-03-07"])
}

// (guard: talks after a colon whose lead-in names no calls are no calls in a story that reports one)
@Test func talksAfterALeadInWithoutCallsAreNotCalls() {
    let events = Fixtures.extract("""
        Nasser Bourita received a phone call from Emmanuel Macron on Monday. The week was busy: on Tuesday Bourita \
        spoke with José Manuel Albares in Rabat; on Wednesday he spoke with Ayman Safadi in Amman.
        """, published: "2025-03-08")
    #expect(events.map(Fixtures.names) == [["Nasser Bourita", "Emmanuel Macron"]])
}
