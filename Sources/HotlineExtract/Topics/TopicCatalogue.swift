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
        /// Offices (knowledge-base kinds) that make a call the topic's when every party holds one
        /// of them on its day, whatever was said: two defence ministers talk security cooperation.
        let partyOffices: [String]?
    }

    /// Cues that decide which sentences of a story report what was discussed on a call.
    struct ContextCues: Sendable, Decodable {
        /// Verbs and phrases reporting the talk's content ("discussed", "abordaron", "بحث").
        let discussion: [String]
        /// Words that refer back to the call or its parties ("the two", "ambos", "الجانبان").
        let anchors: [String]
        /// Titles that refer back to a party ("the minister", "el presidente") unless a name
        /// other than a party's follows them.
        let titles: [String]?
        /// Phrases opening a sentence that leaves the call's report ("Background", "Par ailleurs").
        let stops: [String]
        /// Phrases early in a sentence that report another event ("at a press conference").
        let otherEvents: [String]?
        /// Phrases saying something was not discussed, or not said to be ("was not raised", "did
        /// not say whether", "no fue abordado"): no topic cue in their clause counts, and their
        /// sentence completes no topic's cue groups.
        let unsaid: [String]?
    }

    let topics: [Entry]
    let context: ContextCues?

    init(topics: [Entry], context: ContextCues? = nil) {
        self.topics = topics
        self.context = context
    }
}
