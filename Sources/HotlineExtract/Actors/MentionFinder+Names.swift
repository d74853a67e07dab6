/// How `MentionFinder` reads the names of people the knowledge base lacks: capitalised words
/// after a title or before a comma and one, Arabic words between a with- or from-word and a
/// title, and the bounds of a title's complement or ministry name before such a name.
extension MentionFinder {
    /// Words of an Arabic ministry's name between a minister's title and its demonym.
    static let arabicPortfolioWords = 3

    /// Words an Arabic name the knowledge base lacks may have before its title.
    static let arabicNameWords = 2...4

    /// "اتصالا هاتفيا مع أحمد معلم فقي وزير خارجية الصومال": the Arabic words between "مع" or
    /// "من" and a title with a country (a comma between: "مع X، وزير الدولة النيجيري") are the
    /// name of a person the knowledge base lacks.
    func arabicNameBefore(_ m: Mention, in tokens: [Token], occupied: [Bool]) -> (name: String, start: Int)? {
        guard !m.isCounterpart, tokens[m.start].isArabic, let ar = indexes.grammar["ar"] else { return nil }
        let end = m.start >= 1 && tokens[m.start - 1].folded == "," ? m.start - 1 : m.start
        if end < m.start, let honored = arabicHonoredName(before: end, in: tokens, occupied: occupied) { return honored }
        guard m.country != nil else { return nil }
        // (or the second of a pair a with-word opened: "بين X رئيس مجلس النواب، وY رئيسة ...", its
        // first word carrying the conjunction)
        let between = { (k: Int) in
            tokens[k].folded == "," && k + 1 < end && tokens[k + 1].folded.hasPrefix("و") && !tokens[k + 1].folded.hasPrefix("وال")
                && tokens[..<k].contains { ar.with.contains($0.folded) }
        }
        guard let link = (max(0, end - Self.arabicNameWords.upperBound - 1)..<end).last(where: {
            ar.with.contains(tokens[$0].folded) || ar.from.contains(tokens[$0].folded) || between($0)
        }) else { return nil }
        // (after an honorific: "مع السيد X Y، رئيس ...")
        var first = link + 1
        while first < end, indexes.isHonorific(tokens[first]) { first += 1 }
        let words = tokens[first..<end]
        guard Self.arabicNameWords.contains(words.count),
              words.indices.allSatisfy({ tokens[$0].isWord && tokens[$0].isArabic && !occupied[$0] && !tokens[$0].folded.hasPrefix("ال") })
        else { return nil }
        var names = words.map(\.text)
        if between(link), first == link + 1 { names[0] = String(names[0].dropFirst()) }
        return (names.joined(separator: " "), first)
    }

    /// "تلقى معالي سالم بن حمد الكعبي، وزير الطاقة": after honorifics, two to five Arabic
    /// words up to the comma before a title (with a country or not) are a person's name, the
    /// article's words among them but not first.
    func arabicHonoredName(before comma: Int, in tokens: [Token], occupied: [Bool]) -> (name: String, start: Int)? {
        guard let honorific = (max(0, comma - Self.arabicHonoredNameWords - 1)..<comma).last(where: { indexes.isHonorific(tokens[$0]) })
        else { return nil }
        let words = tokens[(honorific + 1)..<comma]
        guard (Self.arabicNameWords.lowerBound...Self.arabicHonoredNameWords).contains(words.count), let first = words.first,
              !first.folded.hasPrefix("ال"),
              words.indices.allSatisfy({ tokens[$0].isWord && tokens[$0].isArabic && !occupied[$0] && !indexes.functionWords.contains(tokens[$0].folded) })
        else { return nil }
        return (words.map(\.text).joined(separator: " "), honorific + 1)
    }

