import Testing
import HotlineExtract

/// The public listings of the embedded knowledge base and topic catalogue.
@Suite struct BundledKnowledgeTests {
    @Test func officialsAreListedWithCountryAndRole() {
        let officials = BundledKnowledge.officials
        #expect(officials.count > 100)
        #expect(officials.allSatisfy { !$0.name.isEmpty && !$0.role.isEmpty && $0.country.count >= 2 })
        #expect(Set(officials.map(\.id)).count == officials.count)
    }

    @Test func listedOfficialIsFoundByTheExtractor() throws {
        let official = try #require(BundledKnowledge.officials.first { $0.country == "FR" } ?? BundledKnowledge.officials.first)
        let other = try #require(BundledKnowledge.officials.first { $0.country != official.country })
        let text = "\(official.name) spoke by phone with \(other.name) on Monday, officials said."
        let events = Extractor().extract(Article(text: text, title: nil, url: nil, publishedAt: EventDate(iso: "2024-05-08"),
                                                 language: "en")).events
        let names = Set(events.flatMap { $0.participants.compactMap(\.name) })
        #expect(names.contains(official.name))
    }

    @Test func topicsAreListedWithCues() {
        let topics = BundledKnowledge.topics
        #expect(!topics.isEmpty)
        #expect(topics.allSatisfy { !$0.id.isEmpty && !$0.label.isEmpty && !$0.cues.isEmpty })
    }
}

/// Canonical names and organisation codes of the embedded data as events report them.
@Suite struct BundledCanonicalFormTests {
    @Test(arguments: [
        ("bola-tinubu", "Bola Ahmed Tinubu", "Bola Tinubu"),
        ("haitham-bin-tariq", "Haitham bin Tarik", "Haitham bin Tariq"),
        ("john-mahama", "John Dramani Mahama", "John Mahama"),
        ("mohamed-ould-ghazouani", "Mohamed Ould Cheikh El Ghazouani", "Mohamed Ould Ghazouani"),
        // where wires use a shorter form than the full legal name, the wire form is canonical
        ("irfaan-ali", "Irfaan Ali", "Mohamed Irfaan Ali"),
        // (but the form the organisation and most reports use, with the father's name, when they do)
        ("jasem-mohamed-albudaiwi", "Jasem Mohamed Albudaiwi", "Jasem Albudaiwi"),
        ("mohammed-al-khulaifi", "Mohammed bin Abdulaziz Al-Khulaifi", "Mohammed Al-Khulaifi"),
        // (a minister known by one surname since her party leadership; the double one is an alias)
        ("dilan-yesilgoz-zegerius", "Dilan Yeşilgöz", "Dilan Yeşilgöz-Zegerius"),
    ])
    func commonFormIsCanonicalAndTheOtherAnAlias(id: String, name: String, alias: String) {
        let official = Extractor().official(id: id)
        #expect(official?.name == name)
        #expect(official?.aliases?.contains(alias) == true)
    }

    @Test func thePresidentOfTheFasoIsBurkinaFasosHeadOfState() {
        let text = "Le président du Faso s'est entretenu dimanche par téléphone avec le président russe Vladimir Poutine."
        let events = Extractor().extract(Article(text: text, publishedAt: EventDate(iso: "2024-06-12"), language: "fr")).events
        #expect(events.first?.participants.contains { $0.country == "BF" && $0.name == "Ibrahim Traoré" } == true)
    }

    @Test func haitisPrimeMinisterIsResolvedFromTheOfficeOnTheDay() {
        let text = "Canadian Foreign Minister Mélanie Joly spoke by phone on Tuesday with the Prime Minister of Haiti."
        let events = Extractor().extract(Article(text: text, publishedAt: EventDate(iso: "2024-07-17"), language: "en")).events
        #expect(events.first?.participants.contains { $0.name == "Garry Conille" } == true)
    }

    @Test func africanUnionIsReportedWithTheGuidesCode() {
        let text = "African Union Commission chairperson Moussa Faki Mahamat held a phone call on Monday with UN Secretary-General António Guterres."
        let events = Extractor().extract(Article(text: text, publishedAt: EventDate(iso: "2023-04-20"), language: "en")).events
        let faki = events.first?.participants.first { $0.name == "Moussa Faki Mahamat" }
        #expect(faki?.country == "AU")
        #expect(Extractor().knowsCountry("AFU"))
    }

    /// Mexican Spanish writes "estadunidense" for the United States.
    @Test func theMexicanSpellingOfTheUSDemonymNamesTheUS() {
        let text = "La presidenta Claudia Sheinbaum informó que sostuvo una conversación telefónica con su homólogo estadunidense, Donald Trump."
        let events = Extractor().extract(Article(text: text, publishedAt: EventDate(iso: "2025-02-05"), language: "es")).events
        #expect(events.count == 1)
        #expect(events.first.map { Set($0.participants.compactMap(\.name)) } == ["Claudia Sheinbaum", "Donald Trump"])
        #expect(events.first?.participants.first { $0.name == "Donald Trump" }?.country == "US")
    }

    /// The Organization of American States in four languages ("OEA" in French and Spanish), not
    /// the United States its French name contains.
    @Test(arguments: [
        ("Luis Almagro, head of the Organization of American States, spoke by phone on Thursday with Haiti's Prime Minister Garry Conille.", "en"),
        ("Luis Almagro, à la tête de l'Organisation des États américains (OEA), s'est entretenu jeudi par téléphone avec Garry Conille.", "fr"),
        ("Luis Almagro, al frente de la Organización de los Estados Americanos (OEA), habló el jueves por teléfono con Garry Conille.", "es"),
    ])
    func theOrganizationOfAmericanStatesIsAnOrganisation(text: String, language: String) {
        let events = Extractor().extract(Article(text: text, publishedAt: EventDate(iso: "2024-07-05"), language: language)).events
        #expect(events.count == 1)
        #expect(events.first?.participants.first { $0.name == "Luis Almagro" }?.country == "OAS")
        #expect(events.first?.participants.contains { $0.country == "US" } == false)
    }

    /// Pacific and Caribbean heads of government, and titles held in an acting capacity.
    @Test func pacificLeadersAndActingTitlesResolve() {
        let text = "Australian Prime Minister Anthony Albanese spoke by phone on Monday with Papua New Guinea Prime Minister James Marape and, separately, with Fiji's acting Prime Minister Manoa Kamikamica."
        let events = Extractor().extract(Article(text: text, publishedAt: EventDate(iso: "2024-05-15"), language: "en")).events
        #expect(events.contains { e in e.participants.contains { $0.name == "James Marape" && $0.country == "PG" } })
        #expect(events.contains { e in e.participants.contains { $0.name == "Manoa Kamikamica" && $0.country == "FJ" } })
    }

    /// Malaysian honorifics ("Datuk Seri") stand before a name and are no person.
    @Test func malaysianHonorificsAreNoParty() {
        let text = "Prime Minister Datuk Seri Anwar Ibrahim spoke by telephone on Thursday with Cambodian Prime Minister Hun Manet."
        let events = Extractor().extract(Article(text: text, publishedAt: EventDate(iso: "2025-07-25"), language: "en")).events
        #expect(events.count == 1)
        #expect(events.first.map { Set($0.participants.compactMap(\.name)) } == ["Anwar Ibrahim", "Hun Manet"])
    }
}
