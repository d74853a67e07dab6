import Testing
@testable import HotlineExtract

/// `KnowledgeBase.lateSurnames` per script: an official whose only one-word short forms are
/// Latin ("Rajji") keeps the last word of an Arabic alias ("رجي") as a surname a story may name
/// them by after naming them in full; one with one-word short forms in both scripts keeps none.
@Suite struct ArabicLateSurnameTests {
    static let officials = """
    {"version": 1, "officials": [
     {"id": "youssef-rajji", "name": "Youssef Rajji", "aliases": ["Youssef Raggi", "يوسف رجي"], "short": ["Rajji"], "gender": "m",
      "offices": [{"kind": "foreign-minister", "role": "Minister of Foreign Affairs", "country": "LB", "from": "2025-02-08", "to": null}]},
     {"id": "ayman-safadi", "name": "Ayman Safadi", "aliases": ["أيمن الصفدي"], "short": ["Safadi", "الصفدي"], "gender": "m",
      "offices": [{"kind": "foreign-minister", "role": "Minister of Foreign Affairs", "country": "JO", "from": "2017-02-15", "to": null}]}
    ]}
    """

    @Test func theArabicSurnameOfALatinShortFormStays() {
        let knowledge = ExtractionResources(officials: Self.officials, countries: nil).knowledge
        let rajji = knowledge.indexByID["youssef-rajji"]!
        #expect(knowledge.lateSurnames[rajji] == [TextFolding.fold("رجي")])
        #expect(knowledge.byLateSurname[TextFolding.fold("رجي")] == [rajji])
    }

    // (guard: with short forms in both scripts, no late surname)
    @Test func shortFormsInBothScriptsLeaveNone() {
        let knowledge = ExtractionResources(officials: Self.officials, countries: nil).knowledge
        #expect(knowledge.lateSurnames[knowledge.indexByID["ayman-safadi"]!].isEmpty)
    }

    @Test func theArabicSurnameNamesTheCaller() {
        let events = Fixtures.extractBundled("""
            بحث الرئيس اللبناني جوزاف عون مع وزير الخارجية يوسف رجي يوم الاثنين الأوضاع في الجنوب. وأجرى رجي يوم الثلاثاء اتصالا هاتفيا \
            بنظيره الفرنسي جان نويل بارو.
            """, published: "2025-03-12")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Youssef Rajji", "Jean-Noël Barrot"])
        #expect(events.first?.participants.first { $0.name == "Youssef Rajji" }?.country == "LB")
        #expect(Fixtures.caller(events.first) == "Youssef Rajji")
        #expect(events.first?.date == Fixtures.day("2025-03-11"))
    }

    // (guard: the surname alone, with no full name before it, names no one)
    @Test func theSurnameAloneNamesNoOne() {
        #expect(Fixtures.extractBundled("أجرى رجي يوم الثلاثاء اتصالا هاتفيا بنظيره الفرنسي جان نويل بارو.", published: "2025-03-12").isEmpty)
    }
}
