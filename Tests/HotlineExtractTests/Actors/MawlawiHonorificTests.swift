import Testing
@testable import HotlineExtract

/// The honorifics "Mawlawi", "Maulvi" and "مولوي" are skipped before a name: they are no part
/// of it. (The bundled knowledge base.)
@Suite struct MawlawiHonorificTests {
    @Test(arguments: [
        ("Taliban Deputy Foreign Minister Mawlawi Sher Ahmad Zaheer held a phone call on Tuesday with Jordanian Foreign Minister Ayman Safadi.",
         "Sher Ahmad Zaheer"),
        ("Jordanian Foreign Minister Ayman Safadi held a phone call on Tuesday with Afghanistan's health minister, Maulvi Sher Ahmad Zaheer.",
         "Sher Ahmad Zaheer"),
        ("Le vice-ministre Maulvi Sher Ahmad Zaheer a eu mardi un entretien téléphonique avec Ayman Safadi.", "Sher Ahmad Zaheer"),
        ("أجرى وزير الخارجية الأردني أيمن الصفدي يوم الثلاثاء اتصالا هاتفيا مع وزير الصحة الأفغاني، مولوي شير أحمد ظاهر، تناول الأوضاع الإنسانية.",
         "شير أحمد ظاهر"),
    ])
    func theHonorificIsNoPartOfTheName(text: String, name: String) {
        let events = Fixtures.extractBundled(text, published: "2024-05-15")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == [name, "Ayman Safadi"])
        #expect(events.first?.date == Fixtures.day("2024-05-14"))
    }

    @Test func theHonorificBeforeAKnownSurname() {
        let events = Fixtures.extractBundled("أجرى وزير الخارجية الأردني أيمن الصفدي يوم الثلاثاء اتصالا هاتفيا مع مولوي متقي.", published: "2024-05-15")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Ayman Safadi", "Amir Khan Muttaqi"])
        #expect(events.first?.participants.first { $0.name == "Amir Khan Muttaqi" }?.country == "AF")
    }

    // (guard: before a known full name the honorific was already harmless)
    @Test func theHonorificBeforeAKnownFullName() {
        let events = Fixtures.extractBundled("Jordanian Foreign Minister Ayman Safadi held a phone call on Tuesday with Mawlawi Amir Khan Muttaqi.",
                                             published: "2024-05-15")
        #expect(events.first.map(Fixtures.names) == ["Ayman Safadi", "Amir Khan Muttaqi"])
    }
}