    /// "وزير الزراعة المجري، إشتفان ناجي،": two to four Arabic words set off by commas right
    /// after a title with its country are the name of a person the knowledge base lacks (no
    /// word with the article, no function word). After honorifics ("الشيخ الدكتور X بن Y آل
    /// Z،") the name may run to five words, the article's words among them, up to a comma, a
    /// full stop or the person's title, and the title needs no country.
    func arabicNameAfter(_ end: Int, titleHasCountry: Bool, in tokens: [Token], occupied: [Bool]) -> (name: String, end: Int)? {
        var start = end < tokens.count && tokens[end].folded == "," ? end + 1 : end
        let commaLed = start > end
        // (the rest of a ministry's name before the honorifics: "وزير العدل والشؤون القضائية الشيخ")
        var rest = start
        while rest < tokens.count, rest - start < Self.arabicPortfolioRest, tokens[rest].isArabic, !indexes.isHonorific(tokens[rest]),
              Self.hasArabicArticle(tokens[rest].folded) { rest += 1 }
        if rest > start, rest < tokens.count, indexes.isHonorific(tokens[rest]) { start = rest }
        var honorifics = 0
        while start < tokens.count, indexes.isHonorific(tokens[start]), tokens[start].isArabic { start += 1; honorifics += 1 }
        guard honorifics > 0 || (commaLed && titleHasCountry) else { return nil }
        let most = honorifics > 0 ? Self.arabicHonoredNameWords : Self.arabicNameWords.upperBound
        var k = start
        while k < tokens.count, k - start < most, tokens[k].isWord, tokens[k].isArabic, !occupied[k],
              honorifics > 0 || !tokens[k].folded.hasPrefix("ال"), !indexes.functionWords.contains(tokens[k].folded) { k += 1 }
        // (a name's first word has no article nor preposition: "وزير دولة للتجارة الخارجية،" is a
        // minister of state's portfolio, not "دولة" and a name)
        // (after honorifics also at a full stop or the person's title: "السيد عومير بارليف وزير
        // الأمن العام")
        let ends = k < tokens.count && (tokens[k].folded == ","
            || (honorifics > 0 && (tokens[k].folded == "." || indexes.titles.match(tokens, at: k) != nil)))
        guard (Self.arabicNameWords.lowerBound...most).contains(k - start), ends,
              !["ال", "لل"].contains(where: { tokens[start].folded.hasPrefix($0) }) else { return nil }
        return (tokens[start..<k].map(\.text).joined(separator: " "), k)
    }
    /// A folded Arabic word with the article, maybe after the conjunction ("الاقتصاد", "والصناعة"):
    /// a word of a ministry's name after its title.
    static func hasArabicArticle(_ folded: String) -> Bool {
        folded.hasPrefix("ال") || folded.hasPrefix("وال")
    }
    /// Words of a ministry's name (with the article) a title may run over before honorifics.
    static let arabicPortfolioRest = 5
    /// Words an Arabic name after honorifics may have ("عبداللطيف بن عبدالعزيز آل الشيخ").
    static let arabicHonoredNameWords = 5

    /// "Bourita - Adolfo Urso (Italy), video call on ...": two to four capitalised words right
    /// before a bracketed country, opening their clause (after a dash, colon, comma, with- or
    /// and-word, or at the start), are a person the knowledge base lacks, of that country.
    func nameBeforeBracket(_ open: Int, in tokens: [Token], occupied: [Bool]) -> (name: String, start: Int)? {
        guard open >= 2, tokens[open].folded == "(" else { return nil }
        var k = open
        while k > 0, open - k < Self.nameBeforeWords.upperBound + 1, tokens[k - 1].isWord, tokens[k - 1].isCapitalized,
              tokens[k - 1].folded.count > 1 || tokens[k].hyphenBefore, !occupied[k - 1] { k -= 1 }
        let words = tokens[k..<open]
        guard Self.nameBeforeWords.contains(words.count), let first = words.first,
              !indexes.functionWords.contains(first.folded), !indexes.isHonorific(first) else { return nil }
        if k > 0 {
            let before = tokens[k - 1].folded
            guard Self.nameOpeners.contains(before) || MentionFinder.andWords.contains(before) || indexes.linkWords.contains(before) else { return nil }
        }
        return (Self.spelled(words), k)
    }

    /// The words of a name as written: a hyphen kept where one joined them ("Al-Yahya"), a space
    /// elsewhere.
    static func spelled(_ words: ArraySlice<Token>) -> String {
        words.enumerated().map { w in
            w.offset == 0 ? w.element.text : (w.element.hyphenBefore ? "-" : " ") + w.element.text
        }.joined()
    }

    /// Words of a name the knowledge base lacks before a comma and its title.
    static let nameBeforeWords = 2...4
    /// Most tokens between that comma and the title ("Morocco's agriculture minister").
    static let nameBeforeGap = 4
    /// Tokens a name standing before its title may follow: it opens its clause.
    static let nameOpeners: Set<String> = [",", "-", "–", "—", ":", "(", "\""]

