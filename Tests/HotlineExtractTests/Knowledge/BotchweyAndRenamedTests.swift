import Testing
@testable import HotlineExtract

// Knowledge base: Shirley Ayorkor Botchwey, Ghana's foreign minister (2017-01-31 to 2025-01-07),
// is known; the canonical names are now "Mahamat Idriss Déby" (alias "Mahamat Idriss Déby Itno")
// and "Ahmed Moallim Fiqi" (alias "Ahmed Moalim Fiqi").

private func party(_ events: [CallEvent], _ name: String) -> Participant? {
    events.first?.participants.first { $0.name == name }
}

@Test func botchweysVideoCallIsDatedToItsMonth() {
    let events = Fixtures.extractBundled("Shirley Ayorkor Botchwey held a video call with Nasser Bourita in November 2021 about cocoa exports.",
                                         published: "2022-01-10")
    #expect(events.map(Fixtures.names) == [["Shirley Ayorkor Botchwey", "Nasser Bourita"]])
    #expect(events.first?.date == Fixtures.day("2021-11"))
    #expect(party(events, "Shirley Ayorkor Botchwey")?.country == "GH")
    #expect(party(events, "Shirley Ayorkor Botchwey")?.role == "Minister of Foreign Affairs")
}

@Test func theFormerCanonicalFormsNameTheNewOnes() {
    let chad = Fixtures.extractBundled("Emmanuel Macron spoke by phone on Monday with Mahamat Idriss Déby Itno about the situation in Sudan.",
                                       published: "2024-05-17")
    #expect(chad.map(Fixtures.names) == [["Emmanuel Macron", "Mahamat Idriss Déby"]])
    #expect(party(chad, "Mahamat Idriss Déby")?.aliases.contains("Mahamat Idriss Déby Itno") == true)
    #expect(party(chad, "Mahamat Idriss Déby")?.country == "TD")
    let somalia = Fixtures.extractBundled("Ayman Safadi spoke by phone on Monday with Somali Foreign Minister Ahmed Moalim Fiqi about the Red Sea.",
                                          published: "2024-05-17")
    #expect(somalia.map(Fixtures.names) == [["Ayman Safadi", "Ahmed Moallim Fiqi"]])
    #expect(party(somalia, "Ahmed Moallim Fiqi")?.aliases.contains("Ahmed Moalim Fiqi") == true)
    #expect(party(somalia, "Ahmed Moallim Fiqi")?.country == "SO")
}
