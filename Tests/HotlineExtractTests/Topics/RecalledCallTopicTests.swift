import Testing
@testable import HotlineExtract

// A call told in passing after a verb of recalling ("X recalled that on 6 November he had taken
// part in a call with Y") takes its topics from its own sentence: the paragraphs after it are the
// story's call's.

@Test(arguments: [
    ("""
    Today, Nasser Bourita had a telephone conversation with Ayman Safadi.

    Nasser Bourita recalled that on 6 November he had spoken by phone with José Manuel Albares about the Abraham Accords.

    The two ministers discussed joint investment projects and bilateral trade.
    """, "en"),
    ("""
    Nasser Bourita s'est entretenu aujourd'hui par téléphone avec Ayman Safadi.

    Nasser Bourita a rappelé que le 6 novembre il s'était entretenu par téléphone avec José Manuel Albares au sujet des accords d'Abraham.

    Les deux ministres ont évoqué les projets d'investissement communs et les échanges commerciaux.
    """, "fr"),
])
func aRecalledCallKeepsToItsOwnSentence(text: String, language: String) {
    let events = Fixtures.extract(text, published: "2025-11-11", language: language)
    let recalled = events.first { Fixtures.names($0).contains("José Manuel Albares") }
    let today = events.first { Fixtures.names($0).contains("Ayman Safadi") }
    #expect(recalled.map { Set($0.topics.map(\.id)) } == ["abraham-accords"])
    #expect(today.map { $0.topics.map(\.id).contains("trade-investment") } == true)
}
