/// The topic catalogue from `topics.json` (see LEXICONS.md): id, label, cue phrases in any
/// language, and optional groups of cues that must all occur in the same story.
struct TopicCatalogue: Sendable, Decodable {
    /// One topic.
    struct Entry: Sendable, Decodable {
        let id: String
        let label: String
        let cues: [String]
        /// Each inner list is a set of alternatives; one of each must occur in the story.
        let together: [[String]]?
        /// Phrases that hold a cue without being about the topic ("International Atomic Energy
        /// Agency" is not about energy): such an occurrence does not count.
        let notCues: [String]?
    }

    let topics: [Entry]
}
