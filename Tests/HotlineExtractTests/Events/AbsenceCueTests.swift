import Testing
@testable import HotlineExtract

// "Nothing indicates a call": the call did not (as far as the text knows) take place.

@Test(arguments: [
    "There was no indication of a phone call between Nasser Bourita and José Manuel Albares.",
    "Rien n'indique un entretien téléphonique entre Nasser Bourita et José Manuel Albares.",
    "Nada indica una llamada telefónica entre Nasser Bourita y José Manuel Albares.",
    "ولم يصدر عن الوزارة ما يشير إلى اتصال هاتفي بين ناصر بوريطة وأيمن الصفدي.",
    "ولا يوجد ما يشير إلى اتصال هاتفي بين ناصر بوريطة وأيمن الصفدي.",
])
func absenceCuesNegateTheCall(text: String) {
    #expect(WiderFixtures.extract(text).isEmpty)
}

@Test func withoutTheAbsenceCueTheCallStands() {
    #expect(WiderFixtures.extract("جرى اتصال هاتفي بين ناصر بوريطة وأيمن الصفدي.").count == 1)
}
