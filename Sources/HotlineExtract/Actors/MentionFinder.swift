/// Finds the parties a sentence mentions: names from the knowledge base, titles with their
/// country in either order ("Moroccan Foreign Minister Nasser Bourita", "Bourita, Morocco's
/// foreign minister", "le ministre des Affaires étrangères, M. Nasser Bourita", "الرئيس
/// الأمريكي دونالد ترامب"), counterparts, plural titles, and unknown capitalised names after a
/// title.
struct MentionFinder: Sendable {
    let knowledge: KnowledgeBase
    let titles: TitleLexicon
    let indexes: LexiconIndexes

    /// Words between a title and the country that qualifies it ("President of the United States").
    static let ofWords: Set<String> = ["of", "the", "de", "du", "des", "del", "d", "la", "l", "el", "for", "para", "pour", "in", "charge",
                                       "state", "etat", "estado", "دوله", "جمهوريه", "بجمهوريه", "لجمهوريه", "مملكه", "بمملكه", "سلطنه", "اماره"]
    static let andWords: Set<String> = ["and", "et", "y", "و", ","]
    /// Possessive and article words allowed between a country and its title ("Morocco's", "the").
    static let possessive: Set<String> = ["s", "the", "le", "la", "el"]
    /// Words before the countries of plural counterparts ("counterparts in/from ...").
    static let placeWords: Set<String> = ["in", "from", "en", "au", "aux", "del", "de", "du", "des", "في", "من"]

