/// A party mentioned in a sentence, before it is resolved against the knowledge base and the
/// story: a known official, a named person the knowledge base lacks, an office ("the US
/// President"), or a counterpart ("his Moroccan counterpart").
struct Mention: Sendable {
    /// Token span.
    var start: Int
    var end: Int
    /// Knowledge-base candidates when the name is known.
    var officials: [Int] = []
    /// The name as written when the knowledge base does not know it.
    var name: String?
    var country: String?
    /// Role from the title in the text.
    var role: String?
    /// Office kinds the title denotes.
    var kinds: [String] = []
    /// "his counterpart": takes the office kind of the other party.
    var isCounterpart = false
    /// From a plural title ("the prime ministers of Israel and Lebanon").
    var pluralGroup: Int?
    /// The folded word right after a title that names no one the knowledge base knows alone
    /// ("الرئيس عون", "President Aoun"): picks the party of the story it is the surname of.
    var surname: String?
    /// A title right after an indefinite article ("a US official", "un chef de la diplomatie
    /// américaine"): an office, not the person who held it that day.
    var isGeneric = false
    /// A title right before an `electWords` word ("President-elect", "presidente electo"): the
    /// office's next holder, whom only the story can name, never its holder that day.
    var isNextHolder = false
    /// A title right after a `formerWords` word ("l'ancien premier ministre") or right before one
    /// ("رئيس الوزراء السابق"): the story's party who held the office before, never its holder that day.
    var isFormer = false
    /// A bare title with a `newWords` word ("le nouveau président"): the story's party in that
    /// office whose term began last.
    var isNew = false
    /// Chained titles ("the Crown Prince and Prime Minister"): one person holds every office of
    /// `kinds` (a single title's kinds are alternatives: "رئيس" is a head of state or government).
    var holdsEveryKind = false
    /// A title a state's own press gives its own head (`TitleLexicon.Title.home`): on that
    /// state's site, its head (`PartyResolver.homeState`).
    var home: HomeTitle?

    var isNamed: Bool { !officials.isEmpty || name != nil }
    /// A title alone: no name, country, counterpart or plural group ("the foreign minister"),
    /// which may stand in apposition to a name.
    var isBareTitle: Bool { !isNamed && country == nil && !isCounterpart && pluralGroup == nil }
}
