import Testing
@testable import HotlineExtract

// "Pope" is a title of the Holy See's head of state (country "VA", role "Pope"): "The Pope", "le
// pape", "le Souverain pontife", "el papa", "el Santo Padre" and "البابا" resolve to the pope of the
// day, who is named by his regnal name ("Leo XIV", "Francis") as a monarch is; the titled forms
// ("Pope Francis") are aliases. Amy Pope, the IOM's Director General, is still found by her full
// name, but a capitalised "The Pope" is never her. (The bundled knowledge base.)

@Test func thePopeIsThePopeOfTheDayNamedByHisRegnalName() throws {
    let events = Fixtures.extractBundled("""
        The Pope telephoned Lebanese President Joseph Aoun on Wednesday and assured him of his prayers for the country.
        """, published: "2025-06-12")
    #expect(events.count == 1)
    let event = try #require(events.first)
    #expect(Fixtures.names(event) == ["Leo XIV", "Joseph Aoun"])
    let pope = event.participants.first { $0.name == "Leo XIV" }
    #expect(pope?.country == "VA")
    #expect(pope?.role == "Pope")
    #expect(Fixtures.caller(event) == "Leo XIV")
    #expect(event.date == Fixtures.day("2025-06-11"))
}

@Test func popeFrancisIsNamedFrancisInTwentyTwenty() throws {
    let events = Fixtures.extractBundled("""
        Pope Francis telephoned Ukrainian President Volodymyr Zelensky on Tuesday to express his closeness to the people of Ukraine.
        """, published: "2020-03-26")
    #expect(events.count == 1)
    let event = try #require(events.first)
    #expect(Fixtures.names(event) == ["Francis", "Volodymyr Zelensky"])
    #expect(event.participants.first { $0.name == "Francis" }?.country == "VA")
    #expect(event.participants.first { $0.name == "Francis" }?.role == "Pope")
    #expect(Fixtures.caller(event) == "Francis")
}

@Test(arguments: [
    ("Le pape a téléphoné mercredi au président libanais Joseph Aoun, a indiqué la présidence libanaise.", "Joseph Aoun"),
    ("Le Souverain pontife s'est entretenu mercredi par téléphone avec le président libanais Joseph Aoun.", "Joseph Aoun"),
    ("El papa habló el miércoles por teléfono con el presidente de Ucrania, Volodímir Zelenski.", "Volodymyr Zelensky"),
    ("El Santo Padre conversó por teléfono el miércoles con el presidente argentino Javier Milei.", "Javier Milei"),
    ("أجرى البابا اتصالا هاتفيا يوم الأربعاء مع الرئيس اللبناني جوزيف عون.", "Joseph Aoun"),
])
func thePopesTitleInFrenchSpanishAndArabicIsThePopeOfTheDay(text: String, other: String) {
    let events = Fixtures.extractBundled(text, published: "2025-06-12")
    #expect(events.count == 1, "\(text)")
    #expect(events.first.map(Fixtures.names) == ["Leo XIV", other], "\(text)")
    let pope = events.first?.participants.first { $0.name == "Leo XIV" }
    #expect(pope?.country == "VA", "\(text)")
    #expect(pope?.role == "Pope", "\(text)")
    #expect(events.first?.date == Fixtures.day("2025-06-11"), "\(text)")
}

@Test func lePapeInTwentyTwentyTwoIsFrancis() {
    let events = Fixtures.extractBundled(
        "Le pape s'est entretenu jeudi par téléphone avec le président ukrainien Volodymyr Zelensky.", published: "2022-03-20")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Francis", "Volodymyr Zelensky"])
    #expect(events.first?.participants.first { $0.name == "Francis" }?.country == "VA")
}

@Test func aCapitalisedThePopeIsNeverAmyPope() {
    let events = Fixtures.extractBundled("""
        The Pope spoke by phone on Monday with Italian Prime Minister Giorgia Meloni about the migrants rescued off Lampedusa.
        """, published: "2024-05-08")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Francis", "Giorgia Meloni"])
    #expect(!events.flatMap(\.participants).contains { $0.name == "Amy Pope" })
}

@Test func amyPopeByHerFullNameAndThePopeInTheSameStoryAreTwoPeople() {
    let events = Fixtures.extractBundled("""
        Amy Pope, head of the International Organization for Migration, held a phone call on Monday with Libyan Prime \
        Minister Abdul Hamid Dbeibah. The Pope also spoke by phone on Tuesday with Italian Prime Minister Giorgia Meloni.
        """, published: "2024-05-08")
    #expect(events.count == 2)
    let iom = events.first { Fixtures.names($0).contains("Abdul Hamid Dbeibah") }
    #expect(iom.map(Fixtures.names) == ["Amy Pope", "Abdul Hamid Dbeibah"])
    let vatican = events.first { Fixtures.names($0).contains("Giorgia Meloni") }
    #expect(vatican.map(Fixtures.names) == ["Francis", "Giorgia Meloni"])
    #expect(vatican?.date == Fixtures.day("2024-05-07"))
}

// (guard: the IOM's Director General is found by her full name)
@Test func amyPopeIsFoundByHerFullName() {
    let events = Fixtures.extractBundled("""
        IOM Director General Amy Pope spoke by phone on Monday with Libyan Prime Minister Abdul Hamid Dbeibah about migrants.
        """, published: "2024-05-08")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Amy Pope", "Abdul Hamid Dbeibah"])
}

@Test func popesAreRecordedByTheirRegnalNames() {
    let extractor = Extractor()
    #expect(extractor.official(id: "pope-leo-xiv")?.name == "Leo XIV")
    #expect(extractor.official(id: "pope-leo-xiv")?.aliases?.contains("Pope Leo XIV") == true)
    #expect(extractor.official(id: "pope-francis")?.name == "Francis")
    #expect(extractor.official(id: "pope-francis")?.short?.contains("Pope Francis") == true)
}
