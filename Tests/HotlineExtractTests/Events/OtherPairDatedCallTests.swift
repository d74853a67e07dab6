import Testing
@testable import HotlineExtract

// A call word written definite, of a pair the story reported no call of, on a day of its own, its
// parties after a with-word ("بعد المكالمة الهاتفية التي جرت يوم 10 ديسمبر الماضي بين A وB"), is
// another call; a definite call word followed by other events' parties ("The conversation comes after
// the participation of X in a ceremony ... attended by ...") is not.

@Test(arguments: [
    """
    بوريطة وروبيو يبحثان هاتفيا العلاقات الثنائية

    أجرى ناصر بوريطة اليوم اتصالا هاتفيا مع وزير الخارجية الأمريكي ماركو روبيو، تناول العلاقات الثنائية.

    ويأتي هذا الاتصال بعد المكالمة الهاتفية التي أجريت يوم 10 ديسمبر الماضي بين الملك محمد السادس والرئيس الأمريكي دونالد ترامب.
    """,
    """
    Bourita and Rubio discuss bilateral ties by phone

    Nasser Bourita spoke by phone today with US Secretary of State Marco Rubio about bilateral ties.

    The call came after the phone conversation that took place on 10 December between King Mohammed VI and President Donald Trump.
    """,
])
func aDefiniteCallOfAnotherPairOnItsOwnDayIsAnotherCall(text: String) {
    let events = Fixtures.extractBundled(text, published: "2025-12-18")
    #expect(events.count == 2)
    #expect(events.first { Fixtures.names($0) == ["Mohammed VI", "Donald Trump"] }?.date == Fixtures.day("2025-12-10"))
    #expect(events.first { Fixtures.names($0) == ["Nasser Bourita", "Marco Rubio"] }?.date == Fixtures.day("2025-12-18"))
}

// (guard: held before the change too)
@Test func aDefiniteCallWordBeforeAnotherEventsPartiesAddsNoCall() {
    let events = Fixtures.extractBundled("""
        Bourita and Rubio discuss bilateral ties by phone

        Nasser Bourita spoke by phone on Monday with US Secretary of State Marco Rubio about bilateral ties.

        The conversation comes after Ayman Safadi attended a swearing-in ceremony on 15 January, where the Presidents of Ghana and Senegal were also present.
        """, published: "2025-01-22")
    #expect(events.map(Fixtures.names) == [["Nasser Bourita", "Marco Rubio"]])
}
