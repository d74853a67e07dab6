import HotlineExtract

/// The fields of a `POST /v1/actors` or `PATCH /v1/actors/{id}` body, validated. A nil field
/// was absent (PATCH keeps the stored value); `gender` distinguishes absent from null.
struct OfficialDraft: Sendable {
    var officialID: String?
    var name: String?
    var country: String?
    var role: String?
    var aliases: [String]?
    var short: [String]?
    /// nil: absent; `.some(nil)`: explicitly null.
    var gender: String??
    var offices: [Official.Office]?
}