    /// "Mohamed Sadiki, Morocco's agriculture minister, spoke ...", "con Ekpo Ekperikpe, su
    /// homólogo": capitalised words right before a comma and a title are the name of a person
    /// the knowledge base lacks, when they open their clause (the sentence, a comma, dash, colon
    /// or quotation mark, a with-, from- or and-word, or another lower-case word that is no
    /// function word before them) and no function word begins them.
    /// Between comma and title only a country, a possessive or article, and lower-case words
    /// (the portfolio) may stand; a country there is the person's.
    func nameBefore(_ m: Mention, in tokens: [Token], occupied: [Bool],
                            countries: [(start: Int, end: Int, code: String)]) -> (name: String, start: Int, country: String?)? {
        guard m.pluralGroup == nil, m.start >= 3, !tokens[m.start].isArabic else { return nil }
        var c = m.start
        var gapCountry: String?
        while c > 0, tokens[c - 1].folded != "," {
            guard m.start - c < Self.nameBeforeGap else { return nil }
            if let country = countries.first(where: { $0.start < c && c <= $0.end }) {
                gapCountry = gapCountry ?? country.code
                c = country.start
                continue
            }
            let t = tokens[c - 1]
            guard t.isWord, !t.isCapitalized, !occupied[c - 1],
                  Self.possessive.contains(t.folded) || !indexes.functionWords.contains(t.folded) else { return nil }
            c -= 1
        }
        let comma = c - 1
        guard comma >= 2 else { return nil }
        var k = comma
        while k > 0, comma - k < Self.nameBeforeWords.upperBound + 1 {
            let t = tokens[k - 1]
            guard t.isWord, !occupied[k - 1], !countries.contains(where: { $0.start <= k - 1 && k - 1 < $0.end }),
                  (t.isCapitalized && t.folded.count > 1) || (indexes.particles.contains(t.folded) && k < comma) else { break }
            k -= 1
        }
        // ("de M. Jean Dupont, ministre", "Mr John Smith, the minister": the honorifics and a
        // lower-case particle before the name are not in it, and the clause opens before them)
        var first = k
        while first < comma, indexes.isHonorific(tokens[first])
                || (!tokens[first].isCapitalized && indexes.particles.contains(tokens[first].folded)) { first += 1 }
        while k > 0, indexes.isHonorific(tokens[k - 1]), tokens[k - 1].isCapitalized { k -= 1 }
        let words = tokens[first..<comma]
        guard Self.nameBeforeWords.contains(words.count), words.filter(\.isCapitalized).count >= 2,
              let firstWord = words.first, !indexes.functionWords.contains(firstWord.folded), !indexes.isHonorific(firstWord)
        else { return nil }
        // (a lower-case particle before the name, "de", is the with- or from-word that opens it)
        let openedByParticle = tokens[k..<first].contains { !$0.isCapitalized && indexes.particles.contains($0.folded) }
        if k > 0, !openedByParticle {
            let before = tokens[k - 1].folded
            // (or a verb or object marker: "telefoneó a X, el ministro argelino", "said X, the minister";
            // not an article or "of" word, "of Rabat Water Works, the minister said")
            let word = tokens[k - 1].isWord && !Self.ofWords.contains(before) && !indexes.functionWords.contains(before)
            let opens = Self.nameOpeners.contains(before) || Self.andWords.contains(before) || word || indexes.linkWords.contains(before)
            guard opens, !tokens[k - 1].isCapitalized else { return nil }
            // (not a noun its determiner opens: "sur son compte Liberty Square, le ministre")
            if word, k >= 2, !occupied[k - 1], indexes.nounDeterminers.contains(tokens[k - 2].folded) { return nil }
        }
        return (Self.spelled(words), first, gapCountry)
    }

