import Testing
@testable import HotlineExtract

/// A headline whose call has no day of its own is the call of the pair its lead reports, on the lead's day.
@Suite struct HeadlineOfTheLeadsCallTests {
    private static let headline = "Bourita and Albares discuss migration in phone call"

    /// A page with a masthead, a date line, the headline, a byline and a timestamp above `body`.
    private static func page(_ body: String) -> String {
        """
        Rabat Evening Courier

        Wednesday, 9 October 2024

        \(headline)

        By Leila Amrani

        09/10/2024 12:20

        \(body)
        """
    }

    private static func extract(_ body: String) -> [CallEvent] {
        Fixtures.bundled.extract(Article(text: page(body), title: headline, publishedAt: Fixtures.day("2024-10-09"))).events
    }

    @Test func theHeadlineIsTheLeadsCallOnItsDay() {
        let events = Self.extract("""
            Moroccan Foreign Minister Nasser Bourita held a phone call on Monday with his Spanish counterpart José Manuel Albares, \
            with whom he reviewed cooperation on migration and the preparations for the next joint summit.

            The two ministers also agreed to meet in Madrid before the end of the year.
            """)
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "José Manuel Albares"])
        #expect(events.first?.date == Fixtures.day("2024-10-07"))
    }

    // (guard: a call the body recalls after the lead is another call than the headline's)
    @Test func aCallTheBodyRecallsLaterIsNotTheHeadlines() {
        let events = Self.extract("""
            Moroccan Foreign Minister Nasser Bourita and his Spanish counterpart José Manuel Albares discussed cooperation on \
            migration and the preparations for the next joint summit. The two ministers welcomed the steady fall in irregular \
            crossings along the western route this year. They also agreed to meet in Madrid with their interior ministers before \
            the end of the year.

            Albares had already called Bourita on 12 September to discuss the same issue.
            """)
        #expect(events.count == 2)
        #expect(events.allSatisfy { Fixtures.names($0) == ["Nasser Bourita", "José Manuel Albares"] })
        let recalled = events.first { $0.date == Fixtures.day("2024-09-12") }
        #expect(Fixtures.caller(recalled) == "José Manuel Albares")
        #expect(events.contains { $0.date == Fixtures.day("2024-10-09") })
    }
}
