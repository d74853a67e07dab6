import Testing
@testable import HotlineExtract

// Arabic honorific subject pronouns ("جلالته", His Majesty; "دولته", His Excellency the prime
// minister; "سيادته"; titles.json `subjectPronouns`): "كما تلقى جلالته اتصالا من Y" is another
// call of the one the story named before, with Y.

@Test(arguments: [
    ("تلقى جلالة الملك محمد السادس يوم الثلاثاء اتصالا هاتفيا من الرئيس إيمانويل ماكرون. كما تلقى جلالته اتصالا هاتفيا من الملك عبد الله الثاني.",
     "Mohammed VI", ["Emmanuel Macron", "Abdullah II"]),
    ("تلقى فخامة الرئيس عبد المجيد تبون يوم الثلاثاء اتصالا هاتفيا من الرئيس إيمانويل ماكرون. كما تلقى سيادته اتصالا هاتفيا من الملك عبد الله الثاني.",
     "Abdelmadjid Tebboune", ["Emmanuel Macron", "Abdullah II"]),
])
func anHonorificPronounIsTheStorysReceiver(text: String, receiver: String, callers: [String]) {
    let events = Fixtures.extractBundled(text, published: "2024-05-17")
    #expect(events.count == 2)
    for caller in callers {
        let call = events.first { Fixtures.names($0) == [receiver, caller] }
        #expect(call?.date == Fixtures.day("2024-05-14"))
        #expect(Fixtures.caller(call) == caller)
    }
}

@Test func thePrimeMinistersHonorificPronounPlacesTheSecondCall() {
    let events = Fixtures.extractBundled(
        "أجرى دولة رئيس الوزراء الأردني بشر الخصاونة يوم الثلاثاء اتصالا هاتفيا مع الرئيس عبد الفتاح السيسي. كما أجرى دولته اتصالا هاتفيا مع الرئيس عبد المجيد تبون.",
        published: "2024-05-17")
    #expect(Set(events.map(Fixtures.names)) == [["Bisher Al-Khasawneh", "Abdel Fattah el-Sisi"], ["Bisher Al-Khasawneh", "Abdelmadjid Tebboune"]])
    #expect(events.allSatisfy { $0.date == Fixtures.day("2024-05-14") })
}

@Test(arguments: ["جلالته", "دولته", "سيادته"])
func theHonorificsAreSubjectPronouns(word: String) {
    #expect(ExtractionResources.shared.indexes.isSubjectPronoun(Tokenizer.tokenize(word)[0]))
}
