/// A state or organisation of `countries.json` (format in Resources/README.md).
struct Country: Sendable, Decodable {
    let code: String
    let name: String
    /// "state", "territory" or "organisation".
    let kind: String?
    /// The code events report when it differs from `code` (the annotation guide's "AU" for the
    /// African Union, whose `code` is "AFU" because "AU" is Australia's).
    let reportCode: String?
    let names: [String: [String]]?
    let demonyms: [String: [String]]?
    let capitals: [String: [String]]?
    /// The office kind "the leader" of this state means where it is not the head of state: the
    /// head of government in parliamentary systems ("the British leader" is the Prime Minister).
    let leader: String?
    /// Web domain suffixes of the state's own outlets and government sites ("ma", "gouv.fr",
    /// "uk"): a title a story gives without a country or name ("The Prime Minister spoke to ...")
    /// on such a site is that state's office.
    let domains: [String]?
    /// Names are written family name first in Latin script ("Cho Tae-yul", "Wang Yi"): a later
    /// mention by surname alone uses the first word ("Cho"), not the last.
    let familyNameFirst: Bool?
    /// The head of state is a monarch (a king, an emir, a sultan): a monarch's title with no
    /// country on the state's own site is its head of state ("le Souverain" on a Moroccan site).
    let monarchy: Bool?
}
