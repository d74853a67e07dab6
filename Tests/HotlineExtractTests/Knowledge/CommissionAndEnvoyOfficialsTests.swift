import Testing
@testable import HotlineExtract

/// Officials added to the bundled knowledge base, read through extraction: European
/// commissioners (Marta Kos, Valdis Dombrovskis, Jozef Síkela, Magnus Brunner, Margaritis
/// Schinas, Ylva Johansson, Janez Lenarčič, Jutta Urpilainen, Andrius Kubilius; Hadja Lahbib's
/// office from 2024-12-01), Fernando Haddad, Don Farrell, Wang Wentao, Mutlaq al-Qahtani,
/// Stephanie Koury, and the short forms "متقي" (Muttaqi) and "Retno" (Retno Marsudi).
@Suite struct CommissionAndEnvoyOfficialsTests {
    /// The participant named `name` in the only event of `text`.
    static func party(_ name: String, in text: String, published: String) -> Participant? {
        let events = Fixtures.extractBundled(text, published: published)
        #expect(events.count == 1)
        return events.first?.participants.first { $0.name == name }
    }

    @Test(arguments: [
        ("European Commissioner Marta Kos held a phone call on Tuesday with Moroccan Foreign Minister Nasser Bourita.",
         "2025-02-12", "Marta Kos", "European Commissioner for Enlargement"),
        ("Le vice-président exécutif de la Commission Valdis Dombrovskis a eu mardi un entretien téléphonique avec Nasser Bourita.",
         "2024-05-15", "Valdis Dombrovskis", "Executive Vice-President of the European Commission"),
        ("El comisario europeo Jozef Síkela conversó el martes por teléfono con Nasser Bourita.",
         "2025-01-15", "Jozef Síkela", "European Commissioner for International Partnerships"),
        ("La comisaria europea Jutta Urpilainen conversó el martes por teléfono con Nasser Bourita.",
         "2024-05-15", "Jutta Urpilainen", "European Commissioner for International Partnerships"),
        ("أجرى المفوض الأوروبي ماغنوس برونر يوم الثلاثاء اتصالا هاتفيا مع وزير الخارجية المغربي ناصر بوريطة.",
         "2025-01-15", "Magnus Brunner", "European Commissioner for Internal Affairs and Migration"),
        ("Andrius Kubilius held a phone call on Tuesday with Nasser Bourita.",
         "2025-01-15", "Andrius Kubilius", "European Commissioner for Defence and Space"),
        ("La commissaire européenne Hadja Lahbib s'est entretenue mardi par téléphone avec Nasser Bourita.",
         "2025-02-12", "Hadja Lahbib", "European Commissioner for Preparedness and Crisis Management"),
    ])
    func aCommissionerIsTheEUs(text: String, published: String, name: String, role: String) {
        let p = Self.party(name, in: text, published: published)
        #expect(p?.country == "EU")
        #expect(p?.role == role)
    }

    @Test func schinasJohanssonAndLenarcicAreCommissioners() {
        let events = Fixtures.extractBundled("""
            Margaritis Schinas held a phone call on Tuesday with Nasser Bourita. Ylva Johansson later spoke by phone with Janez Lenarčič.
            """, published: "2024-05-15")
        #expect(events.count == 2)
        #expect(events.map(Fixtures.names) == [["Margaritis Schinas", "Nasser Bourita"], ["Ylva Johansson", "Janez Lenarčič"]])
        #expect(events.last?.participants.allSatisfy { $0.country == "EU" } == true)
    }

    // (guard: before her commission, Lahbib is Belgium's foreign minister)
    @Test func lahbibBeforeTheCommissionIsBelgian() {
        let p = Self.party("Hadja Lahbib", in: "Hadja Lahbib s'est entretenue mardi par téléphone avec Nasser Bourita.", published: "2024-06-12")
        #expect(p?.country == "BE")
        #expect(p?.role == "Minister of Foreign Affairs")
    }

    @Test func haddadInABrazilStoryIsFernandoHaddad() {
        let events = Fixtures.extractBundled("""
            Brazil's Finance Minister Fernando Haddad expects the economy to grow. Haddad spoke by phone on Wednesday with French Economy Minister Bruno Le Maire about the G20 tax on billionaires.
            """, published: "2024-07-18")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Fernando Haddad", "Bruno Le Maire"])
        #expect(events.first?.participants.first { $0.name == "Fernando Haddad" }?.country == "BR")
        #expect(events.first?.date == Fixtures.day("2024-07-17"))
    }

    @Test func wangWentaoAndDonFarrell() {
        let events = Fixtures.extractBundled("China's Commerce Minister Wang Wentao held a video call on Tuesday with Australian Trade Minister Don Farrell.",
                                             published: "2024-05-15")
        #expect(events.count == 1)
        #expect(events.first?.participants.map(\.country) == ["CN", "AU"])
        #expect(events.first?.participants.map(\.name) == ["Wang Wentao", "Don Farrell"])
    }

    @Test(arguments: [
        "Qatari envoy Mutlaq al-Qahtani held a phone call on Tuesday with Stephanie Khoury, the UN deputy envoy for Libya.",
        "أجرت المبعوثة الأممية ستيفاني خوري يوم الثلاثاء اتصالا هاتفيا مع مطلق القحطاني.",
    ])
    func qahtaniAndKouryAreKnownEnvoys(text: String) {
        let events = Fixtures.extractBundled(text, published: "2024-11-20")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Mutlaq al-Qahtani", "Stephanie Koury"])
        #expect(events.first?.participants.first { $0.name == "Mutlaq al-Qahtani" }?.country == "QA")
        #expect(events.first?.participants.first { $0.name == "Stephanie Koury" }?.country == "UN")
    }

    @Test(arguments: [
        ("أجرى متقي يوم الثلاثاء اتصالا هاتفيا مع وزير الخارجية الإيراني عباس عراقجي بحث خلاله أوضاع اللاجئين.",
         ["Amir Khan Muttaqi", "Abbas Araghchi"], "2024-11-20", "2024-11-19"),
        ("On Tuesday, Retno spoke by phone with Jordanian Foreign Minister Ayman Safadi about Gaza.",
         ["Retno Marsudi", "Ayman Safadi"], "2024-05-15", "2024-05-14"),
    ])
    func aShortFormNamesTheOfficial(text: String, names: [String], published: String, day: String) {
        let events = Fixtures.extractBundled(text, published: published)
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == Set(names))
        #expect(events.first?.date == Fixtures.day(day))
    }
}
