import Foundation
import Testing
@testable import HotlineExtract

// A short heading (at most four words, no final stop) that starts with a `storySeparatorPrefixes`
// phrase ("More in Politics", "Más en Política", "Autres articles Monde") or ends with a
// `storySeparatorSuffixes` word ("محليات أخرى") ends the story: the lines after it are another
// story, whose topics do not reach the first story's call. A longer line, or one ending with a
// period, does not.

private func stories(_ text: String) -> [[String]] {
    PageCleaner(noise: ExtractionResources.shared.noise).stories(of: text)
}

private let english = """
    Antony Blinken spoke by phone on Tuesday with Nasser Bourita.
    The two ministers reviewed bilateral ties.
    More in Politics
    Bourita meets coast guard chiefs
    Nasser Bourita met coast guard chiefs on Wednesday to discuss migrants rescued at sea.
    """

private let arabic = """
    أجرى أيمن الصفدي اتصالا هاتفيا مع ناصر بوريطة يوم الثلاثاء.
    واستعرض الوزيران العلاقات الثنائية.
    محليات أخرى
    بوريطة يستقبل قادة خفر السواحل
    استقبل ناصر بوريطة يوم الأربعاء قادة خفر السواحل لبحث إنقاذ المهاجرين في البحر.
    """

private let spanish = """
    Antony Blinken habló el martes por teléfono con Nasser Bourita.
    Los dos ministros repasaron las relaciones bilaterales.
    Más en Política
    Bourita recibe a los guardacostas
    Nasser Bourita recibió el miércoles a los jefes de los guardacostas para tratar los migrantes rescatados en el mar.
    """

private let french = """
    Antony Blinken s'est entretenu mardi par téléphone avec Nasser Bourita.
    Les deux ministres ont fait le tour de leurs dossiers communs.
    Autres articles Monde
    Bourita reçoit les garde-côtes
    Nasser Bourita a reçu mercredi les chefs des garde-côtes pour évoquer les migrants secourus en mer.
    """

@Test(arguments: [(english, "More in Politics"), (arabic, "محليات أخرى"), (spanish, "Más en Política"), (french, "Autres articles Monde"),
                  (french.replacingOccurrences(of: "Autres articles Monde", with: "Autres articles"), "Autres articles")])
func aSeparatorHeadingEndsTheStory(page: String, heading: String) {
    let found = stories(page)
    #expect(found.count == 2)
    #expect(found.first?.count == 2)
    #expect(found.last?.count == 2)
    #expect(!found.joined().contains(heading))
}

@Test(arguments: [english, arabic, spanish, french])
func theNextStorysTopicsDoNotReachTheCall(page: String) {
    let events = Fixtures.extractBundled(page, published: "2024-05-17")
    #expect(events.count == 1)
    #expect(events.first?.date == Fixtures.day("2024-05-14"))
    #expect(events.first?.topics.map(\.id) == [])
}

// (guard: a sentence that starts with "More in" and ends with a period is the story's own line)
@Test func aLongerLineWithAStopDoesNotSplit() {
    let page = """
        Antony Blinken spoke by phone on Tuesday with Nasser Bourita.
        The two ministers reviewed bilateral ties.
        More in the coming weeks, they will also turn to other matters.
        Bourita meets coast guard chiefs
        Nasser Bourita met coast guard chiefs on Wednesday to discuss migrants rescued at sea.
        """
    #expect(stories(page).count == 1)
    let events = Fixtures.extractBundled(page, published: "2024-05-17")
    #expect(events.count == 1)
    #expect(events.first?.topics.map(\.id) == ["migration"])
}

// (guard: a short line "More in politics." with its final stop does not split either)
@Test func aShortLineWithAStopDoesNotSplit() {
    let found = stories("""
        Antony Blinken spoke by phone on Tuesday with Nasser Bourita.
        The two ministers reviewed bilateral ties.
        More in politics.
        Nasser Bourita met coast guard chiefs on Wednesday.
        """)
    #expect(found.count == 1)
}
