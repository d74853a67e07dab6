import Testing
@testable import HotlineExtract

// A ministry's list of talks heads each item with a title that ends with its date in brackets
// ("Entretien de M. X avec M. Y (22 janvier 2025)"), or with a label line that ends with it after a
// bar ("SUMMARY | PRESS DESK | OCTOBER 22, 2021"): on a page of three such items or more, an
// undated call in an item took place on that date, not on the page's.

@Test func aTitleEndingWithItsDateDatesItsItem() {
    let events = Fixtures.extract("""
        Entretiens du ministre - janvier 2025
        Mis à jour le 24 janvier 2025

        Entretien de M. Emmanuel Macron avec M. José Manuel Albares, ministre des affaires étrangères d'Espagne (24 janvier 2025)
        Ce jour, MM. Macron et Albares se sont parlé au téléphone de la situation au Liban et en Syrie.

        Entretien téléphonique de M. Emmanuel Macron avec M. Ayman Safadi, ministre des affaires étrangères de Jordanie (22 janvier 2025)
        Sollicité par le ministre jordanien, qui avait demandé cet échange, M. Macron a eu avec M. Safadi une conversation téléphonique sur Gaza et la mer Rouge.
        """, published: "2025-01-24", language: "fr")
    let byPair = Dictionary(uniqueKeysWithValues: events.map { (Fixtures.names($0), $0) })
    #expect(byPair[["Emmanuel Macron", "José Manuel Albares"]]?.date?.iso == "2025-01-24")
    #expect(byPair[["Emmanuel Macron", "Ayman Safadi"]]?.date?.iso == "2025-01-22")
    #expect(Fixtures.caller(byPair[["Emmanuel Macron", "Ayman Safadi"]]) == "Ayman Safadi")
    #expect(events.count == 2)
}

@Test func aLabelLineEndingWithItsDateDatesItsItemFromTheTitleAbove() {
    let events = Fixtures.extract("""
        Office of the Spokesperson | Press Releases

        Blinken and Bourita talk regional security
        SUMMARY | PRESS DESK | OCTOBER 22, 2021
        Today Antony Blinken talked by telephone with Nasser Bourita of Morocco on regional security.

        Blinken and Safadi on humanitarian aid
        SUMMARY | PRESS DESK | OCTOBER 18, 2021
        On this date Antony Blinken had a phone conversation with Ayman Safadi of Jordan about humanitarian aid.

        Blinken meets the Spanish foreign minister
        SUMMARY | PRESS DESK | OCTOBER 13, 2021
        Antony Blinken received José Manuel Albares at the Department for talks on migration.
        """, published: "2021-10-22", language: "en")
    let byPair = Dictionary(uniqueKeysWithValues: events.map { (Fixtures.names($0), $0) })
    #expect(byPair[["Antony Blinken", "Nasser Bourita"]]?.date?.iso == "2021-10-22")
    #expect(byPair[["Antony Blinken", "Ayman Safadi"]]?.date?.iso == "2021-10-18")
}

// (guard: related links with their dates, bullets first, date nothing; the story's own call keeps
// the page's day)
@Test func relatedLinksWithDatesAreNoItemTitles() {
    let events = Fixtures.extract("""
        Nasser Bourita s'est entretenu aujourd'hui par téléphone avec M. Ayman Safadi au sujet de la situation régionale et de la coopération.

        À lire aussi
        - Le ministre reçoit son homologue portugais à Rabat pour des consultations politiques (2 avril 2024)
        - Rabat accueille la réunion des pays africains atlantiques sur la sécurité maritime (25 mars 2024)
        """, published: "2024-04-10", language: "fr")
    #expect(events.map { $0.date?.iso } == ["2024-04-10"])
}
