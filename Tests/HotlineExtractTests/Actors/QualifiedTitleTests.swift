import Testing
@testable import HotlineExtract

// A title with no country, a qualifier ("في الحكومة ...", "within ...") and then a name: the
// title is that person's, not another party the story's memory would fill ("وزير الخارجية"
// alone would be the last foreign minister named).

@Test func aQualifiedTitleBelongsToTheNameAfterIt() {
    let text = """
    أجرى أيمن الصفدي اتصالات مع نظرائه في المغرب وإسبانيا.

    وتباحث الصفدي عبر الهاتف مع وزير الخارجية في الحكومة الإسبانية الحالية خوسيه مانويل ألباريس بشأن الاجتماع المقبل.
    """
    let events = Fixtures.extract(text, published: "2025-03-04")
    #expect(events.contains { Fixtures.names($0) == ["Ayman Safadi", "José Manuel Albares"] })
    #expect(!events.contains { Fixtures.names($0).count > 2 })
}

@Test func aTitleBeforeAWithWordStaysAParty() {
    let events = Fixtures.extract("وزير الخارجية ناصر بوريطة في اتصال مع أيمن الصفدي تناول الوضع في غزة.", published: "2025-03-04")
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Ayman Safadi"])
}
