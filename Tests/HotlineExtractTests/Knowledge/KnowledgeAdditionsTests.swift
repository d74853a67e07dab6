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

// Sultan Al Jaber (his given name is no title), Éric Lombard, Diego Pardow, Puan Maharani and
// Gabriela Sommerfeld by their Arabic names, and Mohammed Al-Jadaan's full Arabic name.
@Test(arguments: [
    ("Nasser Bourita spoke by phone on Monday with Sultan Al Jaber.", "2025-03-10", ["Nasser Bourita", "Sultan Al Jaber"]),
    ("Sultan Al Jaber held a phone call on Monday with Éric Lombard.", "2025-03-10", ["Sultan Al Jaber", "Éric Lombard"]),
    ("Leila Benali habló el lunes por teléfono con Diego Pardow sobre el hidrógeno verde.", "2025-03-10", ["Leila Benali", "Diego Pardow"]),
    ("أجرى رشيد الطالبي العلمي رئيس مجلس النواب اتصالا مرئيا يوم الاثنين مع بوان مهاراني رئيسة مجلس النواب الإندونيسي.", "2025-03-10", ["Rachid Talbi Alami", "Puan Maharani"]),
    ("بحثت غابرييلا سومرفيلد هاتفيا أمس مع ناصر بوريطة العلاقات الثنائية.", "2025-03-11", ["Gabriela Sommerfeld", "Nasser Bourita"]),
    ("بحث محمد بن عبدالله الجدعان وزير المالية السعودي هاتفيا أمس مع نظيره الفرنسي إريك لومبار سبل تعزيز التعاون.", "2025-03-11", ["Mohammed Al-Jadaan", "Éric Lombard"]),
])
func addedOfficialsAreNamedInText(text: String, day: String, names: [String]) {
    let events = Fixtures.extractBundled(text, published: "2025-03-12")
    #expect(events.map(Fixtures.names) == [Set(names)])
    #expect(events.first?.date == Fixtures.day(day))
}

@Test func sultanAlJaberWithHisTitleIsOneParty() {
    let events = Fixtures.extractBundled("""
        Sultan Al Jaber, the UAE Minister of Industry and Advanced Technology, held a phone call on Monday with French Economy Minister Éric Lombard.
        """, published: "2025-03-12")
    #expect(events.map(Fixtures.names) == [["Sultan Al Jaber", "Éric Lombard"]])
    #expect(events.first?.participants.count == 2)
    #expect(events.first?.participants.first { $0.name == "Sultan Al Jaber" }?.country == "AE")
}