    /// The country of an appositive right after a name (", head of Sudan's armed forces,").
    func countryInAppositive(after end: Int, tokens: [Token], countries: [(start: Int, end: Int, code: String)]) -> String? {
        // "Prime Minister Kishida Fumio of Japan"
        if end + 1 < tokens.count, ["of", "de", "del", "du"].contains(tokens[end].folded),
           let c = countries.first(where: { $0.start == end + 1 }) {
            return c.code
        }
        guard end < tokens.count, tokens[end].folded == "," else { return nil }
        var k = end + 1
        // (", y la directora gerente del FMI": a conjunction opens the next party, not an appositive)
        guard k < tokens.count, !Self.andWords.contains(tokens[k].folded) else { return nil }
        while k < tokens.count, k - end <= 6, tokens[k].folded != "," {
            if let c = countries.first(where: { $0.start == k }) { return c.code }
            k += 1
        }
        return nil
    }

    /// The comma closing a complement that starts with an "of" word right after a title ("du
    /// gouvernement d'union nationale,", "of the Government of National Unity,"): at most
    /// `complementReach` words, none of them a verb-like break (only words and apostrophes).
    func complementComma(after start: Int, in tokens: [Token]) -> Int? {
        guard start < tokens.count, Self.ofWords.contains(tokens[start].folded) else { return nil }
        for k in start + 1..<min(tokens.count, start + Self.complementReach) {
            if tokens[k].folded == "," { return k }
            if !tokens[k].isWord { return nil }
        }
        return nil
    }

    /// Stretches of a ministry's name a title may run over (`titleExtension`).
    static let extensionSegments = 2
    /// Most words of one stretch.
    static let extensionWords = 8
    /// Most words of a stretch a link opens ("de l'Eau et de l'Aménagement du territoire").
    static let linkedExtensionWords = 12
    /// Words (a qualifier, a demonym) that may stand before the link of such a stretch.
    static let linkDelay = 3
    /// Most words of a bracket inside one ("(gaz)").
    static let bracketWords = 3

    /// Words a title's complement may hold before the comma of a name in apposition.
    static let complementReach = 10

    /// An article right before an honorific: "le Dr" and "el Dr." in ", le Dr Daniel Ngamije".
    func articleOfHonorific(at k: Int, in tokens: [Token]) -> Bool {
        k + 1 < tokens.count && indexes.nounDeterminers.contains(tokens[k].folded) && indexes.isHonorific(tokens[k + 1])
    }

    /// A run of at least two capitalised words (name particles allowed inside) right after
    /// `start` (skipping a comma and honorifics): a person the knowledge base does not know.
    /// Not a run that is all one of `countries` ("with Jamaica, Saint Lucia counterparts"); one
    /// may open a name ("Jordan Bardella").
    func unknownName(after start: Int, in tokens: [Token], occupied: [Bool],
                     countries: [(start: Int, end: Int, code: String)]) -> (name: String, end: Int)? {
        var k = start
        // (a comma and up to three honorifics: ", Son Altesse Royale")
        while k < tokens.count, k - start < 4,
              tokens[k].folded == "," || indexes.isHonorific(tokens[k]) || articleOfHonorific(at: k, in: tokens) { k += 1 }
        var words: [Token] = []
        var j = k
        while j < tokens.count, tokens[j].isWord, !occupied[j] {
            let t = tokens[j]
            // an honorific inside a name ends it unless it is its last word ("Bùi Thanh Sơn a eu")
            let honorific = indexes.isHonorific(t)
                && (words.isEmpty || (j + 1 < tokens.count && tokens[j + 1].isCapitalized && tokens[j + 1].isWord))
            // (a name's own apostrophe: "Mata'afa", "O'Brien")
            let apostrophed = j + 1 < tokens.count && tokens[j + 1].apostropheBefore && tokens[j + 1].isWord
            if t.isCapitalized && (t.folded.count > 1 || apostrophed) && !honorific {
                words.append(t)
            } else if t.apostropheBefore, let last = words.last, last.end + 1 == t.start {
                words.append(t)
            } else if t.hyphenBefore, let last = words.last, last.isCapitalized, last.end + 1 == t.start {
                // (a hyphenated given name's lower-case half: "Ahn Duk-geun", "Kang Do-hyung")
                words.append(t)
            } else if indexes.particles.contains(t.folded), !words.isEmpty {
                words.append(t)
            } else {
                break
            }
            j += 1
        }
        // ("Desarrollo Sostenible de Marruecos": a particle and a country end a ministry's name, not a person's)
        if j > k + 1, let cut = (k + 1..<j).first(where: { p in indexes.particles.contains(tokens[p].folded) && countries.contains { $0.start == p + 1 } }) {
            words.removeLast(j - cut)
            j = cut
        }
        while let last = words.last, !last.isCapitalized, !last.apostropheBefore, !last.hyphenBefore { words.removeLast(); j -= 1 }
        guard words.filter(\.isCapitalized).count >= 2, words.count <= 6, !countries.contains(where: { $0.start == k && $0.end == j }) else { return nil }
        // (a portfolio of a ministry's name listed over commas: "Minister of Tourism, Handicrafts,
        // Solidarity Economy, X" names no "Solidarity Economy")
        guard indexes.portfolioWords.match(tokens, at: k)?.end != j else { return nil }
        let name = words.enumerated().map { w in
            w.offset == 0 ? w.element.text : (w.element.apostropheBefore ? "'" : w.element.hyphenBefore ? "-" : " ") + w.element.text
        }.joined()
        return (name, j)
    }
}