    func mentions(in tokens: [Token]) -> [Mention] {
        let words = tokens.filter { $0.isWord && $0.folded.count > 3 }
        let titleCase = words.count >= 4 && words.filter(\.isCapitalized).count * 20 >= words.count * 17
        var occupied = [Bool](repeating: false, count: tokens.count)
        var persons: [Mention] = []
        let countryHits = knowledge.countryNames.matches(in: tokens).compactMap { m -> PhraseMatcher<String>.Match? in
            let codes = m.values.filter { KnowledgeBase.counts($0, writtenAs: tokens[m.start..<m.end]) }.map(KnowledgeBase.code(ofCountryName:))
            return codes.isEmpty ? nil : .init(start: m.start, end: m.end, values: codes)
        }
        // A name needs a capital somewhere ("le roi Mohammed VI" matches the alias "Roi Mohammed VI").
        for found in knowledge.names.matches(in: tokens) where tokens[found.start..<found.end].contains(where: { $0.isCapitalized || $0.isArabic }) {
            var m = found
            // ("Fernando Haddad": another person than the Haddad the knowledge base knows)
            if namesAnotherGivenName(m, in: tokens, countries: countryHits) { continue }
            // ("Sheikh Mohamed bin Abdulrahman": not the "Sheikh Mohamed" of the knowledge base, but
            // maybe a name that starts inside it, "Mohamed bin Abdulrahman")
            if namesAnotherFather(m, in: tokens) {
                guard let inner = (m.start + 1..<m.end).lazy.compactMap({ self.knowledge.names.match(tokens, at: $0) }).first else { continue }
                m = inner
            }
            // ("الشيخ محمد بن زايد آل نهيان": the alias "الشيخ محمد بن زايد" matched first, but a
            // longer form of the same person starting inside it runs on)
            for s in m.start + 1..<m.end {
                if let longer = knowledge.names.match(tokens, at: s), longer.end > m.end, !Set(longer.values).isDisjoint(with: m.values) {
                    m = .init(start: m.start, end: longer.end, values: m.values)
                }
            }
            guard !(m.start..<m.end).contains(where: { occupied[$0] }) else { continue }
            persons.append(Mention(start: m.start, end: m.end, officials: Array(Set(m.values)).sorted()))
            for k in m.start..<m.end { occupied[k] = true }
        }
        // ("Sheikh Dr. Ahmad Nasser" for the alias "Sheikh Ahmad Nasser": honorifics inside an
        // honorific alias are skipped)
        for i in tokens.indices.dropLast(2) where !occupied[i] && indexes.isHonorific(tokens[i]) {
            var j = i + 1
            while j < tokens.count, j - i <= 2, !occupied[j], indexes.isHonorific(tokens[j]) { j += 1 }
            guard j > i + 1, j < tokens.count, !occupied[j] else { continue }
            let virtual = [tokens[i]] + Array(tokens[j...])
            guard let m = knowledge.names.match(virtual, at: 0), m.end > 1, !(j..<j + m.end - 1).contains(where: { occupied[$0] }) else { continue }
            persons.append(Mention(start: i, end: j + m.end - 1, officials: Array(Set(m.values)).sorted()))
            for k in i..<j + m.end - 1 { occupied[k] = true }
        }
        // Upper-case abbreviations ("US", "UN") match only when written in capitals ("told us").
        var titleHits: [PhraseMatcher<LexiconIndexes.TitleHit>.Match] = []
        var inserted: [Int: (start: Int, end: Int, code: String)] = [:]   // title index -> demonym inside it
        var i = 0
        while i < tokens.count {
            guard !occupied[i], let m = indexes.titles.match(tokens, at: i) else { i += 1; continue }
            var hit = m
            // "le ministre marocain des Affaires étrangères": a demonym inside the title
            if let c = countryHits.first(where: { $0.start == m.end }), let code = c.values.first {
                let virtual = Array(tokens[m.start..<c.start]) + Array(tokens[c.end...])
                if let longer = indexes.titles.match(virtual, at: 0), longer.end > m.end - m.start {
                    hit = .init(start: m.start, end: c.end + (longer.end - (m.end - m.start)), values: longer.values)
                    inserted[titleHits.count] = (c.start, c.end, code)
                }
            }
            guard !(hit.start..<hit.end).contains(where: { occupied[$0] }) else { i += 1; continue }
            // "(DGMO)" right after the title it abbreviates is not another office
            if hit.start >= 1, tokens[hit.start - 1].folded == "(", let last = titleHits.last, last.end == hit.start - 1 {
                for k in hit.start..<hit.end { occupied[k] = true }
                i = hit.end
                continue
            }
            titleHits.append(hit)
            for k in hit.start..<hit.end { occupied[k] = true }
            i = hit.end
        }
        var counterpartHits: [PhraseMatcher<Bool>.Match] = []
        for m in indexes.counterparts.matches(in: tokens) where !(m.start..<m.end).contains(where: { occupied[$0] }) {
            counterpartHits.append(m)
            for k in m.start..<m.end { occupied[k] = true }
        }
        var countries: [(start: Int, end: Int, code: String)] = Array(inserted.values)
        for m in countryHits where !(m.start..<m.end).contains(where: { occupied[$0] }) {
            if let code = m.values.first { countries.append((m.start, m.end, code)) }
        }

        var linked = Set<Int>()   // indices into persons that got a title
        var out: [Mention] = []
        var pluralCount = 0

        func countryBefore(_ start: Int) -> (code: String, start: Int)? {
            // "China's Commerce Minister", "Chinese trade minister": a portfolio before the title
            let titled = (max(0, start - 3)..<start).first { indexes.portfolioWords.match(tokens, at: $0)?.end == start } ?? start
            // "Maldives' new foreign minister"
            let start = (max(0, titled - 3)..<titled).first { indexes.titlePremodifiers.match(tokens, at: $0)?.end == titled } ?? titled
            var k = start
            while k > 0, Self.possessive.contains(tokens[k - 1].folded), start - k < 2 { k -= 1 }
            return countries.first { $0.end == k || $0.end == start }.map { ($0.code, $0.start) }
        }
        func countryAfter(_ end: Int) -> (code: String, end: Int)? {
            var end = end
            // skip a bracketed acronym: "Director General of Military Operations (DGMO) of Pakistan"
            if end + 2 < tokens.count, tokens[end].folded == "(", tokens[end + 2].folded == ")" { end += 3 }
            var k = end
            while k < tokens.count, Self.ofWords.contains(tokens[k].folded), k - end < 4 { k += 1 }
            if let c = countries.first(where: { $0.start == k || $0.start == end }) { return (c.code, c.end) }
            // an institution between title and country: "President of the Presidential Council of Libya"
            guard end < tokens.count, Self.ofWords.contains(tokens[end].folded) else { return nil }
            var j = end
            while j < tokens.count, Self.ofWords.contains(tokens[j].folded) { j += 1 }
            guard j < tokens.count, tokens[j].isCapitalized else { return nil }   // an institution's name
            while j < tokens.count, j - end < 6, tokens[j].isWord, !persons.contains(where: { $0.start == j }) {
                if let c = countries.first(where: { $0.start == j }) { return (c.code, c.end) }
                j += 1
            }
            return nil
        }
        // (any minister's title whose ministry's name goes on with the conjunction: "وزير الخارجية
        // والتعاون الدولي الإيطالي")
        func continuesArabicPortfolio(at k: Int) -> Bool {
            k < tokens.count && tokens[k].isArabic && tokens[k].folded.hasPrefix("وال")
        }
        // "وزير النفط النيجيري": an Arabic ministry's name between a minister's title and the demonym
        func portfolioCountry(after end: Int) -> (code: String, end: Int)? {
            var k = end
            while k < tokens.count, k - end <= Self.arabicPortfolioWords {
                if k > end, let c = countries.first(where: { $0.start == k }) { return (c.code, c.end) }
                // (a word may carry the conjunction: "وزير الزراعة والتنمية الريفية الإسرائيلي", "وزير
                // الخارجية والتعاون الدولي الإيطالي")
                guard tokens[k].isWord, tokens[k].isArabic, Self.hasArabicArticle(tokens[k].folded),
                      !occupied[k] else { return nil }
                k += 1
            }
            return nil
        }
        func personAfter(_ end: Int) -> Int? {
            var k = end
            while k < tokens.count, k - end <= 4 {
                if tokens[k].folded == "," || indexes.isHonorific(tokens[k]) || countries.contains(where: { $0.start <= k && k < $0.end })
                    || articleOfHonorific(at: k, in: tokens) {
                    k += 1
                } else if let q = indexes.titleQualifiers.match(tokens, at: k) {
                    k = q.end   // "en funciones"
                } else {
                    break
                }
            }
            // a given name the knowledge base leaves out ("Mohammad Ishaq Dar")
            // (or two: "Daniel Anselmo Chapo")
            let givenName = { (j: Int) in j < tokens.count && tokens[j].isCapitalized && tokens[j].isWord && !occupied[j] }
            // (and a particle joined to the surname: "Mohamed Younes El-Menfi" for "Menfi")
            let particle = { (j: Int) in
                j + 1 < tokens.count && tokens[j + 1].hyphenBefore && indexes.particles.contains(tokens[j].folded) && !occupied[j]
            }
            for names in 1...2 where (k..<k + names).allSatisfy(givenName) {
                if let p = persons.firstIndex(where: { $0.start == k + names }) { return p }
                if particle(k + names), let p = persons.firstIndex(where: { $0.start == k + names + 1 }) { return p }
            }
            // (an initial read as an honorific that begins the name: "minister S Jaishankar")
            return persons.firstIndex { $0.start == k }
                ?? persons.firstIndex { p in (end..<k).contains(p.start) && indexes.isHonorific(tokens[p.start]) }
        }
        func personBefore(_ start: Int) -> Int? {
            // Arabic apposition without a comma: "ناصر بوريطة وزير الخارجية"
            if start >= 1, tokens[start].isArabic, let p = persons.firstIndex(where: { $0.end == start }) { return p }
            guard start >= 2, tokens[start - 1].folded == "," else { return nil }
            return persons.firstIndex { $0.end == start - 1 }
        }

        // the person named at `k` in a list (known, or a name the knowledge base lacks)
        func holder(at k: Int) -> (start: Int, end: Int, person: Int?, name: String?)? {
            guard k < tokens.count else { return nil }
            if let p = persons.firstIndex(where: { $0.start == k }), !linked.contains(p) { return (k, persons[p].end, p, nil) }
            guard !titleCase, tokens[k].isCapitalized, let named = unknownName(after: k, in: tokens, occupied: occupied, countries: countries),
                  !holdsPlace(k, named.end) else { return nil }
            return (k, named.end, nil, named.name)
        }
        // "Ukraine, Moldova and Romania, A, B and C": `count` holders listed from `k`, else none
        func holderList(at k: Int, count: Int) -> [(start: Int, end: Int, person: Int?, name: String?)] {
            var list: [(start: Int, end: Int, person: Int?, name: String?)] = []
            var k = k
            while list.count < count, let h = holder(at: k) {
                list.append(h)
                k = h.end
                guard k < tokens.count, Self.andWords.contains(tokens[k].folded) else { break }
                while k < tokens.count, Self.andWords.contains(tokens[k].folded) { k += 1 }
            }
            return list.count == count ? list : []
        }
        // gives a listed holder its country (and the plural title's role)
        func claim(_ h: (start: Int, end: Int, person: Int?, name: String?), code: String, title: TitleLexicon.Title?, group: Int) {
            if let p = h.person {
                if persons[p].country == nil || title == nil { persons[p].country = code }
                if let title { persons[p].role = title.role; persons[p].kinds = title.kinds } else { persons[p].isCounterpart = true }
                persons[p].pluralGroup = group
                linked.insert(p)
            } else if let name = h.name {
                out.append(Mention(start: h.start, end: h.end, name: name, country: code, role: title?.role, kinds: title?.kinds ?? [],
                                   isCounterpart: title == nil, pluralGroup: group))
                for t in h.start..<h.end { occupied[t] = true }
            }
        }
        func holdsPlace(_ start: Int, _ end: Int) -> Bool {
            countries.contains { $0.start >= start && $0.start < end }
        }
        // "ministro de Asuntos Exteriores, Unión Europea y Cooperación, José Manuel Albares",
        // "ministre ... des Affaires étrangères et de la Coopération internationale, Sok Chenda
        // Sophea": the rest of the ministry's name runs to a comma before the person
        // ("de Agricultura, Pesca y Alimentación, Luis Planas": over a further list of its names)
        func titleExtension(after end: Int) -> (end: Int, country: String?)? {
            if let named = portfolioEnd(after: end) { return (named, nil) }
            var found: (end: Int, country: String?)?
            var from = end
            for segment in 0..<Self.extensionSegments {
                guard let next = extensionSegment(from: from, continuing: segment > 0) else { break }
                found = (next.end, found?.country ?? next.country)
                from = next.end - 1
            }
            return found
        }
        // "Minister of Energy Karine Elharrar", "ministre de l'Équipement et de l'Eau X": "of"
        // words and `portfolioWords` up to a capitalised name (one the knowledge base knows, or
        // two capitalised words at least)
        func portfolioEnd(after end: Int) -> Int? {
            guard end < tokens.count, Self.ofWords.contains(tokens[end].folded) else { return nil }
            var k = end, portfolios = 0
            while k < tokens.count, k - end < Self.extensionWords {
                if Self.ofWords.contains(tokens[k].folded) || (Self.andWords.contains(tokens[k].folded) && tokens[k].folded != ",") {
                    k += 1
                } else if let p = indexes.portfolioWords.match(tokens, at: k) {
                    k = p.end
                    portfolios += 1
                } else {
                    break
                }
            }
            guard portfolios > 0, k < tokens.count, tokens[k].isCapitalized, tokens[k].isWord, !occupied[k] || persons.contains(where: { $0.start == k }),
                  personAfter(k) != nil || unknownName(after: k, in: tokens, occupied: occupied, countries: countries) != nil else { return nil }
            return k
        }
        // One stretch of a ministry's name from `end` to a comma a person follows: opened by a
        // link ("of", "and", "chargé des": lower-case words then allowed, and a bracketed word,
        // "(gaz)"), or holding "and" or a country; a further one (`continuing`) lists names with "and".
        func extensionSegment(from end: Int, continuing: Bool) -> (end: Int, country: String?)? {
            guard end < tokens.count else { return nil }
            var k = tokens[end].folded == "," ? end + 1 : end
            let runStart = k
            let portfolio = !continuing && indexes.portfolioLinks.match(tokens, at: k) != nil
            let opensWithLink = !continuing && (Self.andWords.contains(tokens[end].folded) || Self.ofWords.contains(tokens[end].folded) || portfolio)
            // ("ministre fédéral autrichien de l'Intérieur et des Sports, X": an of-word a
            // qualifier and the country put off opens the ministry's name as well)
            let linkSoon = !continuing && (runStart..<min(tokens.count, runStart + Self.linkDelay)).contains { Self.ofWords.contains(tokens[$0].folded) }
            while k < tokens.count, k - runStart < (opensWithLink || linkSoon ? Self.linkedExtensionWords : Self.extensionWords) {
                if opensWithLink, tokens[k].folded == "(",
                   let close = (k + 1..<min(tokens.count, k + Self.bracketWords + 2)).first(where: { tokens[$0].folded == ")" }),
                   close > k + 1, tokens[(k + 1)..<close].allSatisfy(\.isWord) {
                    k = close + 1
                    continue
                }
                // a further stretch lists its names over commas up to the one that closes the
                // list with "and" ("de Industria, Comercio, Turismo y Servicios, X")
                if continuing, k > runStart, tokens[k].folded == ",", k + 1 < tokens.count, tokens[k + 1].isCapitalized,
                   !tokens[runStart..<k].contains(where: { Self.andWords.contains($0.folded) }) {
                    k += 1
                    continue
                }
                guard tokens[k].isWord, !occupied[k] || holdsPlace(k, k + 1) else { break }
                k += 1
            }
            guard k > runStart, k + 1 < tokens.count, tokens[k].folded == "," else { return nil }
            let run = tokens[runStart..<k]
            let listed = run.contains { Self.andWords.contains($0.folded) }
            if continuing {
                guard listed, run.allSatisfy({ $0.isCapitalized || Self.andWords.contains($0.folded) || Self.ofWords.contains($0.folded) || $0.folded == "," }) else { return nil }
            } else {
                guard run.contains(where: \.isCapitalized) || opensWithLink else { return nil }
                guard opensWithLink || listed || holdsPlace(runStart, k) else { return nil }
            }
            // ("ministre de la Culture, des Sports et de la Jeunesse, X": a ministry's name listed
            // over two stretches, the person after the second)
            guard personAfter(k + 1) != nil || unknownName(after: k + 1, in: tokens, occupied: occupied, countries: countries) != nil
                    || (!continuing && k + 1 < tokens.count && (Self.ofWords.contains(tokens[k + 1].folded) || tokens[k + 1].isCapitalized)
                        && extensionSegment(from: k, continuing: true) != nil) else { return nil }
            return (k + 1, countries.first { $0.start >= runStart && $0.start < k }?.code)
        }

        var carriedCountry: String?   // of a title joined to the next one ("Cambodian Deputy PM and FM")
        var carriedKinds: [String] = []   // its offices: "the Crown Prince and Prime Minister" holds both
        var carriedStart: Int?        // where that first title starts: the person's mention does
        for (n, hit) in titleHits.enumerated() {
            guard let th = hit.values.first else { continue }
            let title = titles.titles[th.title]
            let before = countryBefore(hit.start)
            // (an envoy's country after the title is the mission's: "the Special Envoy for Yemen")
            let after = inserted[n].map { (code: $0.code, end: hit.end) } ?? (title.mission == true ? nil : countryAfter(hit.end))
                ?? (Set(title.kinds).isSubset(of: indexes.manyHolderKinds) || continuesArabicPortfolio(at: hit.end) ? portfolioCountry(after: hit.end) : nil)
            if th.plural {
                // "the prime ministers of Israel and Lebanon": one office per country
                var codes: [String] = []
                var k = hit.end
                pluralCount += 1
                while k < tokens.count, Self.ofWords.contains(tokens[k].folded) { k += 1 }
                while let c = countries.first(where: { $0.start == k }) {
                    k = c.end
                    // "los presidentes de Brasil, X; de Colombia, Y, y de México, Z": each holder named
                    // (from the first country on: "of A, B and C, X, Y and Z" lists them after)
                    if codes.isEmpty, k < tokens.count, tokens[k].folded == ",", let h = holder(at: k + 1) {
                        claim(h, code: c.code, title: title, group: pluralCount)
                        k = h.end
                    } else {
                        codes.append(c.code)
                    }
                    // "رؤساء فرنسا وتركيا": the next country carries the Arabic "و" itself
                    if k < tokens.count, tokens[k].folded.hasPrefix("و"), countries.contains(where: { $0.start == k }) { continue }
                    guard k < tokens.count, Self.andWords.contains(tokens[k].folded) || tokens[k].folded == ";" else { break }
                    k += 1
                    while k < tokens.count, Self.ofWords.contains(tokens[k].folded) || Self.andWords.contains(tokens[k].folded) { k += 1 }
                }
                // "the French, German and British leaders": the countries before the plural title
                var first = hit.start
                if codes.isEmpty {
                    var back: [String] = []
                    var j = hit.start
                    while let c = countries.first(where: { $0.end == j }) {
                        back.append(c.code)
                        first = c.start
                        j = c.start
                        guard j > 0, tokens[j - 1].folded == "," || Self.andWords.contains(tokens[j - 1].folded) else { break }
                        j -= 1
                        if j > 0, tokens[j].folded == ",", Self.andWords.contains(tokens[j - 1].folded) { j -= 1 }
                    }
                    if back.count >= 2 { codes = back.reversed() } else { first = hit.start }
                }
                // "the foreign ministers of A, B and C, X, Y and Z": the holders, in order
                let listStart = k < tokens.count && tokens[k].folded == "," ? k + 1 : k > 0 && tokens[k - 1].folded == "," ? k : nil
                let named = codes.count >= 2 ? listStart.map { holderList(at: $0, count: codes.count) } ?? [] : []
                if !named.isEmpty {
                    for (h, code) in zip(named, codes) { claim(h, code: code, title: title, group: pluralCount) }
                    continue
                }
                // ("los líderes de la UE", "EU leaders": many people of one organisation, no party)
                if codes.count == 1, knowledge.countries[codes[0]]?.kind == "organisation" { continue }
                for code in codes {
                    out.append(Mention(start: first, end: k, country: code, role: title.role, kinds: title.kinds, pluralGroup: pluralCount))
                }
                continue
            }
            // "vice-Premier ministre et ministre des Affaires étrangères, X": one person, named after the last title
            // (but "X, vice-Premier ministre et ministre des ...": the person before holds both)
            // ("نائب رئيس الوزراء وزير الخارجية": titles side by side)
            // ("la vicepresidenta de Chile y ministra de X, Y": the first title's country between)
            let joinFrom = after?.end ?? hit.end
            if n + 1 < titleHits.count, joinFrom < tokens.count, personBefore(before?.start ?? hit.start) == nil,
               titleHits[n + 1].start == joinFrom || (titleHits[n + 1].start == joinFrom + 1
                   && Self.andWords.contains(tokens[joinFrom].folded) && tokens[joinFrom].folded != ",") {
                carriedCountry = title.country ?? before?.code ?? after?.code ?? carriedCountry   // "Cambodian Deputy PM and FM X"
                carriedStart = carriedStart ?? before?.start ?? hit.start
                carriedKinds += title.kinds
                continue
            }
            let titleStart = min(carriedStart ?? Int.max, before?.start ?? hit.start)
            let heldKinds = carriedKinds + title.kinds.filter { !carriedKinds.contains($0) }
            defer { carriedCountry = nil; carriedStart = nil; carriedKinds = [] }
            let extended = titleExtension(after: max(hit.end, after?.end ?? hit.end))
            let country = title.country ?? before?.code ?? after?.code ?? extended?.country ?? carriedCountry
            let nameFrom = extended?.end ?? max(hit.end, after?.end ?? hit.end)
            if let p = personAfter(nameFrom) ?? personAfter(hit.end) ?? personBefore(before?.start ?? hit.start) {
                if !linked.contains(p) {
                    persons[p].start = min(persons[p].start, titleStart)
                    persons[p].role = title.role
                    persons[p].kinds = title.kinds
                    persons[p].country = country
                    linked.insert(p)
                }
                continue
            }
            if !titleCase, let named = unknownName(after: nameFrom, in: tokens, occupied: occupied, countries: countries) {
                let appositive = country == nil ? countryInAppositive(after: named.end, tokens: tokens, countries: countries) : nil
                out.append(Mention(start: min(titleStart, hit.start), end: named.end, name: named.name, country: country ?? appositive,
                                   role: title.role, kinds: title.kinds))
                continue
            }
            if tokens[hit.start].isArabic, let named = arabicNameAfter(nameFrom, titleHasCountry: country != nil, in: tokens, occupied: occupied) {
                out.append(Mention(start: min(titleStart, hit.start), end: named.end, name: named.name, country: country,
                                   role: title.role, kinds: title.kinds))
                continue
            }
            let end = after?.end ?? hit.end
            let surname = end < tokens.count && tokens[end].isWord && !occupied[end] && (tokens[end].isCapitalized || tokens[end].isArabic)
                ? tokens[end].folded : nil
            var office = Mention(start: titleStart, end: end, country: country, role: title.role, kinds: heldKinds, surname: surname)
            office.holdsEveryKind = !carriedKinds.isEmpty
            office.home = title.home
            out.append(office)
        }
        // "el canciller de Brasil, Mauro Vieira, y el de Colombia, X": the previous title again
        for e in indexes.elidedTitles.matches(in: tokens) where !occupied[e.start] {
            guard let c = countries.first(where: { $0.start == e.end }), c.end < tokens.count, tokens[c.end].folded == ",",
                  let h = holder(at: c.end + 1), let prev = titleHits.last(where: { $0.end <= e.start })?.values.first, !prev.plural else { continue }
            pluralCount += 1
            claim(h, code: c.code, title: titles.titles[prev.title], group: pluralCount)
        }
        counterparts: for hit in counterpartHits {
            if hit.values.first == true {
                // "his counterparts in Morocco, the UAE and Bahrain": one counterpart per country
                var codes: [String] = []
                var k = hit.end
                pluralCount += 1
                var named = 0
                while k < tokens.count, Self.ofWords.contains(tokens[k].folded) || Self.placeWords.contains(tokens[k].folded) { k += 1 }
                while let c = countries.first(where: { $0.start == k }) {
                    k = c.end
                    // "sus homólogos de Brasil, Mauro Vieira, y de Colombia, X": each named with their country
                    if k < tokens.count, tokens[k].folded == ",", let h = holder(at: k + 1), codes.isEmpty {
                        claim(h, code: c.code, title: nil, group: pluralCount)
                        named += 1
                        k = h.end
                    } else {
                        codes.append(c.code)
                    }
                    while k < tokens.count, Self.andWords.contains(tokens[k].folded) || Self.ofWords.contains(tokens[k].folded)
                            || Self.placeWords.contains(tokens[k].folded) { k += 1 }
                }
                // "his counterparts from A and B, X and Y": the holders, in order
                if named == 0, codes.count >= 2, k > 0, tokens[k - 1].folded == "," {
                    let list = holderList(at: k, count: codes.count)
                    for (h, code) in zip(list, codes) { claim(h, code: code, title: nil, group: pluralCount) }
                    if !list.isEmpty { continue }
                }
                if named > 0 { continue }
                // "his British and Australian counterparts": the demonyms before the word
                var start = hit.start
                if codes.isEmpty {
                    var j = hit.start, before: [String] = [], first = hit.start
                    while let c = countries.last(where: { $0.end == j && $0.start < j }) {
                        before.insert(c.code, at: 0)
                        j = c.start
                        first = c.start
                        guard j > 0, Self.andWords.contains(tokens[j - 1].folded) || tokens[j - 1].folded == "," else { break }
                        j -= 1
                    }
                    if before.count >= 2 {
                        codes = before
                        start = first
                        k = hit.end
                    }
                }
                if !codes.isEmpty {
                    // (the mention ends at its last country, not at the comma or link word after it)
                    var end = k
                    while end > hit.end, case let w = tokens[end - 1].folded,
                          Self.andWords.contains(w) || Self.ofWords.contains(w) || Self.placeWords.contains(w) { end -= 1 }
                    for code in codes {
                        out.append(Mention(start: start, end: end, country: code, isCounterpart: true, pluralGroup: pluralCount))
                    }
                    continue
                }
            }
            let country = countryBefore(hit.start)?.code ?? countryAfter(hit.end)?.code
            let nameFrom = countryAfter(hit.end)?.end ?? hit.end
            // (or after a complement of the counterpart up to a comma, a name in apposition: "son
            // homologue libyen du gouvernement d'union nationale, X", two words at least if unknown)
            let complement = country == nil ? nil : complementComma(after: nameFrom, in: tokens)
            for from in [nameFrom] + (complement.map { [$0] } ?? []) {
                if let p = personAfter(from), !linked.contains(p) {
                    persons[p].isCounterpart = true
                    persons[p].start = min(persons[p].start, hit.start)
                    if persons[p].country == nil { persons[p].country = country }
                    linked.insert(p)
                    continue counterparts
                }
                if !titleCase, let named = unknownName(after: from, in: tokens, occupied: occupied, countries: countries), from == nameFrom || named.name.contains(" ") {
                    out.append(Mention(start: hit.start, end: named.end, name: named.name, country: country, isCounterpart: true))
                    continue counterparts
                }
            }
            out.append(Mention(start: hit.start, end: hit.end, country: country, isCounterpart: true))
        }
        out.append(contentsOf: persons)
        if !titleCase {
            for c in countries where c.start >= 1 && c.end < tokens.count && tokens[c.end].folded == ")" {
                guard let named = nameBeforeBracket(c.start - 1, in: tokens, occupied: occupied),
                      !out.contains(where: { $0.start < c.start - 1 && $0.end > named.start }) else { continue }
                out.append(Mention(start: named.start, end: c.end + 1, name: named.name, country: c.code))
            }
        }
        for i in out.indices where !out[i].isNamed && out[i].start > 0 {
            // ("a US official"; "Deputy Defence Minister", "vice-ministre", "نائب وزير الدفاع": the
            // deputy, not the holder of the office the title names)
            let before = tokens[out[i].start - 1].folded
            let deputy = indexes.deputyWords.contains(before)
                || (before == "-" && out[i].start > 1 && indexes.deputyWords.contains(tokens[out[i].start - 2].folded))
            // ("President-elect", "presidente electo": the next holder, not the current one)
            let nextAfter = out[i].end < tokens.count && tokens[out[i].end].folded == "-" ? out[i].end + 1 : out[i].end
            let elect = nextAfter < tokens.count && indexes.electWords.contains(tokens[nextAfter].folded)
            out[i].isGeneric = indexes.indefiniteArticles.contains(before) || deputy
            out[i].isFormer = indexes.formerWords.contains(before)
                || (out[i].end < tokens.count && tokens[out[i].end].isArabic && indexes.formerWords.contains(tokens[out[i].end].folded))
            out[i].isNextHolder = elect
            // ("le nouveau président", "الرئيس الجديد": the word may open the mention, end right
            // before it, or follow it)
            let start = out[i].start
            out[i].isNew = indexes.newWords.match(tokens, at: start) != nil
                || (max(0, start - 3)..<start).contains { indexes.newWords.match(tokens, at: $0)?.end == start }
                || indexes.newWords.match(tokens, at: out[i].end) != nil
            if let named = arabicNameBefore(out[i], in: tokens, occupied: occupied) {
                out[i].name = named.name
                out[i].start = named.start
            } else if !titleCase, let named = nameBefore(out[i], in: tokens, occupied: occupied, countries: countries) {
                out[i].name = named.name
                out[i].start = named.start
                out[i].country = out[i].country ?? named.country
            }
        }
        // A title without a country right after a named person, a comma or the rest of an Arabic
        // name between ("الأمير فيصل بن فرحان بن عبدالله وزير الخارجية"), or after another such
        // title ("... آل ثاني رئيس مجلس الوزراء وزير الخارجية"), is that person's title in
        // apposition, not another party.
        out.sort { $0.start < $1.start }
        var attachedEnd: Int?   // end of the last named person or of a title in apposition to one
        var apposed = Set<Int>()
        for (k, m) in out.enumerated() {
            if m.isNamed {
                attachedEnd = m.end
            } else if m.isBareTitle, let end = attachedEnd,
                      isApposed(m, after: end, in: tokens) {
                apposed.insert(k)
                attachedEnd = m.end
            } else {
                attachedEnd = nil
            }
        }
        // (or right before one, a qualifier between: "وزير الخارجية في الحكومة السورية الانتقالية X")
        for (k, m) in out.enumerated() where m.isBareTitle {
            if let next = out.dropFirst(k + 1).first(where: { $0.start >= m.end }), next.isNamed,
               isQualified(m, before: next, in: tokens) || endsArabicPortfolio(m, before: next, in: tokens) {
                apposed.insert(k)
            }
        }
        // (a possessor of the next title is not a party: "The UN Secretary-General's Personal Envoy,
        // X", "Trump's envoy")
        for (k, m) in out.enumerated() where m.end + 1 < tokens.count && tokens[m.end].folded == "s" && tokens[m.end].apostropheBefore
            && out.contains(where: { $0.start == m.end + 1 }) {
            apposed.insert(k)
        }
        // (nor a person named as dead: "in the death of the late Sheikh X", "المغفور له الشيخ X")
        for (k, m) in out.enumerated() where m.isNamed {
            var b = m.start
            while b > 0, indexes.isHonorific(tokens[b - 1]) { b -= 1 }
            if (max(0, b - 3)..<b).contains(where: { indexes.deceasedMarkers.match(tokens, at: $0)?.end == b }) { apposed.insert(k) }
        }
        return out.enumerated().filter { !apposed.contains($0.offset) }.map(\.element)
    }

