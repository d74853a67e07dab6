import Testing
@testable import HotlineExtract

/// Presidents of an upper house (`upper-house-speaker`) are their own office; a congress's president is a parliament's speaker.
@Suite struct UpperHouseSpeakerTests {
    @Test(arguments: [("2025-03-12", "Mohamed Ould Errachid"), ("2022-03-09", "Enaam Mayara")])
    func theHouseOfCouncillorsPresidentIsTheHolderOfTheDay(published: String, holder: String) {
        let text = "تلقى رئيس مجلس المستشارين اتصالا هاتفيا، يوم الثلاثاء، من وزير الخارجية الإسباني خوسيه مانويل ألباريس."
        let events = Fixtures.bundled.extract(Article(text: text, url: "https://www.hespress.com/politique/1.html",
                                                      publishedAt: Fixtures.day(published))).events
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == [holder, "José Manuel Albares"])
        #expect(events.first?.participants.first { $0.name == holder }?.country == "MA")
        #expect(Fixtures.caller(events.first) == "José Manuel Albares")
    }

    @Test func theFrenchSenatePresidentIsLarcher() {
        let events = Fixtures.extractBundled(
            "Le président du Sénat français s'est entretenu mardi par téléphone avec le ministre espagnol des Affaires étrangères José Manuel Albares.",
            published: "2024-03-13")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Gérard Larcher", "José Manuel Albares"])
        #expect(events.first?.participants.first { $0.name == "Gérard Larcher" }?.country == "FR")
    }

    // (guard: the lower house's speaker stays the speaker)
    @Test func theMoroccanLowerHouseSpeakerIsStillTalbiAlami() {
        let events = Fixtures.extractBundled(
            "The Speaker of the House of Representatives of Morocco held a phone call on Tuesday with Spanish Foreign Minister José Manuel Albares.",
            published: "2023-03-15")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Rachid Talbi Alami", "José Manuel Albares"])
    }

    @Test(arguments: [
        "El canciller José Manuel Albares habló por teléfono el martes con el presidente del Congreso de Perú.",
        "أجرى ناصر بوريطة، يوم الثلاثاء، اتصالا هاتفيا مع رئيس كونغرس بيرو.",
    ])
    func aCongresssPresidentIsItsSpeakerNotTheHeadOfState(text: String) {
        let events = Fixtures.extractBundled(text, published: "2024-10-09")
        #expect(events.count == 1)
        let peruvian = events.first?.participants.first { $0.country == "PE" }
        // (the knowledge base knows the Congress's president on that day)
        #expect(peruvian?.name == "Eduardo Salhuana")
        #expect(peruvian?.role == "President of the Congress of Peru")
        #expect(!events.flatMap(\.participants).contains { $0.name == "Dina Boluarte" })
    }

    @Test func everyUpperHouseSpeakerOfficeHasACountryAndAStart() {
        let knowledge = ExtractionResources.shared.knowledge
        let offices = knowledge.officials.flatMap(\.offices).filter { $0.kind == "upper-house-speaker" }
        #expect(Official.officeKinds.contains("upper-house-speaker"))
        #expect(offices.count >= 5)
        for office in offices {
            #expect(knowledge.countries[office.country] != nil, "\(office.role): unknown country \(office.country)")
            #expect(office.from.flatMap(EventDate.init(iso:)) != nil, "\(office.role): no from-date")
        }
    }
}
