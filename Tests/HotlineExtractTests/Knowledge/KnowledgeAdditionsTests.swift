import Testing
@testable import HotlineExtract

// Officials, titles and name forms added to the bundled data: Robert Habeck (named in Arabic), the
// Marshal of the Sejm by his French title, the French "ben" of Gulf names, Christodoulides by his
// Arabic surname, Al-Zayani's French spelling.

@Test func habeckNamedInArabicIsKnown() {
    let events = Fixtures.extractBundled("تحدثت ليلى بنعلي عبر تقنية الفيديو مع نائب المستشار الألماني روبرت هابيك حول الهيدروجين.", published: "2022-11-20")
    #expect(events.map(Fixtures.names) == [["Leila Benali", "Robert Habeck"]])
    #expect(events.first?.participants.first { $0.name == "Robert Habeck" }?.country == "DE")
}

@Test func theMarshalOfTheSejmIsASpeaker() {
    let events = Fixtures.extractBundled("""
        Mercredi 16 octobre 2024, M. Rachid Talbi Alami a échangé par visioconférence avec le Maréchal de la Diète de Pologne, M. Szymon Hołownia, sur la coopération parlementaire.
        """, published: "2024-10-17")
    #expect(events.map(Fixtures.names) == [["Rachid Talbi Alami", "Szymon Hołownia"]])
    #expect(events.first?.participants.first { $0.name == "Szymon Hołownia" }?.country == "PL")
}

@Test func aFrenchBenNamesTheGulfOfficial() {
    let events = Fixtures.extractBundled("Lundi, Nasser Bourita a parlé au téléphone avec le Cheikh Mansour ben Zayed Al Nahyan.", published: "2023-06-02")
    #expect(events.map(Fixtures.names) == [["Mansour bin Zayed Al Nahyan", "Nasser Bourita"]])
}

@Test func christodoulidesByHisArabicSurnamePlacedTheCall() {
    let events = Fixtures.extractBundled("""
        ناقش نيكوس خريستودوليدس رئيس قبرص هاتفيا أمس مع بنيامين نتنياهو رئيس الحكومة الإسرائيلية ترتيبات الممر البحري.
        وقالت الرئاسة إن المكالمة تمت بمبادرة من خريستودوليدس.
        """, published: "2024-03-06")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "Nikos Christodoulides")
}

@Test func alZayanisFrenchSpellingIsOneParty() {
    let events = Fixtures.extractBundled("À la demande du ministre bahreïnien, M. Abdellatif ben Rachid Al-Zayani, M. Barrot s'est entretenu lundi avec lui au téléphone.", published: "2025-01-22")
    #expect(events.map(Fixtures.names) == [["Jean-Noël Barrot", "Abdullatif bin Rashid Al Zayani"]])
}
