import Testing
@testable import HotlineExtract

/// Places of a talk held in person (`nonCall`: "dans l'hémicycle", "dans les salons", "en los
/// pasillos", "in the corridors"): a talking verb there is no call, even in a story of calls.
@Suite struct InPersonPlaceTests {
    @Test(arguments: [
        """
        Le roi Mohammed VI a reçu mardi un appel téléphonique du président français Emmanuel Macron. \
        Le ministre Nasser Bourita s'est entretenu ensuite avec le ministre jordanien Ayman Safadi, dans les salons du Parlement.
        """,
        """
        King Mohammed VI received a phone call on Tuesday from French President Emmanuel Macron. \
        Minister Nasser Bourita then spoke with Jordanian minister Ayman Safadi in the corridors of Parliament.
        """,
    ])
    func aTalkInTheHallIsNoCall(text: String) {
        let events = Fixtures.extractBundled(text, published: "2024-04-10")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Mohammed VI", "Emmanuel Macron"])
    }
}