    /// Most words a qualifier may put between a title and its holder's name.
    static let qualifierReach = 6

    /// Between title `m` and the named person `next` stands only a qualifier: a
    /// `qualifierPrepositions` phrase right after the title, then words (no punctuation, no
    /// "and", with- or from-word), at most `qualifierReach` in all.
    private func isQualified(_ m: Mention, before next: Mention, in tokens: [Token]) -> Bool {
        let gap = m.end..<next.start
        guard gap.count >= 2, gap.count <= Self.qualifierReach,
              let lead = indexes.qualifierPrepositions.match(tokens, at: m.end), lead.end < next.start else { return false }
        // (not a call's own words: "وزير الخارجية في اتصال مع X")
        return tokens[gap].allSatisfy { t in
            t.isWord && !Self.andWords.contains(t.folded) && !indexes.linkWords.contains(t.folded)
        }
    }

    /// "بوزير الخارجية والتعاون الإقليمي والتنمية، السيد X": the rest of an Arabic
    /// ministry's name (words with the article, "في" between), then a comma or honorifics, are all
    /// that stand between a title and the named person it is.
    private func endsArabicPortfolio(_ m: Mention, before next: Mention, in tokens: [Token]) -> Bool {
        guard tokens[m.start].isArabic, next.start > m.end else { return false }
        var k = m.end
        while k < next.start, k - m.end < Self.arabicPortfolioRest + 2, tokens[k].isWord, tokens[k].isArabic,
              Self.hasArabicArticle(tokens[k].folded) || tokens[k].folded == "في" { k += 1 }
        guard k > m.end else { return false }
        let rest = k
        if k < next.start, tokens[k].folded == "," { k += 1 }
        while k < next.start, indexes.isHonorific(tokens[k]) { k += 1 }
        return k == next.start && k > rest
    }

