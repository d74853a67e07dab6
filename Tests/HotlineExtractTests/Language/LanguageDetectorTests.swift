import Testing
@testable import HotlineExtract

@Test(arguments: [
    ("The minister said that the talks with his partners were useful for the region.", "en"),
    ("Le ministre a indiqué que les discussions avec ses partenaires sont utiles pour la région.", "fr"),
    ("El ministro dijo que las conversaciones con sus socios fueron útiles para la región.", "es"),
    ("قال الوزير إن المحادثات مع شركائه كانت مفيدة للمنطقة.", "ar"),
])
func detectsLanguage(text: String, lang: String) {
    #expect(LanguageDetector(lexicon: Fixtures.resources.stopwords).detect(text) == lang)
}

@Test func undeterminedTextIsNil() {
    #expect(LanguageDetector(lexicon: Fixtures.resources.stopwords).detect("12345 67890") == nil)
}

@Test(arguments: [
    ("Sall a téléphoné à Ouattara mardi.", "fr"),
    ("Ruto llamó a Abiy el miércoles, según fuentes oficiales de Nairobi.", "es"),
    ("Le président Sall a téléphoné mardi à son homologue Ouattara.", "fr"),
])
func aShortTextWithoutEnoughStopwordsIsReadByItsLetters(text: String, lang: String) {
    #expect(LanguageDetector(lexicon: Fixtures.resources.stopwords).detect(text) == lang)
}

@Test func lettersOfTwoLanguagesInEqualNumberDecideNothing() {
    #expect(LanguageDetector(lexicon: Fixtures.resources.stopwords).detect("Muñoz Françoise") == nil)
}

// Weekday names and a few frequent words tell a one-line brief's language.
@Test(arguments: [
    ("Emmanuel Macron a eu au téléphone Vladimir Poutine jeudi pendant deux heures.", "fr"),
    ("Gustavo Petro conversó con Nicolás Maduro el jueves durante dos horas.", "es"),
])
func weekdaysAndFrequentWordsTellAShortBriefsLanguage(text: String, lang: String) {
    #expect(LanguageDetector(lexicon: Fixtures.resources.stopwords).detect(text) == lang)
}
