/// One story of a page: its paragraphs (the first is usually its headline) and sentences.
struct Story: Sendable {
    /// A sentence with its tokens and the paragraph it belongs to.
    struct Sentence: Sendable {
        let text: String
        let tokens: [Token]
        let paragraph: Int
    }

    let paragraphs: [String]
    let sentences: [Sentence]
    /// Detected language ("en", "fr", "es", "ar") or nil.
    var language: String?

    init(paragraphs: [String], language: String? = nil) {
        // (a section label above the headline, "Afrique", "World": not the headline)
        let paragraphs = paragraphs.count > 2 && Self.isLabel(paragraphs[0]) ? Array(paragraphs.dropFirst()) : paragraphs
        self.paragraphs = paragraphs
        var sentences: [Sentence] = []
        for (p, para) in paragraphs.enumerated() {
            for s in SentenceSplitter.split(para) {
                sentences.append(Sentence(text: s, tokens: Tokenizer.tokenize(s), paragraph: p))
            }
        }
        self.sentences = sentences
        self.language = language
    }

    /// Words a line may have to be a section label ("Afrique", "Middle East").
    static let labelWords = 2

    /// A line of at most `labelWords` words and no sentence punctuation.
    static func isLabel(_ line: String) -> Bool {
        let words = line.split(whereSeparator: \.isWhitespace)
        return words.count <= labelWords && !line.contains { ".:,;!?".contains($0) }
    }

    /// A live page's entry stamp: a paragraph that is only a time of day ("18:15", "9h30", "10.05
    /// GMT"), with at most two short zone or clock words after it, or a time of day before the
    /// entry's heading, after a dash or not ("22:15 — Biden calls the Emir", "22:15  Biden: 'We
    /// are close'"): a short line that ends with no sentence stop.
    static func isTimeStamp(_ paragraph: String) -> Bool {
        // (most paragraphs start with a letter: checked before any split)
        guard let first = paragraph.utf8.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        let parts = paragraph.prefix(Self.timeStampBytes).split(whereSeparator: \.isWhitespace)
        guard let clock = parts.first, isClock(clock) else { return false }
        if parts.count >= 3, Self.stampDashes.contains(parts[1]) { return true }
        // ("11:20  Le ministre ...": a wider gap than a space sets the time apart from its entry)
        if parts.count >= 2, paragraph.dropFirst(clock.count).prefix(2).allSatisfy(\.isWhitespace) { return true }
        if parts.count >= 2, paragraph.utf8.count <= Self.stampHeadingBytes, let last = paragraph.last, !".!?؟".contains(last) { return true }
        guard paragraph.utf8.count <= Self.timeStampBytes, parts.count <= 3 else { return false }
        return parts.dropFirst().allSatisfy { $0.count <= 5 && $0.allSatisfy { $0.isLetter || $0 == "." } }
    }

    /// "18:15", "9h30", "10.05".
    private static func isClock(_ clock: Substring) -> Bool {
        guard clock.count >= 4, clock.count <= 5 else { return false }
        let digits = clock.filter(\.isASCII).filter(\.isNumber)
        guard digits.count == clock.count - 1, let mark = clock.dropFirst(clock.count - 3).first, ":h.".contains(mark) else { return false }
        return clock.suffix(2).allSatisfy(\.isNumber)
    }
    /// Separators between an entry's time and its heading.
    private static let stampDashes: Set<Substring> = ["—", "–", "-", "|"]

    /// The paragraphs that are entry stamps of a live page (at least `liveStamps` of them); none
    /// on any other page.
    var entryStamps: Set<Int> {
        let stamps = paragraphs.indices.filter { Self.isTimeStamp(paragraphs[$0]) }
        return stamps.count >= Self.liveStamps ? Set(stamps) : []
    }
    static let liveStamps = 2
    /// Longest entry stamp in UTF-8 bytes ("10:05 a.m. GMT").
    static let timeStampBytes = 20
    /// Longest time-stamped heading line in UTF-8 bytes.
    static let stampHeadingBytes = 100

    /// Sentence `i` is the first of its paragraph.
    func opensParagraph(_ i: Int) -> Bool {
        i == 0 || sentences[i - 1].paragraph != sentences[i].paragraph
    }

    /// Sentence `i` is the last of its paragraph.
    func closesParagraph(_ i: Int) -> Bool {
        i + 1 == sentences.count || sentences[i + 1].paragraph != sentences[i].paragraph
    }

    /// The whole story as one text.
    var text: String { paragraphs.joined(separator: "\n") }
}
