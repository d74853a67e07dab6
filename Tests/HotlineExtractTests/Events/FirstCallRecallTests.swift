import Testing
@testable import HotlineExtract

// "a first phone call", "un premier entretien téléphonique", "una primera llamada" (triggers.json
// `previousCall`): after the story's call of a pair, a sentence naming no party that dates such a
// first call recalls an earlier call of that pair, on its own day and with its own initiator
// (the capital's country's party); the story's call keeps no initiator.

@Test(arguments: [
    """
    Nasser Bourita a parlé mardi au téléphone avec son homologue espagnol José Manuel Albares de la coopération migratoire. Un premier entretien téléphonique avait eu lieu le 9 mars 2022, à la demande de Rabat, au sujet de la réouverture des frontières.
    """,
    """
    Nasser Bourita spoke by phone on Tuesday with his Spanish counterpart José Manuel Albares about migration.
    On 9 March 2022, a first phone call, initiated by Rabat, had dealt with reopening the border.
    """,
    """
    Nasser Bourita conversó el martes por teléfono con su homólogo español José Manuel Albares sobre la migración.
    El 9 de marzo de 2022, una primera llamada, a iniciativa de Rabat, había abordado la reapertura de la frontera.
    """,
])
func aDatedFirstCallIsAnEarlierCallOfThePair(text: String) {
    let events = Fixtures.extractBundled(text, published: "2024-05-17")
    #expect(events.count == 2)
    #expect(events.allSatisfy { Fixtures.names($0) == ["Nasser Bourita", "José Manuel Albares"] })
    let first = events.first { $0.date == Fixtures.day("2022-03-09") }
    #expect(first != nil)
    #expect(Fixtures.caller(first) == "Nasser Bourita")
    let latest = events.first { $0.date == Fixtures.day("2024-05-14") }
    #expect(latest != nil)
    #expect(latest?.initiator == nil)
}
