import Testing
@testable import HotlineExtract

// "Le nouveau président": the story's party in that office whose term began last.

@Test(arguments: [
    ("Joseph Aoun a été élu président du Liban jeudi. Emmanuel Macron l'a aussitôt appelé pour le féliciter. Le nouveau président a également reçu un appel du roi Abdallah II de Jordanie.", "fr"),
    ("Joseph Aoun was elected president of Lebanon on Thursday. Emmanuel Macron called him at once to congratulate him. The new president also received a call from King Abdullah II of Jordan.", "en"),
])
func theNewPresidentIsTheOneWhoseTermBeganLast(text: String, language: String) {
    let events = Extractor().extract(Article(text: text, publishedAt: Fixtures.day("2025-01-10"), language: language)).events
    let withAbdullah = events.first { $0.participants.contains { $0.name == "Abdullah II" } }
    #expect(withAbdullah.map { Set($0.participants.compactMap(\.name)) } == ["Joseph Aoun", "Abdullah II"])
}

@Test func thePresidentWithoutNewIsTheStorysLastNamedHolder() {
    let text = "Joseph Aoun a été élu président du Liban jeudi. Emmanuel Macron l'a aussitôt appelé pour le féliciter. Le président a également reçu un appel du roi Abdallah II de Jordanie."
    let events = Extractor().extract(Article(text: text, publishedAt: Fixtures.day("2025-01-10"), language: "fr")).events
    #expect(events.contains { $0.participants.contains { $0.name == "Abdullah II" } })
}
