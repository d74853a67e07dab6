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
    /// GMT"), with at most two short zone or clock words after it.
    static func isTimeStamp(_ paragraph: String) -> Bool {
        guard paragraph.utf8.count <= Self.timeStampBytes else { return false }
        let parts = paragraph.split(whereSeparator: \.isWhitespace)
        guard let clock = parts.first, parts.count <= 3, clock.count >= 4, clock.count <= 5 else { return false }
        let digits = clock.filter(\.isASCII).filter(\.isNumber)
        guard digits.count == clock.count - 1, let mark = clock.dropFirst(clock.count - 3).first, ":h.".contains(mark),
              clock.suffix(2).allSatisfy(\.isNumber) else { return false }
        return parts.dropFirst().allSatisfy { $0.count <= 5 && $0.allSatisfy { $0.isLetter || $0 == "." } }
    }

    /// A live page: at least `liveStamps` paragraphs are entry stamps.
    var isLive: Bool { paragraphs.lazy.filter(Self.isTimeStamp).prefix(Self.liveStamps).count >= Self.liveStamps }
    static let liveStamps = 2
    /// Longest entry stamp in UTF-8 bytes ("10:05 a.m. GMT").
    static let timeStampBytes = 20

    /// The whole story as one text.
    var text: String { paragraphs.joined(separator: "\n") }
}
