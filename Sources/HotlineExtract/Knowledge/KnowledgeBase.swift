/// Officials and countries, indexed for mention finding: every name form of a person (name,
/// aliases, short forms), every country name and demonym, and office holders by kind and country.
struct KnowledgeBase: Sendable {
    let officials: [Official]
    let countries: [String: Country]
    /// Name forms -> indices into `officials`.
    let names: PhraseMatcher<Int>
    /// Pairs of transliteration spellings the name index matches either way.
    let spellingVariants: [[String]]
    /// Country names and demonyms -> code; codes of upper-case abbreviations ("US", "UN") are
    /// prefixed with "^" (they match only when written in capitals).
    let countryNames: PhraseMatcher<String>
    /// Capitals and seats of power -> code ("Berlin", "the Kremlin").
    let capitals: PhraseMatcher<String>
    /// Web domain suffixes (`Country.domains`) -> code.
    let domains: [String: String]
    /// Official id -> index into `officials`.
    let indexByID: [String: Int]
    /// Per official, the surnames a story may name them by alone after naming them in full (the
    /// last word of the name and of each alias), empty when the official has a one-word short
    /// form: then `short` lists every such word on purpose, leaving out ordinary words ("شكري").
    let lateSurnames: [[String]]
    /// `lateSurnames` inverted: surname -> indices into `officials`.
    let byLateSurname: [String: [Int]]
    /// The last word of every name form of every official (short forms too) -> indices into
    /// `officials`: who else a surname may name.
    let byLastWord: [String: [Int]]
    /// Office kinds some official holds for a state (not an organisation): "spokesperson" is one,
    /// "secretary-general" is not.
    let stateKinds: Set<String>

    /// (`spellingVariants`: pairs of transliteration spellings, `OfficialsFile.spellingVariants`.)
    init(officials: [Official], countries: [Country], spellingVariants: [[String]] = []) {
        self.officials = officials
        var byCode: [String: Country] = [:]
        for c in countries { byCode[c.code] = c }
        self.countries = byCode
        var domains: [String: String] = [:]
        for c in countries { for d in c.domains ?? [] { domains[d.lowercased()] = c.code } }
        self.domains = domains
        let indexes = Self.indexes(of: officials, countries: byCode)
        self.indexByID = indexes.byID
        self.lateSurnames = indexes.lateSurnames
        self.byLateSurname = indexes.byLateSurname
        self.byLastWord = indexes.byLastWord
        self.stateKinds = Self.stateKinds(of: officials, countries: byCode)
        var names = PhraseMatcher<Int>()
        names.skipsInitials = true
        names.skipsArabicFathers = true
        for (i, o) in officials.enumerated() {
            var forms = Set([o.name] + (o.aliases ?? []) + (o.short ?? []))
            for f in Array(forms) { forms.insert(f.replacingOccurrences(of: ".", with: "")) }
            // ("Assaad el-Chaibani" for "Assaad al-Chaibani", "Mourhaf Abou Qasra" for "Abu Qasra")
            for f in Array(forms) {
                for pair in spellingVariants where pair.count == 2 {
                    if f.contains(pair[0]) { forms.insert(f.replacingOccurrences(of: pair[0], with: pair[1])) }
                    if f.contains(pair[1]) { forms.insert(f.replacingOccurrences(of: pair[1], with: pair[0])) }
                }
            }
            // (Egyptian papers write a foreign G with ج: "رافائيل جروسي" for "رافائيل غروسي")
            if o.name.contains(where: { $0 == "G" || $0 == "g" }) {
                for f in Array(forms) where f.contains("غ") { forms.insert(f.replacingOccurrences(of: "غ", with: "ج")) }
            }
            for form in forms where !form.isEmpty { names.add(form, i) }
        }
        self.names = names
        self.spellingVariants = spellingVariants
        var cn = PhraseMatcher<String>()
        for c in countries {
            for list in [c.names, c.demonyms] {
                for (_, forms) in list ?? [:] { for f in forms { cn.add(f, Self.isAbbreviation(f) ? "^" + c.code : c.code) } }
            }
            cn.add(c.name, c.code)
        }
        self.countryNames = cn
        var caps = PhraseMatcher<String>()
        for c in countries { for (_, forms) in c.capitals ?? [:] { for f in forms { caps.add(f, c.code) } } }
        self.capitals = caps
    }

    /// The person holding an office of one of `kinds` for `country` on `date`; nil when none or
    /// several do.
    /// "US", "U.S.", "UAE": letters all upper case, at most four of them.
    static func isAbbreviation(_ form: String) -> Bool {
        let letters = form.filter(\.isLetter)
        return !letters.isEmpty && letters.count <= 4 && letters == letters.uppercased() && letters != letters.lowercased()
    }

    /// The country code of a `countryNames` value, the "^" of an abbreviation taken off.
    static func code(ofCountryName value: String) -> String {
        value.hasPrefix("^") ? String(value.dropFirst()) : value
    }

    /// The `countryNames` value is an abbreviation's ("^US"): it counts only written in capitals.
    static func isAbbreviationCode(_ value: String) -> Bool { value.hasPrefix("^") }

    /// The `countryNames` value counts for the words that matched it: any name or demonym, an
    /// abbreviation only written in capitals ("US", not "told us"; "UN", not "un comunicado").
    static func counts(_ value: String, writtenAs words: ArraySlice<Token>) -> Bool {
        !isAbbreviationCode(value) || words.allSatisfy { $0.text == $0.text.uppercased() }
    }

    /// The offices the knowledge base records for the participant (none for one it does not know).
    func recordedOffices(of p: Participant) -> [Official.Office] {
        p.officialID.flatMap { indexByID[$0] }.map { officials[$0].offices } ?? []
    }

