import Testing
@testable import HotlineExtract

// A person the story has named in full is later named by surname alone ("Khoury received a
// call from ..."), also when the knowledge base does not know them; a surname two parties of the
// story share names neither.

/// An extractor over `Fixtures.countries` whose knowledge base holds Nasser Bourita and the
/// official entries given (JSON objects, comma-separated).
private func extractor(withBouritaAnd entries: String) -> Extractor {
    let officials = """
    {"version": 1, "officials": [
     {"id": "nasser-bourita", "name": "Nasser Bourita", "aliases": ["ناصر بوريطة"], "short": ["Bourita"], "gender": "m",
      "offices": [{"kind": "foreign-minister", "role": "Minister of Foreign Affairs", "country": "MA", "from": "2017-04-05", "to": null}]},
    \(entries)
    ]}
    """
    return Extractor(resources: ExtractionResources(officials: officials, countries: Fixtures.countries))
}

@Test(arguments: [
    ("Jordanian Prime Minister Samir Haddad Khoury spoke by phone on Monday with Emmanuel Macron. On Tuesday, Khoury received a call from Nasser Bourita.", "en"),
    ("Le Premier ministre jordanien Samir Haddad Khoury s'est entretenu lundi par téléphone avec Emmanuel Macron. Mardi, Khoury a reçu un appel de Nasser Bourita.", "fr"),
    ("El primer ministro jordano Samir Haddad Khoury habló el lunes por teléfono con Emmanuel Macron. El martes, Khoury recibió una llamada de Nasser Bourita.", "es"),
])
func aSurnameAloneNamesThePersonTheStoryNamedInFull(text: String, language: String) {
    let events = Fixtures.extract(text, published: "2024-01-10")
    #expect(events.contains { Fixtures.names($0) == ["Samir Haddad Khoury", "Nasser Bourita"] })
}

// A known official whose surname alone is ambiguous over the years ("Aoun": Michel, then Joseph),
// so the knowledge base gives it no short form.
@Test(arguments: [
    "Lebanese President Joseph Aoun spoke by phone on Thursday with French President Emmanuel Macron. On Friday, Aoun received a call from Saudi Crown Prince Mohammed bin Salman.",
    "Le président libanais Joseph Aoun s'est entretenu jeudi par téléphone avec Emmanuel Macron. Vendredi, le général Aoun a reçu un appel du prince héritier saoudien Mohammed ben Salmane.",
    "أجرى الرئيس اللبناني جوزاف عون يوم الخميس اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون. ويوم الجمعة تلقى عون اتصالا هاتفيا من ولي العهد السعودي الأمير محمد بن سلمان.",
])
func anAmbiguousSurnameNamesTheOfficialTheStoryNamedInFull(text: String) {
    let events = Extractor().extract(Article(text: text, publishedAt: EventDate(iso: "2025-01-12"))).events
    #expect(events.contains { Fixtures.names($0) == ["Joseph Aoun", "Mohammed bin Salman"] })
}

@Test func aSurnameTwoPartiesShareNamesNeither() {
    let text = "Jordanian Prime Minister Samir Haddad Khoury spoke by phone on Monday with Jordanian Foreign Minister Rami Khoury. On Tuesday, Khoury received a call from Nasser Bourita."
    let events = Fixtures.extract(text, published: "2024-01-10")
    #expect(!events.contains { Fixtures.names($0).contains("Nasser Bourita") && Fixtures.names($0).count == 2
        && (Fixtures.names($0).contains("Samir Haddad Khoury") || Fixtures.names($0).contains("Rami Khoury")) })
}

// Family name first ("Cho Tae-yul"): the later surname is the first word.
@Test func aFamilyNameFirstOfficialIsLaterNamedByTheFirstWord() {
    let text = "Japanese Foreign Minister Yoko Kamikawa talked by phone with South Korean Foreign Minister Cho Tae-yul on Friday. On Thursday evening Cho had also telephoned Antony Blinken about the Russia treaty."
    let events = Extractor().extract(Article(text: text, publishedAt: EventDate(iso: "2024-06-21"), language: "en")).events
    #expect(events.contains { Fixtures.names($0) == ["Cho Tae-yul", "Antony Blinken"] })
    #expect(!events.contains { Fixtures.names($0) == ["Yoko Kamikawa", "Antony Blinken"] })
}

