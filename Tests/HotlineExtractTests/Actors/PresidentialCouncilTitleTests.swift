import Testing
@testable import HotlineExtract

/// The title "Chairman of the Presidential Council" (a head of state's: "head of the
/// Presidential Council", "président du Conseil présidentiel", "presidente del Consejo
/// Presidencial", "رئيس المجلس الرئاسي", "رئيس مجلس القيادة الرئاسي") is one title: it leaves no
/// bare "president" that takes the story's other president as a third party. (The bundled
/// knowledge base.)
@Suite struct PresidentialCouncilTitleTests {
    @Test(arguments: [
        ("""
         استقبل الرئيس الجزائري عبد المجيد تبون وفدا برلمانيا يوم الاثنين. وتلقى الرئيس التركي رجب طيب أردوغان يوم الثلاثاء اتصالا \
         هاتفيا من رئيس المجلس الرئاسي محمد المنفي.
         """, "Mohamed al-Menfi", "LY"),
        ("""
         استقبل الرئيس المصري عبد الفتاح السيسي وفدا برلمانيا يوم الاثنين. وتلقى الرئيس التركي رجب طيب أردوغان يوم الثلاثاء اتصالا \
         هاتفيا من رئيس مجلس القيادة الرئاسي رشاد العليمي.
         """, "Rashad al-Alimi", "YE"),
    ])
    func theChairmanIsTheOnlyOtherParty(text: String, chairman: String, country: String) {
        let events = Fixtures.extractBundled(text, published: "2024-05-15")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Recep Tayyip Erdoğan", chairman])
        #expect(events.first?.participants.first { $0.name == chairman }?.country == country)
        #expect(Fixtures.caller(events.first) == chairman)
        #expect(events.first?.date == Fixtures.day("2024-05-14"))
    }

    @Test(arguments: [
        "On Tuesday, Turkish President Recep Tayyip Erdogan received a phone call from the head of the Presidential Council, Ibrahim Qasmi.",
        "El martes, el presidente turco Recep Tayyip Erdogan recibió una llamada telefónica del presidente del Consejo Presidencial, Ibrahim Qasmi.",
    ])
    func anUnknownChairmanHasTheTitle(text: String) {
        let events = Fixtures.extractBundled(text, published: "2024-05-15")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Recep Tayyip Erdoğan", "Ibrahim Qasmi"])
        #expect(events.first?.participants.first { $0.name == "Ibrahim Qasmi" }?.role == "Chairman of the Presidential Council")
        #expect(Fixtures.caller(events.first) == "Ibrahim Qasmi")
    }

    // (guard: the chairman named without his title was already the only other party)
    @Test func theChairmanByNameAlone() {
        let events = Fixtures.extractBundled("""
            استقبل الرئيس الجزائري عبد المجيد تبون وفدا برلمانيا يوم الاثنين. وتلقى الرئيس التركي رجب طيب أردوغان يوم الثلاثاء اتصالا \
            هاتفيا من محمد المنفي.
            """, published: "2024-05-15")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Recep Tayyip Erdoğan", "Mohamed al-Menfi"])
    }
}