    /// When several hold such an office (a president and a supreme leader are both heads of
    /// state), the one whose role contains `role` ("President") is taken, if only one does.
    /// A state's `leader` office comes first among the kinds ("les dirigeants allemand et
    /// britannique": the Chancellor and the Prime Minister, not the President and the King).
    /// But a title's own word outranks that order: "the presidents of Estonia and Latvia" are the
    /// Presidents even where the Prime Minister leads, when only one holder's role has the word.
    func holder(kinds: [String], country: String, on date: EventDate, role: String? = nil) -> Int? {
        // (the offices of these kinds for the state on the day, read once)
        var held: [(official: Int, office: Official.Office)] = []
        for (i, o) in officials.enumerated() {
            for office in o.offices where office.country == country && kinds.contains(office.kind) && office.covers(date) {
                held.append((i, office))
            }
        }
        let word = role?.lowercased() ?? ""
        let fitting = { (offices: [(official: Int, office: Official.Office)]) -> Int? in
            guard !word.isEmpty else { return nil }
            let ids = Set(offices.filter { $0.office.role.lowercased().contains(word) }.map(\.official))
            return ids.count == 1 ? ids.first : nil
        }
        if let one = fitting(held) { return one }
        let leader = countries[country]?.leader
        let kinds = leader.map { l in kinds.contains(l) ? [l] + kinds.filter { $0 != l } : kinds } ?? kinds
        for kind in kinds {
            let ofKind = held.filter { $0.office.kind == kind }
            let found = Set(ofKind.map(\.official))
            if found.count == 1 { return found.first }
            if found.count > 1 { return fitting(ofKind) }
        }
        return nil
    }

    /// The one official without a one-word short form whose surname is `surname` (folded) and
    /// who holds an office of `kinds` on `date` ("President Aoun" in 2025, not Michel Aoun in
    /// 2020); nil when none or several, or when another official in such an office that day has
    /// a name form ending so, a speaker of parliament counting for a president's title
    /// ("الرئيس بري": Somalia's prime minister, or Lebanon's speaker, whom Lebanese papers call
    /// president).
    func holder(kinds: [String], surname: String, on date: EventDate) -> Int? {
        let found = (byLateSurname[surname] ?? []).filter { i in
            officials[i].offices.contains { kinds.contains($0.kind) && $0.covers(date) }
        }
        guard found.count == 1 else { return nil }
        let presiding = kinds.contains { Self.presidingKinds.contains($0) }
        let rivals = Set(kinds).union(presiding ? Self.presidingKinds : [])
        let others = (byLastWord[surname] ?? []).contains { i in
            i != found[0] && officials[i].offices.contains { rivals.contains($0.kind) && $0.covers(date) }
        }
        return others ? nil : found[0]
    }

    /// Offices a title of "president" may name ("président de l'Assemblée", "رئيس مجلس النواب").
    static let presidingKinds: Set<String> = ["head-of-state", "head-of-government", "speaker", "upper-house-speaker"]

    /// `stateKinds` of `officials`.
    static func stateKinds(of officials: [Official], countries: [String: Country]) -> Set<String> {
        Set(officials.flatMap { o in o.offices.filter { countries[$0.country]?.kind != "organisation" }.map(\.kind) })
    }

    /// `indexByID`, `lateSurnames`, `byLateSurname` and `byLastWord` of `officials`.
    static func indexes(of officials: [Official], countries: [String: Country])
        -> (byID: [String: Int], lateSurnames: [[String]], byLateSurname: [String: [Int]], byLastWord: [String: [Int]]) {
        var byID: [String: Int] = [:]
        for (i, o) in officials.enumerated() where byID[o.id] == nil { byID[o.id] = i }
        let arabic = PartyResolver.isArabicScript
        let surnames = officials.map { o -> [String] in
            // (a one-word short form of a script is matched by the names already; the other
            // script's surnames stay: "رجي" for one whose only short form is "Rajji")
            let shorts = (o.short ?? []).filter { TextFolding.words($0).count == 1 }
            let shortScripts = Set(shorts.map(arabic))
            if shortScripts.count == 2 { return [] }
            let familyFirst = o.offices.contains { countries[$0.country]?.familyNameFirst == true }
            return Array(Set(([o.name] + (o.aliases ?? [])).filter { !shortScripts.contains(arabic($0)) }.compactMap { form -> String? in
                let words = TextFolding.words(form)
                return familyFirst ? words.first : words.last
            }))
        }
        var bySurname: [String: [Int]] = [:]
        for (i, forms) in surnames.enumerated() { for s in forms { bySurname[s, default: []].append(i) } }
        var byLastWord: [String: [Int]] = [:]
        for (i, o) in officials.enumerated() {
            let lasts = Set(([o.name] + (o.aliases ?? []) + (o.short ?? [])).compactMap { TextFolding.words($0).last })
            for w in lasts { byLastWord[w, default: []].append(i) }
        }
        return (byID, surnames, bySurname, byLastWord)
    }

    /// The state whose outlet or government site `url` is on, by the longest listed domain suffix
    /// of its host ("www.gov.uk" -> "gov.uk" or "uk" -> GB); nil for generic domains (".com").
    func outletCountry(url: String?) -> String? {
        guard let url, let host = URLHost.host(of: url) else { return nil }
        let labels = host.lowercased().split(separator: ".")
        for i in labels.indices {
            if let code = domains[labels[i...].joined(separator: ".")] { return code }
        }
        return nil
    }

    /// Among ambiguous candidates for a name, the one in office on `date` (else the first).
    func pick(_ candidates: [Int], on date: EventDate?) -> Int? {
        guard candidates.count > 1, let date else { return candidates.first }
        return candidates.first { officials[$0].offices.contains { $0.covers(date) } } ?? candidates.first
    }
}
