import Testing
@testable import HotlineExtract

// Home titles: the title a state's own press gives its own head, with no country. A monarch's
// title ("le Souverain", "the King", "el Rey", "العاهل") on a kingdom's own site is that kingdom's
// monarch; on a republic's site it is nobody. "The head of state" ("le chef de l'État", "el jefe
// de Estado", "رئيس الدولة") on a state's own site is the party of that state the story named in
// the office, even after a foreign president, else the state's holder that day. (The bundled
// knowledge base; the outlet's state comes from the URL's domain.)

private func extract(_ text: String, url: String, published: String) -> [CallEvent] {
    Fixtures.bundled.extract(Article(text: text, url: url, publishedAt: Fixtures.day(published))).events
}

// MARK: a monarch's title on a kingdom's own site

@Test(arguments: [
    ("Le Souverain s'est entretenu mardi au téléphone avec Alassane Ouattara, chef de l'État ivoirien.",
     "https://www.mapexpress.ma/fr/actualite/1", "Mohammed VI", "MA", nil as String?),
    ("The King, who is staying in Ifrane, had a telephone conversation on Tuesday with Ivorian President Alassane Ouattara.",
     "https://www.mapexpress.ma/en/news/1", "Mohammed VI", "MA", nil as String?),
    ("El presidente marfileño Alassane Ouattara llamó el martes al Rey.",
     "https://www.lamoncloa.es/noticias/1", "Felipe VI", "ES", "Alassane Ouattara"),
    ("اتصل الرئيس الإيفواري الحسن واتارا يوم الثلاثاء بالعاهل.",
     "https://www.petra.gov.jo/ar/1", "Abdullah II", "JO", "Alassane Ouattara"),
])
func aMonarchsTitleOnAKingdomsOwnSiteIsItsMonarch(text: String, url: String, monarch: String, country: String, caller: String?) {
    let events = extract(text, url: url, published: "2023-03-15")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == [monarch, "Alassane Ouattara"])
    #expect(events.first?.participants.first { $0.name == monarch }?.country == country)
    #expect(events.first?.date == Fixtures.day("2023-03-14"))
    #expect(Fixtures.caller(events.first) == caller)
}

// On a republic's site a monarch's title is nobody: no king of another state, and not the
// republic's president, even opening the sentence right before the call's words.
@Test(arguments: [
    ("Le Roi a eu jeudi un échange téléphonique avec Alassane Ouattara.", "https://www.lemonde.fr/afrique/article/2"),
    ("The King held a phone call on Thursday with Alassane Ouattara.", "https://www.lemonde.fr/en/news/2"),
    ("El Rey habló por teléfono el jueves con Alassane Ouattara.", "https://www.clarin.com.ar/politica/2"),
    ("أجرى العاهل اتصالا هاتفيا يوم الخميس مع الحسن واتارا.", "https://www.aps.dz/ar/2"),
    ("Le Souverain s'est entretenu mardi au téléphone avec Alassane Ouattara, chef de l'État ivoirien.", "https://www.lemonde.fr/afrique/article/1"),
    ("The King, who is staying in Ifrane, had a telephone conversation on Tuesday with Ivorian President Alassane Ouattara.", "https://www.lemonde.fr/en/news/1"),
    ("El presidente marfileño Alassane Ouattara llamó el martes al Rey.", "https://www.clarin.com.ar/politica/1"),
    ("اتصل الرئيس الإيفواري الحسن واتارا يوم الثلاثاء بالعاهل.", "https://www.aps.dz/ar/1"),
])
func aMonarchsTitleOnARepublicsSiteIsNobody(text: String, url: String) {
    let events = extract(text, url: url, published: "2023-03-15")
    #expect(events.isEmpty)
    let named = Set(events.flatMap(\.participants).compactMap(\.name))
    #expect(named.isDisjoint(with: ["Mohammed VI", "Emmanuel Macron", "Alberto Fernández", "Abdelmadjid Tebboune"]))
}

// MARK: "the head of state" on a state's own site

@Test(arguments: [
    ("""
     Sheikh Mohamed bin Zayed Al Nahyan held a phone call on Tuesday with President Luiz Inácio Lula da Silva of Brazil. \
     The head of state also had a phone call on Wednesday with President Gustavo Petro of Colombia.
     """, "https://www.wam.ae/en/details/1", "Mohamed bin Zayed Al Nahyan", "Luiz Inácio Lula da Silva", "Gustavo Petro"),
    ("""
     Le président argentin Javier Milei a appelé mardi Emmanuel Macron. Mercredi, lors d'un autre échange, le chef de \
     l'État s'est entretenu par téléphone avec le président chilien Gabriel Boric.
     """, "https://www.elysee.fr/actualites/1", "Emmanuel Macron", "Javier Milei", "Gabriel Boric"),
    ("""
     El presidente argentino Javier Milei llamó el martes al rey Felipe VI. El miércoles, el presidente chileno Gabriel \
     Boric conversó por teléfono con el jefe del Estado.
     """, "https://www.lamoncloa.es/noticias/1", "Felipe VI", "Javier Milei", "Gabriel Boric"),
    ("""
     أجرى الرئيس الأرجنتيني خافيير ميلي اتصالا هاتفيا يوم الثلاثاء مع الشيخ محمد بن زايد آل نهيان. كما بحث صاحب السمو \
     رئيس الدولة هاتفيا يوم الأربعاء مع الرئيس التشيلي غابرييل بوريك العلاقات الثنائية.
     """, "https://www.wam.ae/ar/details/1", "Mohamed bin Zayed Al Nahyan", "Javier Milei", "Gabriel Boric"),
])
func theHeadOfStateOnItsOwnSiteIsTheStatesPartyNotTheForeignPresident(text: String, url: String, home: String, first: String, second: String) {
    let events = extract(text, url: url, published: "2024-03-14")
    #expect(events.count == 2)
    let tuesday = events.first { $0.date == Fixtures.day("2024-03-12") }
    let wednesday = events.first { $0.date == Fixtures.day("2024-03-13") }
    #expect(tuesday.map(Fixtures.names) == [home, first])
    #expect(wednesday.map(Fixtures.names) == [home, second])
    // (not the foreign president named before with the second one)
    #expect(!events.contains { Fixtures.names($0) == [first, second] })
    #expect(wednesday?.participants.count == 2)
}

@Test(arguments: [
    ("Le chef de l'État s'est entretenu mardi au téléphone avec Alassane Ouattara, président de la Côte d'Ivoire.",
     "https://www.aps.dz/fr/1", "Abdelmadjid Tebboune", "DZ"),
    ("The head of state, who is in Abu Dhabi, held a telephone conversation on Tuesday with Ivorian President Alassane Ouattara.",
     "https://www.wam.ae/en/details/1", "Mohamed bin Zayed Al Nahyan", "AE"),
    ("El jefe de Estado, que se encuentra en Santiago, conversó el martes por teléfono con Alassane Ouattara, presidente de Costa de Marfil.",
     "https://www.presidencia.cl/prensa/1", "Gabriel Boric", "CL"),
])
func theHeadOfStateNamingNoPartyIsTheStatesHolderThatDay(text: String, url: String, holder: String, country: String) {
    let events = extract(text, url: url, published: "2023-03-15")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == [holder, "Alassane Ouattara"])
    #expect(events.first?.participants.first { $0.name == holder }?.country == country)
    #expect(events.first?.date == Fixtures.day("2023-03-14"))
}
