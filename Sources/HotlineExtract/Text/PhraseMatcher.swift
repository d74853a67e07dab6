/// Finds phrases (sequences of folded words) in token arrays, longest match first.
///
/// Arabic clitics: a first word written with a leading "و", "ف", "ب" or "ل" ("والرئيس"), or
/// with two before its article ("وللتعاون", "وبالتعاون"), also matches the phrase without them.
struct PhraseMatcher<Value: Sendable>: Sendable {
    /// A match: tokens `start..<end` carry `values` (several when the phrase is ambiguous).
    struct Match: Sendable {
        let start: Int
        let end: Int
        let values: [Value]
    }

    /// Phrases by first word; `plain` tells which words are known to be in NFC.
    private var byFirst: [NFCWord: [(words: [String], plain: [Bool], value: Value)]] = [:]
    /// Shapes of the first words: most words of a text start no phrase, and this rules them
    /// out without hashing them.
    private var firstWords = WordShapeFilter()
    /// Inside a phrase, a middle initial the phrase lacks is skipped ("Ferdinand R. Marcos Jr."
    /// matches "Ferdinand Marcos Jr."): for person names.
    var skipsInitials = false
    /// Inside a phrase, one of these folded words may stand once between two of its words (an
    /// adverb: "recibió además una llamada de" matches "recibió una llamada de"). For call phrases.
    var skippedWords: Set<String> = []
    /// A match is no match when the word after it is one of these, by the match's folded last
    /// word ("après" is no "after" in "après-midi"; in-word hyphens split words).
    var notFollowedBy: [String: Set<String>] = [:]
    /// A two-word Arabic-script phrase also matches with one Arabic word between its words: the
    /// father's name of a full Arabic name ("شائع محسن الزنداني" for "شائع الزنداني"). For person
    /// names.
    var skipsArabicFathers = false {
        didSet { if skipsArabicFathers && !oldValue { for entries in byFirst.values { for e in entries { indexArabicPair(e.words, e.value) } } } }
    }
    /// Two-word Arabic-script phrases by first word, then by second word: the lookup of
    /// `skipsArabicFathers` (one dictionary probe per first-word match, not one per phrase),
    /// kept only while the flag is on.
    private var arabicPairs: [NFCWord: [NFCWord: [Value]]] = [:]

    init() {}

    mutating func add(_ phrase: String, _ value: Value) {
        let words = TextFolding.words(phrase)
        guard let first = words.first else { return }
        byFirst[NFCWord(first), default: []].append((words, words.map(WordShape.isPlainNFC), value))
        firstWords.insert(first)
        if skipsArabicFathers { indexArabicPair(words, value) }
    }

    private mutating func indexArabicPair(_ words: [String], _ value: Value) {
        guard words.count == 2, words.allSatisfy({ $0.unicodeScalars.first.map(TextFolding.isArabic) ?? false }) else { return }
        arabicPairs[NFCWord(words[0]), default: [:]][NFCWord(words[1]), default: []].append(value)
    }

    /// The token's folded word as a dictionary key (known NFC when the token has a `shape`).
    private static func key(_ token: Token) -> NFCWord {
        token.shape == nil ? NFCWord(token.folded) : NFCWord(plain: token.folded)
    }

    var isEmpty: Bool { byFirst.isEmpty }

    /// The longest match starting at token `i`, if any.
    func match(_ tokens: [Token], at i: Int) -> Match? {
        guard i < tokens.count, tokens[i].isWord else { return nil }
        var best: Match?
        let word = tokens[i].folded
        if firstWords.mayContain(shape: tokens[i].shape) {
            extend(&best, first: Self.key(tokens[i]), tokens, at: i)
        }
        if let rest = Self.cliticFreeForm(word) {
            if firstWords.mayContain(rest) { extend(&best, first: NFCWord(rest), tokens, at: i) }
            // ("وللتعاون العسكري", "وبالتعاون": a conjunction before the preposition)
            if let bare = Self.cliticFreeForm(rest), bare.hasPrefix("ال"), firstWords.mayContain(bare) {
                extend(&best, first: NFCWord(bare), tokens, at: i)
            }
        }
        if let b = best, !notFollowedBy.isEmpty, b.end < tokens.count,
           notFollowedBy[tokens[b.end - 1].folded]?.contains(tokens[b.end].folded) == true { return nil }
        return best
    }

