import Testing
@testable import HotlineExtract

/// `earlierPeriods` ("weeks earlier", "quelques semaines plus tôt", "semanas antes", "قبلها
/// بأسابيع"): vague, so a call told with one is undated; and a sentence with one but no call
/// moves the story to an undated earlier time, so the next undated call takes no day from the
/// calls told before it.
@Suite struct EarlierPeriodTests {
    static let first = ["Nasser Bourita", "Ayman Safadi"] as Set
    static let second = ["José Manuel Albares", "Antony Blinken"] as Set

    /// The dates of the two calls of `text`, the first pair's then the second's.
    static func dates(_ text: String) -> (EventDate??, EventDate??) {
        let events = Fixtures.extract(text, published: "2024-06-20")
        #expect(events.count == 2)
        return (events.first { Fixtures.names($0) == first }.map(\.date), events.first { Fixtures.names($0) == second }.map(\.date))
    }

    @Test(arguments: [
        "Nasser Bourita called Ayman Safadi on June 6. The groundwork had been laid weeks earlier. José Manuel Albares held a call with Antony Blinken.",
        """
        Nasser Bourita a appelé Ayman Safadi le 6 juin. Le terrain avait été préparé quelques semaines plus tôt. José Manuel Albares a eu \
        un entretien téléphonique avec Antony Blinken.
        """,
        """
        Nasser Bourita llamó a Ayman Safadi el 6 de junio. El terreno se había preparado semanas antes. José Manuel Albares mantuvo una \
        conversación telefónica con Antony Blinken.
        """,
    ])
    func aCallAfterAnEarlierPeriodTakesNoDayFromBefore(text: String) {
        let (first, second) = Self.dates(text)
        #expect(first == .some(Fixtures.day("2024-06-06")))
        #expect(second == .some(nil))
    }

    @Test(arguments: [
        "Nasser Bourita called Ayman Safadi on June 6. José Manuel Albares had held a call with Antony Blinken weeks earlier.",
        """
        Nasser Bourita a appelé Ayman Safadi le 6 juin. José Manuel Albares avait eu un entretien téléphonique avec Antony Blinken \
        quelques semaines plus tôt.
        """,
        """
        Nasser Bourita llamó a Ayman Safadi el 6 de junio. José Manuel Albares había mantenido una conversación telefónica con Antony \
        Blinken unas semanas antes.
        """,
        "اتصل ناصر بوريطة بأيمن الصفدي يوم 6 يونيو. وأجرى خوسيه مانويل ألباريس اتصالا هاتفيا مع أنتوني بلينكن قبلها بأسابيع.",
    ])
    func aCallToldWithAnEarlierPeriodIsUndated(text: String) {
        let (first, second) = Self.dates(text)
        #expect(first == .some(Fixtures.day("2024-06-06")))
        #expect(second == .some(nil))
    }

    // (guard: a sentence between them with no such period leaves the day of the call before)
    @Test func aSentenceWithoutOneKeepsTheDay() {
        let (_, second) = Self.dates("""
            Nasser Bourita called Ayman Safadi on June 6. The groundwork had been laid in Rabat. José Manuel Albares held a call with Antony Blinken.
            """)
        #expect(second == .some(Fixtures.day("2024-06-06")))
    }
}
