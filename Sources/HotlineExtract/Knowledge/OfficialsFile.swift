/// The top-level shape of `officials.json`.
struct OfficialsFile: Sendable, Decodable {
    let version: Int?
    let officials: [Official]
    /// Pairs of transliteration spellings ("al-" / "el-", "Abu " / "Abou "): a name form with one
    /// spelling of a pair also matches with the other.
    let spellingVariants: [[String]]?
}