    /// Makes `best` the longest of itself and the phrases starting with `first` that match at `i`
    /// (phrases of equal length add their values).
    private func extend(_ best: inout Match?, first: NFCWord, _ tokens: [Token], at i: Int) {
        guard let entries = byFirst[first] else { return }
        for entry in entries {
            var n = entry.words.count
            guard i + n <= tokens.count else { continue }
            var ok = true
            var j = i + 1
            var skipped = false
            for k in 1..<max(1, entry.words.count) {
                if skipsInitials, j + 1 < tokens.count, isInitial(tokens[j]),
                   !Self.sameWord(tokens[j], entry.words[k], plain: entry.plain[k]) { j += 1 }
                if !skipped, !skippedWords.isEmpty, j + 1 < tokens.count, skippedWords.contains(tokens[j].folded),
                   !Self.sameWord(tokens[j], entry.words[k], plain: entry.plain[k]) {
                    j += 1
                    skipped = true
                }
                guard j < tokens.count, tokens[j].isWord,
                      Self.sameWord(tokens[j], entry.words[k], plain: entry.plain[k]) else {
                    ok = false
                    break
                }
                j += 1
            }
            guard ok else { continue }
            n = j - i
            if let b = best, b.end - b.start > n { continue }
            if let b = best, b.end - b.start == n {
                best = Match(start: i, end: i + n, values: b.values + [entry.value])
            } else {
                best = Match(start: i, end: i + n, values: [entry.value])
            }
        }
        // (a father's name between the two words of an Arabic pair: "شائع محسن الزنداني")
        if skipsArabicFathers, i + 2 < tokens.count, tokens[i].isArabic, tokens[i + 1].isArabic, tokens[i + 2].isWord,
           let byLast = arabicPairs[first] {
            let last = Self.key(tokens[i + 2])
            let middle = Self.key(tokens[i + 1])
            if middle != last, let values = byLast[last], (best.map { $0.end - $0.start } ?? 0) <= 3 {
                best = best.map { $0.end - $0.start == 3 ? Match(start: i, end: i + 3, values: $0.values + values) : Match(start: i, end: i + 3, values: values) }
                    ?? Match(start: i, end: i + 3, values: values)
            }
        }
    }

    /// A capital letter alone ("R." is the word "R": periods separate words silently).
    private func isInitial(_ token: Token) -> Bool {
        token.isWord && token.text.count == 1 && token.isCapitalized
    }

    /// All non-overlapping longest matches, left to right.
    func matches(in tokens: [Token]) -> [Match] {
        var out: [Match] = []
        var i = 0
        while i < tokens.count {
            if let m = match(tokens, at: i) {
                out.append(m)
                i = m.end
            } else {
                i += 1
            }
        }
        return out
    }

    /// True when the phrase occurs anywhere in `tokens`.
    func occurs(in tokens: [Token]) -> Bool {
        tokens.indices.contains { match(tokens, at: $0) != nil }
    }

    /// `token.folded == word`, answered from the bytes when they are equal or both words are
    /// known to be in NFC (`String ==` compares NFC forms); other pairs go through `String ==`.
    private static func sameWord(_ token: Token, _ word: String, plain: Bool) -> Bool {
        let x = token.folded.utf8, y = word.utf8
        if x.count == y.count && x.elementsEqual(y) { return true }
        if plain && token.shape != nil { return false }
        return token.folded == word
    }

    /// The Arabic first word without its leading clitic, nil for other words.
    static func cliticFreeForm(_ word: String) -> String? {
        // و ف ب ل are encoded D9 88, D9 81, D8 A8, D9 84: any other first byte is no clitic.
        guard let lead = word.utf8.first, lead == 0xD8 || lead == 0xD9 else { return nil }
        switch word.unicodeScalars.first?.value {
        case 0x0648, 0x0641, 0x0628, 0x0644: break   // و ف ب ل
        default: return nil
        }
        guard word.first?.unicodeScalars.count == 1, word.count > 3 else { return nil }
        let rest = String(word.dropFirst())
        if rest.hasPrefix("ل"), word.hasPrefix("ل") { return "ا" + rest }
        return rest
    }
}

extension PhraseMatcher where Value == Bool {
    /// A matcher of `phrases` (none for nil), each carrying `true`.
    init(phrases: [String]?) {
        self.init()
        for p in phrases ?? [] { add(p, true) }
    }
}