extension MentionFinder {
    /// A known name followed by a patronymic particle and a father that none of its officials'
    /// names give ("Sheikh Mohamed bin Abdulrahman" after the alias "Sheikh Mohamed" of Mohamed
    /// bin Zayed): the words name someone else. ("King Salman bin Abdulaziz" is King Salman; a
    /// name with its father already, "عمر بن زيد بن عبدالله", goes on with a grandfather.)
    func namesAnotherFather(_ m: PhraseMatcher<Int>.Match, in tokens: [Token]) -> Bool {
        guard m.end + 1 < tokens.count, indexes.patronymParticles.contains(tokens[m.end].folded), tokens[m.end + 1].isWord,
              !tokens[m.start..<m.end].contains(where: { indexes.patronymParticles.contains($0.folded) }) else { return false }
        let father = tokens[m.end + 1].folded
        return !m.values.contains { i in
            let o = knowledge.officials[i]
            return ([o.name] + (o.aliases ?? [])).contains { form in
                let words = TextFolding.words(form)
                return zip(words, words.dropFirst()).contains { indexes.patronymParticles.contains($0.0) && $0.1 == father }
            }
        }
    }

    /// Most words a title before a known name may have ("Minister of Foreign Affairs, European
    /// Union and Cooperation").
    static let titleWordsBack = 12
    /// Most words from a country to the given name it qualifies ("the finance minister of
    /// Chile, Pedro Albares").
    static let givenNameCountryReach = 8

    /// A one-word known name (a surname the knowledge base gives alone) right after a
    /// capitalised Latin word that is no title, honorific, function word, calendar or country
    /// name, nor a word (or a one-letter variant of a word) of the officials' names, with a
    /// country none of them served named shortly before: the words name someone else (Chile's
    /// finance minister "Pedro Albares" is not Spain's José Manuel Albares; a Spanish spelling of
    /// a given name with no such country before it, "Jalifa Haftar", is Khalifa Haftar).
    /// `countries`: the sentence's country names, their codes as values. (Titles are looked up
    /// only once the cheaper checks pass: this runs for every known name of every sentence.)
    func namesAnotherGivenName(_ m: PhraseMatcher<Int>.Match, in tokens: [Token], countries: [PhraseMatcher<String>.Match]) -> Bool {
        guard m.end - m.start == 1, m.start > 0 else { return false }
        let g = m.start - 1
        let given = tokens[g]
        guard given.isWord, given.isCapitalized, !given.isArabic, given.folded.count > 2, !given.apostropheBefore, !tokens[m.start].hyphenBefore,
              !indexes.isHonorific(given), !indexes.functionWords.contains(given.folded), !indexes.calendarNames.contains(given.folded),
              !countries.contains(where: { $0.start <= g && g < $0.end }) else { return false }
        let served = Set(m.values.flatMap { knowledge.officials[$0].offices.map(\.country) })
        guard countries.contains(where: { c in c.end <= g && g - c.end <= Self.givenNameCountryReach && served.isDisjoint(with: c.values) }),
              !(max(0, m.start - Self.titleWordsBack)..<m.start).contains(where: { indexes.titles.match(tokens, at: $0)?.end == m.start })
        else { return false }
        let letters = Array(given.folded)
        return !m.values.contains { i in
            let o = knowledge.officials[i]
            return ([o.name] + (o.aliases ?? [])).contains { form in
                TextFolding.words(form).contains { w in w == given.folded || PartyResolver.oneEditApart(Array(w), letters) }
            }
        }
    }
}
