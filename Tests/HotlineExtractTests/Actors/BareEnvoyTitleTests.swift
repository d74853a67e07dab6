import Testing
@testable import HotlineExtract

/// A bare "envoy", "emissary" or "المبعوث" is the envoy the story named, who placed the call it reports.
@Suite struct BareEnvoyTitleTests {
    @Test(arguments: [
        """
        The UN envoy for Yemen, Hans Grundberg, spoke by phone on Tuesday with Saudi Foreign Minister Faisal bin Farhan. \
        The Saudi minister then briefed the Crown Prince. The envoy had also telephoned Omani Foreign Minister Badr Albusaidi on Monday.
        """,
        """
        The UN envoy for Yemen, Hans Grundberg, spoke by phone on Tuesday with Saudi Foreign Minister Faisal bin Farhan. \
        The Saudi minister then briefed the Crown Prince. The emissary had also telephoned Omani Foreign Minister Badr Albusaidi on Monday.
        """,
        """
        Saudi Foreign Minister Faisal bin Farhan spoke by phone on Tuesday with the UN envoy for Yemen, Hans Grundberg. \
        The envoy had also telephoned Omani Foreign Minister Badr Albusaidi on Monday.
        """,
        """
        تلقى وزير الخارجية السعودي فيصل بن فرحان، يوم الثلاثاء، اتصالا هاتفيا من المبعوث الأممي إلى اليمن هانس غروندبرغ. \
        وكان المبعوث قد اتصل يوم الاثنين بوزير الخارجية العماني بدر البوسعيدي.
        """,
    ])
    func theEnvoyCalledTheOtherMinisterOnMonday(text: String) {
        let events = Fixtures.extractBundled(text, published: "2024-10-09")
        #expect(events.count == 2)
        let monday = events.first { $0.date == Fixtures.day("2024-10-07") }
        #expect(monday.map(Fixtures.names) == ["Hans Grundberg", "Badr Albusaidi"])
        #expect(Fixtures.caller(monday) == "Hans Grundberg")
        #expect(!events.contains { Fixtures.names($0) == ["Faisal bin Farhan Al Saud", "Badr Albusaidi"] })
    }
}
