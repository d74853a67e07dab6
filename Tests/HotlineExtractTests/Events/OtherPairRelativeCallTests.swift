import Testing
@testable import HotlineExtract

/// A definite call noun whose relative clause names two new parties and a date is another call, not the one just reported.
@Suite struct OtherPairRelativeCallTests {
    @Test func theRelativeClausesPairHadAnEarlierCall() {
        let events = Fixtures.extractBundled("""
            Le président Emmanuel Macron s'est entretenu mardi par téléphone avec le roi Mohammed VI. Cet appel prolonge \
            la conversation téléphonique qu'avaient tenue en février le Premier ministre Gabriel Attal et le chef du gouvernement Aziz Akhannouch.
            """, published: "2024-04-10")
        #expect(events.count == 2)
        #expect(Set(events.map(Fixtures.names)) == [["Emmanuel Macron", "Mohammed VI"], ["Gabriel Attal", "Aziz Akhannouch"]])
        let february = events.first { Fixtures.names($0).contains("Gabriel Attal") }
        #expect(february?.date == Fixtures.day("2024-02"))
        #expect(february?.date?.precision == .month)
        let tuesday = events.first { Fixtures.names($0).contains("Emmanuel Macron") }
        #expect(tuesday?.date == Fixtures.day("2024-04-09"))
    }

    // (guard: parties named outside the call noun's relative clause make no call)
    @Test func aCeremonyTheCallFollowsIsNoCall() {
        let events = Fixtures.extractBundled("""
            President Emmanuel Macron spoke by phone on Tuesday with King Mohammed VI. The conversation follows the participation \
            of Gabriel Attal in a ceremony in Rabat on 15 January, attended by Aziz Akhannouch.
            """, published: "2024-04-10")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Emmanuel Macron", "Mohammed VI"])
        #expect(events.first?.date == Fixtures.day("2024-04-09"))
    }
}
