import Testing
@testable import HotlineExtract

// The World Bank is reported with the code "WBG" (World Bank Group), not "WB": its presidents come
// out with country "WBG". (The bundled knowledge base.)

@Test func theWorldBankPresidentIsReportedWithTheWorldBankGroupCode() {
    let events = Fixtures.extractBundled("""
        World Bank President Ajay Banga spoke by phone on Thursday with Egyptian President Abdel Fattah al-Sisi about financing for the new budget.
        """, published: "2024-05-10")
    #expect(events.count == 1)
    let banga = events.first?.participants.first { $0.name == "Ajay Banga" }
    #expect(banga?.country == "WBG")
    #expect(banga?.role == "President of the World Bank Group")
    #expect(events.first?.date == Fixtures.day("2024-05-09"))
}

@Test func anEarlierWorldBankPresidentHasTheSameCode() {
    let events = Fixtures.extractBundled("""
        World Bank President David Malpass held a phone call on Tuesday with Pakistani Prime Minister Shehbaz Sharif on flood relief.
        """, published: "2022-09-08")
    #expect(events.count == 1)
    #expect(events.first?.participants.first { $0.name == "David Malpass" }?.country == "WBG")
    #expect(Extractor().knowsCountry("WBG"))
    #expect(!Extractor().knowsCountry("WB"))
}
