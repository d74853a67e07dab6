/// A mention resolved to a participant, with the office kinds it holds (for counterparts and
/// later title-only mentions).
struct ResolvedParty: Sendable {
    var participant: Participant
    var kinds: [String]
    /// Token start of the mention in its sentence.
    var position: Int
    /// The mention came from a plural title.
    var pluralGroup: Int?
}
