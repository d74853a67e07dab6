/// Stopwords per language from `lexicons/stopwords.json`, used to detect a story's language, and
/// the letters only one Latin-script language writes (`letters`: "ç" French, "ñ" Spanish), which
/// decide a short text whose stopwords do not.
struct StopwordLexicon: Sendable, Decodable {
    let stopwords: [String: [String]]
    let letters: [String: String]?
}