    /// The title mention `m` stands in apposition to what ends at `end`: only an `isAppositionGap`
    /// between, counted from its deputy word when it is a deputy's ("، نائب رئيس الحكومة،").
    private func isApposed(_ m: Mention, after end: Int, in tokens: [Token]) -> Bool {
        let start = m.isGeneric && m.start > end && indexes.deputyWords.contains(tokens[m.start - 1].folded) ? m.start - 1 : m.start
        return end <= start && isAppositionGap(tokens[end..<start])
    }

    /// Longest gap of name particles and names ("بن عبدالله بن محمد") between a name and its title.
    static let appositionNameReach = 4
    /// Most words of an `appositionWords` clause before a person's further title.
    static let appositionClauseWords = 5

    /// Nothing, a comma, a title the person's mention took in ("آل ثاني رئيس مجلس الوزراء وزير
    /// الخارجية"), or pairs of a name particle and a name.
    private func isAppositionGap(_ gap: ArraySlice<Token>) -> Bool {
        if gap.isEmpty || (gap.count == 1 && gap.first?.folded == ",") { return true }
        // (", وهو أيضا", ", الذي يشغل أيضا منصب", ", who is also")
        if gap.first?.folded == ",", gap.count > 1, gap.count <= Self.appositionClauseWords + 1,
           gap.dropFirst().allSatisfy({ indexes.appositionWords.contains($0.folded) }) { return true }
        if indexes.titles.match(Array(gap), at: 0)?.end == gap.count { return true }
        guard gap.count <= Self.appositionNameReach, gap.count.isMultiple(of: 2) else { return false }
        return stride(from: gap.startIndex, to: gap.endIndex, by: 2).allSatisfy { indexes.particles.contains(gap[$0].folded) }
    }
}
