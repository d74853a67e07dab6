/// Stopwords per language from `lexicons/stopwords.json`, used to detect a story's language.
struct StopwordLexicon: Sendable, Decodable {
    let stopwords: [String: [String]]
}
