import Testing
@testable import HotlineExtract

// A person the knowledge base lacks, named before a comma and a title, with an honorific or a
// lower-case particle before the name ("de M. X, ministre ...", "from Mr. X, the minister"); in
// Arabic, a name set off by commas after a title with its country; a ministry's name after a
// qualifier and a demonym ("le ministre fédéral autrichien de l'Intérieur et des Sports, X").

private func bundled(_ text: String, published: String) -> [CallEvent] {
    Extractor().extract(Article(text: text, publishedAt: Fixtures.day(published))).events
}

@Test(arguments: [
    "Jeudi, Nasser Bourita a reçu un appel de M. Amadou Lamine Sarr, ministre nigérien des Affaires étrangères.",
    "Jeudi, Nasser Bourita a reçu un appel de Amadou Lamine Sarr, ministre nigérien des Affaires étrangères.",
    "Nasser Bourita received a phone call from Mr. Amadou Lamine Sarr, Niger's foreign minister.",
    "Nasser Bourita received a phone call from Mr Amadou Lamine Sarr, Niger's foreign minister.",
])
func aNameAfterAnHonorificOrParticleBeforeItsTitleIsTheCaller(text: String) {
    let events = bundled(text, published: "2024-03-06")
    #expect(events.map(Fixtures.names) == [["Nasser Bourita", "Amadou Lamine Sarr"]])
    #expect(events.first?.participants.first { $0.name == "Amadou Lamine Sarr" }?.country == "NE")
    #expect(Fixtures.caller(events.first) == "Amadou Lamine Sarr")
}

@Test func anArabicNameSetOffByCommasAfterATitleWithItsCountry() {
    let text = "بحث ناصر بوريطة هاتفيا مع وزير الخارجية البولندي، ياروسلاف كوفالتشيك، سبل تطوير التعاون الاقتصادي."
    let events = bundled(text, published: "2024-03-06")
    #expect(events.map(Fixtures.names) == [["Nasser Bourita", "ياروسلاف كوفالتشيك"]])
    #expect(events.first?.participants.first { $0.name == "ياروسلاف كوفالتشيك" }?.country == "PL")
}

@Test func wordsWithTheArticleAfterTheCommaAreNoName() {
    // ("، الذي ..." opens a relative clause: no person named)
    let text = "بحث ناصر بوريطة هاتفيا مع وزير الخارجية البولندي، الذي يزور المنطقة، سبل تطوير التعاون."
    let events = bundled(text, published: "2024-03-06")
    #expect(events.count == 1)
    #expect(events.first?.participants.contains { $0.name == "الذي يزور المنطقة" } == false)
}

@Test func aMinistrysNameAfterAQualifierAndADemonym() {
    let text = "Nasser Bourita s'est entretenu mardi par téléphone avec le ministre fédéral autrichien de l'Économie et de l'Énergie, Lukas Brandstätter."
    let events = bundled(text, published: "2024-03-06")
    #expect(events.map(Fixtures.names) == [["Nasser Bourita", "Lukas Brandstätter"]])
    #expect(events.first?.participants.first { $0.name == "Lukas Brandstätter" }?.country == "AT")
}

@Test(arguments: [
    ("Mr. KAMIKAWA Yoko, Japan's Foreign Minister, talked by telephone for twenty minutes with Antony Blinken.", "Yoko Kamikawa"),
    ("Mr. HAYASHI Yoshimasa, Japan's Foreign Minister, talked by telephone for twenty minutes with Antony Blinken.", "HAYASHI Yoshimasa"),
])
func aNameInAnotherOrderIsTheHolderOfTheOfficeThatDay(text: String, japanese: String) {
    // (Kamikawa held the office in February 2024; Hayashi had left it: his name stays as written)
    let events = bundled(text, published: "2024-02-20")
    #expect(events.map(Fixtures.names) == [[japanese, "Antony Blinken"]])
}

@Test func anArabicNameAfterHonorificsRunsToItsComma() {
    // (no country in the title; the name may hold "بن" and "آل" words)
    let text = "أجرى ناصر بوريطة اتصالا هاتفيا بمعالي وزير العدل والشؤون القضائية الشيخ الدكتور سليمان بن عبدالله آل الراشد، تناول خلاله التعاون القضائي."
    let events = bundled(text, published: "2025-03-10")
    #expect(events.map(Fixtures.names) == [["Nasser Bourita", "سليمان بن عبدالله آل الراشد"]])
}

@Test func aMinisterOfStatesPortfolioIsNoName() {
    // ("دولة" is an honorific too, but "وزير دولة للتجارة الخارجية" is a title)
    let text = "مثل الأردن في التوقيع معالي الدكتور يوسف الشمالي وزير دولة للاستثمار، فيما مثل المغرب ناصر بوريطة."
    let events = bundled(text, published: "2025-03-10")
    #expect(events.allSatisfy { e in !e.participants.contains { $0.name == "للتجارة الخارجية" } })
}
