import Testing
@testable import HotlineExtract

// Commissioner titles ("the Commissioner", "la commissaire", "la comisaria", "المفوضة
// الأوروبية"): after a call of a European commissioner named in full, a later "the Commissioner"
// is that commissioner, who places the next call, not the other party of the first call.
// (The bundled knowledge base: Dubravka Šuica, Commissioner for the Mediterranean from
// 2024-12-01.)

private let suica = "Dubravka Šuica"

@Test(arguments: [
    ("""
     Moroccan Foreign Minister Nasser Bourita held a phone call with Dubravka Šuica on 10 February. On 12 February, the \
     Commissioner also telephoned Jordanian Foreign Minister Ayman Safadi.
     """, "en"),
    ("""
     Nasser Bourita, chef de la diplomatie marocaine, a eu le 10 février un échange téléphonique avec \
     Dubravka Šuica. Le 12 février, la commissaire a également téléphoné au ministre jordanien des Affaires étrangères \
     Ayman Safadi.
     """, "fr"),
    ("""
     El ministro marroquí de Exteriores Nasser Bourita mantuvo el 10 de febrero una conversación telefónica con Dubravka \
     Šuica. El 12 de febrero, la comisaria telefoneó también al ministro jordano de Exteriores Ayman Safadi.
     """, "es"),
    ("""
     أجرى وزير الخارجية المغربي ناصر بوريطة يوم الاثنين اتصالا هاتفيا مع دوبرافكا شويتسا. واتصلت المفوضة الأوروبية يوم \
     الأربعاء بوزير الخارجية الأردني أيمن الصفدي.
     """, "ar"),
])
func theCommissionerIsTheCommissionerNamedBefore(text: String, language: String) {
    let events = Fixtures.extractBundled(text, published: "2025-02-14")
    #expect(events.count == 2, "\(language)")
    let first = events.first { $0.date == Fixtures.day("2025-02-10") }
    let second = events.first { $0.date == Fixtures.day("2025-02-12") }
    #expect(first.map(Fixtures.names) == ["Nasser Bourita", suica], "\(language)")
    #expect(second.map(Fixtures.names) == [suica, "Ayman Safadi"], "\(language)")
    #expect(Fixtures.caller(second) == suica, "\(language)")
    #expect(second?.participants.first { $0.name == suica }?.country == "EU", "\(language)")
    // (not the other party of the first call)
    #expect(!events.contains { Fixtures.names($0) == ["Nasser Bourita", "Ayman Safadi"] }, "\(language)")
}

// (guard: with the commissioner the subject of the first call, the later title already was hers)
@Test func theCommissionerAfterHerOwnCallAsSubject() {
    let events = Fixtures.extractBundled("""
        Dubravka Šuica held a phone call with Moroccan Foreign Minister Nasser Bourita on 10 February. On 12 February, the \
        Commissioner also telephoned Jordanian Foreign Minister Ayman Safadi.
        """, published: "2025-02-14")
    #expect(events.count == 2)
    let second = events.first { $0.date == Fixtures.day("2025-02-12") }
    #expect(second.map(Fixtures.names) == [suica, "Ayman Safadi"])
    #expect(Fixtures.caller(second) == suica)
}
