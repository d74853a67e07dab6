/// A title a state's own press gives its own head: with no country, on the state's own site, it
/// is the party of that state the story named in the office, else the holder that day.
enum HomeTitle: String, Sendable, Decodable {
    /// "the head of state", "le chef de l'État", "رئيس الدولة": any state's.
    case headOfState = "head-of-state"
    /// "the King", "le Souverain", "العاهل": only a monarchy's (`Country.monarchy`).
    case monarch
}

/// Role words per language, from `lexicons/titles.json` (see LEXICONS.md).
struct TitleLexicon: Sendable, Decodable {
    /// One title: its English role, the office kinds it may denote, its phrases per language.
    struct Title: Sendable, Decodable {
        let role: String
        let kinds: [String]
        /// A fixed country or organisation ("President of the European Commission" -> EU).
        let country: String?
        let phrases: [String: [String]]
        let plurals: [String: [String]]?
        /// A title a state's own press gives its own head ("the King", "le Souverain", "رئيس
        /// الدولة"): see `Mention.home`.
        let home: HomeTitle?
        /// A country after the title is where the holder is sent, not the holder's ("the Special
        /// Envoy for Yemen", "l'envoyé spécial pour le Sahel").
        let mission: Bool?
    }

    let titles: [Title]
    /// "counterpart", "homologue", "homólogo", "نظيره".
    let counterparts: [String: [String]]
    /// "counterparts", "homologues": several counterparts, one per country that follows.
    let counterpartPlurals: [String: [String]]?
    /// Pronouns that, opening a sentence, stand for the previous sentence's subject.
    let subjectPronouns: [String]?
    /// Subject pronouns by the gender they speak of ("f": "she", "elle"; "m": "he", "il"), as
    /// `officials.json` writes genders: a pronoun does not stand for a person of the other.
    let pronounGenders: [String: [String]]?
    /// "the two leaders", "les deux dirigeants": the last two parties named in the story.
    let pairPhrases: [String]?
    /// The pair phrases that name ministers ("the two ministers", "ambos cancilleres"): the pair
    /// is of two parties holding one of `ministerKinds`, not heads of state named beside them.
    let ministerPairPhrases: [String]?
    /// "the five leaders", "los tres mandatarios" -> 5, 3: before the call's words, the last that
    /// many parties the story named, of as many states, are on the call.
    let groupPhrases: [String: Int]?
    /// Kinds of office a minister pair phrase may name.
    let ministerKinds: [String]?
    /// Kinds of office a state has many holders of at once ("minister"): a title of only such
    /// kinds and a country ("le ministre marocain") names no holder from the knowledge base, which
    /// lists some of them only.
    let manyHolderKinds: [String]?
    /// "former", "ancien", "السابق": the office is no longer held (no time bound from it).
    let formerWords: [String]?
    /// Phrases right before a person's name (honorifics between) that say the person is dead
    /// ("the late", "المغفور له"): no party to a call.
    let deceasedMarkers: [String]?
    /// "a", "un", "una": a title right after one names an office, not its holder ("un chef de la
    /// diplomatie américaine, Antony Blinken").
    let indefiniteArticles: [String]?
    /// "deputy", "vice", "نائب": a title right after one is the deputy's, not the office holder's
    /// ("نائب وزير الدفاع" is not the defence minister).
    let deputyWords: [String]?
    /// "elect", "électo", "المنتخب": a title right before one is the next holder's, not the
    /// current holder's ("Senegal's President-elect" is not Senegal's president).
    let electWords: [String]?
    /// Words skipped between a title and a name ("Mr", "Sheikh", "M").
    let honorifics: [String]
    /// Honorifics that are given names when capitalised: "don Pedro Sánchez", but "Don Farrell".
    let lowerCaseHonorifics: [String]?
    /// Phrases qualifying a title, skipped between it and the name ("ministro de Exteriores en
    /// funciones, José Manuel Albares", "par intérim").
    let titleQualifiers: [String]?
    /// Words between a country and the title it qualifies ("Maldives' new foreign minister").
    let titlePremodifiers: [String]?
    /// "new", "nouveau", "الجديد": right before a bare title (or after it, in Arabic), the
    /// story's party in that office whose term began last ("Le nouveau président a reçu un appel").
    let newWords: [String]?
    /// A title said again by its article and "of" ("el canciller de Brasil, X, y el de Colombia,
    /// Y", "celui de Colombie"): the previous title, for the country and person that follow.
    let elidedTitles: [String]?
    /// Lower-case words allowed inside a name ("bin", "al", "von der").
    let nameParticles: [String]
    /// Words of a clause that opens after a comma to give a named person a further title ("فؤاد
    /// حسين، وهو أيضا نائب رئيس الحكومة،", "X, who is also deputy prime minister,"): that title
    /// is the person's, not another party.
    let appositionWords: [String]?
    /// The honorifics a Gulf-style given name follows ("Sheikh Mohamed" is Mohamed bin Zayed,
    /// not a holder surnamed Mohamed): the word after one is matched against given names.
    let givenNameHonorifics: [String]?
    /// Prepositions that open a qualifier between a bare title and its holder's name ("وزير
    /// الخارجية في الحكومة السورية الانتقالية X", "the foreign minister in the interim government,
    /// X" without the comma): the title is that person's, not another party.
    let qualifierPrepositions: [String]?
    /// Words that open a portfolio after a title ("ministre d'État chargé des ressources
    /// pétrolières (gaz), X", "the minister in charge of gas, X"): the portfolio runs to the comma
    /// before the holder's name, lower-case words included.
    let portfolioLinks: [String]?
    /// Names of portfolios ("energy", "équipement", "agricultura"): after a title's "of" word, a
    /// run of them ends right before the holder's name ("Minister of Energy Karine Elharrar").
    let portfolioWords: [String]?
    /// Articles and possessive determiners ("the", "son", "su"): a lower-case word right after
    /// one is a noun, so capitalised words after that noun name a thing ("sur son compte Liberty
    /// Square, le ministre"), not a person.
    let nounDeterminers: [String]?
    /// Words that bring in a father's name inside a name ("bin", "ben", "بن"): a known name
    /// followed by one and a father the official's own names do not give is someone else's
    /// ("Sheikh Mohamed bin Abdulrahman" is not the "Sheikh Mohamed" of the knowledge base).
    let patronymParticles: [String]?
}
