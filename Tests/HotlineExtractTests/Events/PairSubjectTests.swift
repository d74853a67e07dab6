import Testing
@testable import HotlineExtract

// A sentence whose subject is a pair ("A y B conversaron ...", "A et B ont évoqué ..."): the bare
// title or pronoun of the next sentence speaks of the pair's party of the outlet's state when the
// article's site is that state's, else of the pair's first party. (The bundled knowledge base.)

private func events(_ text: String, url: String?, published: String) -> [CallEvent] {
    Fixtures.bundled.extract(Article(text: text, url: url, publishedAt: Fixtures.day(published))).events
}

private let pairThenPronoun = """
    Santiago Peña y Luis Arce conversaron el martes por teléfono sobre la hidrovía Paraguay-Paraná. Él también habló el lunes por teléfono con Xiomara Castro, presidenta hondureña.
    """

private let pairThenBareTitle = """
    Santiago Peña y Luis Arce conversaron el martes por teléfono sobre la hidrovía Paraguay-Paraná. Además, el mandatario había hablado por teléfono con Xiomara Castro, presidenta hondureña, sobre la cumbre de la Celac.
    """

@Test func onABolivianSiteThePronounIsThePairsBolivian() {
    let found = events(pairThenPronoun, url: "https://www.abi.bo/noticias/politica/1", published: "2023-09-14")
    #expect(Set(found.map(Fixtures.names)) == [["Santiago Peña", "Luis Arce"], ["Luis Arce", "Xiomara Castro"]])
    #expect(found.first { Fixtures.names($0).contains("Xiomara Castro") }?.date == Fixtures.day("2023-09-11"))
}

// (guard: the bare title on the Bolivian site was already the outlet state's)
@Test func onABolivianSiteTheBareTitleIsThePairsBolivian() {
    let found = events(pairThenBareTitle, url: "https://www.abi.bo/noticias/politica/1", published: "2023-09-14")
    #expect(Set(found.map(Fixtures.names)) == [["Santiago Peña", "Luis Arce"], ["Luis Arce", "Xiomara Castro"]])
}

// (guard: with no outlet state the pair's first party is the subject)
@Test(arguments: [pairThenPronoun, pairThenBareTitle])
func withoutAnOutletThePairsFirstPartyIsTheSubject(text: String) {
    let found = events(text, url: nil, published: "2023-09-14")
    #expect(Set(found.map(Fixtures.names)) == [["Santiago Peña", "Luis Arce"], ["Santiago Peña", "Xiomara Castro"]])
}

@Test func onAFrenchSiteTheHeadOfStateIsThePairsFrench() {
    let found = events("""
        Abdel Fattah al-Sissi et Emmanuel Macron ont évoqué la situation à Gaza. Le chef de l'État a eu hier soir le président Joe Biden au bout du fil.
        """, url: "https://www.lemonde.fr/international/article/1", published: "2023-10-20")
    #expect(found.map(Fixtures.names) == [["Emmanuel Macron", "Joe Biden"]])
    #expect(found.first?.date == Fixtures.day("2023-10-19"))
}

// (guard: the pair's first party, of the outlet's state or with no outlet, and his counterpart)
@Test(arguments: ["https://www.lemonde.fr/international/article/1", nil])
func aFrenchHeadlinePairGivesItsCall(url: String?) {
    let found = events("""
        Emmanuel Macron et Abdel Fattah al-Sissi ont évoqué la situation à Gaza

        Le chef de l'État s'est entretenu hier soir au téléphone avec son homologue égyptien.
        """, url: url, published: "2023-10-20")
    #expect(found.map(Fixtures.names) == [["Emmanuel Macron", "Abdel Fattah el-Sisi"]])
}
