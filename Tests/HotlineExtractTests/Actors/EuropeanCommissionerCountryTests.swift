import Testing
@testable import HotlineExtract

/// The title "European Commissioner" ("commissaire européenne", "comisario europeo", "المفوض
/// الأوروبي", "member of the European Commission") carries the country EU; the bare
/// "commissioner" carries none. (Commissioners the knowledge base lacks.)
@Suite struct EuropeanCommissionerCountryTests {
    @Test(arguments: [
        ("European Commissioner Anna Virtanen held a phone call on Tuesday with Moroccan Foreign Minister Nasser Bourita.", "Anna Virtanen"),
        ("La commissaire européenne Anna Virtanen a eu mardi un entretien téléphonique avec Nasser Bourita.", "Anna Virtanen"),
        ("El comisario europeo Lars Eklund conversó el martes por teléfono con Nasser Bourita.", "Lars Eklund"),
        ("Nasser Bourita held a phone call on Tuesday with Anna Virtanen, a member of the European Commission.", "Anna Virtanen"),
    ])
    func theEuropeanCommissionerIsTheEUs(text: String, name: String) {
        let events = Fixtures.extractBundled(text, published: "2024-05-15")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == [name, "Nasser Bourita"])
        let commissioner = events.first?.participants.first { $0.name == name }
        #expect(commissioner?.country == "EU")
        #expect(commissioner?.role == "European Commissioner")
    }

    @Test func anArabicEuropeanCommissionerIsTheEUs() {
        let events = Fixtures.extractBundled("بحث وزير الخارجية المغربي ناصر بوريطة يوم الثلاثاء في اتصال هاتفي مع المفوض الأوروبي لارس إكلوند ملف الهجرة.",
                                             published: "2024-05-15")
        #expect(events.count == 1)
        #expect(events.first?.participants.map(\.country) == ["MA", "EU"])
        #expect(events.first?.participants.last?.role == "European Commissioner")
    }

    // (guard: a bare commissioner names no country)
    @Test(arguments: [
        "Commissioner Anna Virtanen held a phone call on Tuesday with Moroccan Foreign Minister Nasser Bourita.",
        "La commissaire Anna Virtanen a eu mardi un entretien téléphonique avec Nasser Bourita.",
    ])
    func aBareCommissionerHasNoCountry(text: String) {
        let commissioners = Fixtures.extractBundled(text, published: "2024-05-15").flatMap(\.participants).filter { $0.name == "Anna Virtanen" }
        #expect(commissioners.map(\.role) == ["Commissioner"])
        #expect(commissioners.map(\.country) == [nil])
    }
}
