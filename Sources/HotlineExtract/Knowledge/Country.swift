/// A state or organisation of `countries.json` (format in Resources/README.md).
struct Country: Sendable, Decodable {
    let code: String
    let name: String
    /// "state", "territory" or "organisation".
    let kind: String?
    let names: [String: [String]]?
    let demonyms: [String: [String]]?
    let capitals: [String: [String]]?
}