// An Arabic surname that reads as a demonym ("المغربي", Moroccan) names the story's party when no
// title or noun comes before it ("وكان المغربي قد تلقى"); after a title it is the demonym.
@Test func anArabicSurnameThatReadsAsADemonymNamesTheParty() {
    let extractor = extractor(withBouritaAnd: """
     {"id": "karim-almaghribi", "name": "Karim al-Maghribi", "aliases": ["كريم المغربي"], "short": ["Maghribi"], "gender": "m",
      "offices": [{"kind": "head-of-government", "role": "Prime Minister", "country": "JO", "from": "2020-01-01", "to": null}]},
     {"id": "jose-manuel-albares", "name": "José Manuel Albares", "aliases": ["خوسيه مانويل ألباريس"], "short": ["Albares"], "gender": "m",
      "offices": [{"kind": "foreign-minister", "role": "Minister of Foreign Affairs", "country": "ES", "from": "2021-07-12", "to": null}]}
    """)
    let text = "تلقى رئيس الوزراء كريم المغربي اليوم اتصالا هاتفيا من خوسيه مانويل ألباريس. وكان المغربي قد تلقى أمس اتصالا هاتفيا من ناصر بوريطة."
    let events = extractor.extract(Article(text: text, publishedAt: Fixtures.day("2024-12-07"))).events
    #expect(Set(events.map(Fixtures.names)) == [["Karim al-Maghribi", "José Manuel Albares"], ["Karim al-Maghribi", "Nasser Bourita"]])
    let titled = text + " وأجرى وزير الخارجية المغربي يوم الخميس اتصالا هاتفيا مع خوسيه مانويل ألباريس."
    let all = extractor.extract(Article(text: titled, publishedAt: Fixtures.day("2024-12-07"))).events
    #expect(all.contains { Fixtures.names($0) == ["Nasser Bourita", "José Manuel Albares"] })
}

// An honorific opening a sentence ("Son homologue", "Sa Majesté") is no bare surname of a holder
// in office that day, though a holder's name ends with it.
@Test func anHonorificOpeningASentenceIsNoHoldersSurname() {
    let extractor = extractor(withBouritaAnd: """
     {"id": "tran-van-son", "name": "Trần Văn Sơn", "aliases": ["Tran Van Son"], "short": [], "gender": "m",
      "offices": [{"kind": "foreign-minister", "role": "Minister of Foreign Affairs", "country": "FR", "from": "2021-01-01", "to": null}]}
    """)
    let text = "Son homologue jordanien a lui aussi reçu un appel de Nasser Bourita mardi."
    let events = extractor.extract(Article(text: text, publishedAt: Fixtures.day("2024-12-05"))).events
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita"])
    #expect(events.first?.participants.contains { $0.name == nil && $0.country == "JO" } == true)
}

// A weekday or month written with a capital ("earlier Friday", "in May") is no bare surname of a
// holder in office that day, though a holder's name ends with it.
@Test(arguments: ["Friday", "May"])
func aCalendarWordIsNoHoldersSurname(surname: String) {
    let extractor = extractor(withBouritaAnd: """
     {"id": "pat-\(surname.lowercased())", "name": "Pat \(surname)", "aliases": [], "short": [], "gender": "m",
      "offices": [{"kind": "head-of-government", "role": "Prime Minister", "country": "FR", "from": "2021-01-01", "to": null}]}
    """)
    let text = "Nasser Bourita spoke by phone \(surname == "Friday" ? "earlier Friday" : "in May") with his Jordanian counterpart."
    let events = extractor.extract(Article(text: text, publishedAt: Fixtures.day("2024-12-06"))).events
    #expect(events.count == 1)
    #expect(events.first?.participants.contains { $0.name == "Pat \(surname)" } == false)
}
