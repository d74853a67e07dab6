import Foundation

/// The sentence templates of `Resources/templates.json` (format in Resources/README.md).
struct CorpusTemplates: Decodable {
    /// Templates of one language.
    struct Language: Decodable {
        let days: [String]
        let places: [String]
        let headlines: [String]
        let calls: [String]
        let followups: [String]
        let fillers: [String]
    }

    let languages: [String: Language]

    /// The embedded templates; throws `BenchError` when the file is missing or malformed.
    static func embedded() throws -> CorpusTemplates {
        guard let text = EmbeddedData.text(named: "templates.json") else { throw BenchError("templates.json is not embedded") }
        do {
            return try JSONDecoder().decode(CorpusTemplates.self, from: Data(text.utf8))
        } catch {
            throw BenchError("templates.json is malformed: \(error)")
        }
    }
}
