/// Call-trigger grammar words per language, from `lexicons/triggers.json` (see LEXICONS.md).
struct TriggerLexicon: Sendable, Decodable {
    /// How a trigger phrase reports a call.
    enum Kind: String, Sendable, Decodable {
        /// Unambiguous ("phone call", "par téléphone", "اتصالا هاتفيا").
        case strong
        /// The subject placed the call ("phoned", "a appelé").
        case active
        /// The party after the phrase placed the call ("received a call from").
        case passive
        /// A call noun that needs parties around it ("call", "appel").
        case noun
        /// A verb of talking that is a call only in a story that reports one ("spoke with").
        case weak
    }

    /// One trigger phrase.
    struct Trigger: Sendable, Decodable {
        let phrase: String
        let kind: Kind
        /// Several calls ("calls", "appels").
        let plural: Bool?
        /// Counts only when a party follows directly ("called X", not "called for").
        let needsObject: Bool?
        /// Words that, right after the object, give the verb another sense ("called X to act").
        let notFollowedBy: [LexiconWord]?
        /// Words that, right after the phrase, make it something else ("call for", "appel à").
        let notBefore: [LexiconWord]?
        /// Counts only when a `with` word follows within five words ("habló el sábado con X").
        let needsWith: Bool?
        /// Counts only when a date adverbial follows and the object after it ("llamó el domingo a
        /// X": the preposition of "llamó a" is not next to the verb).
        let objectAfterDate: Bool?
        /// A talking verb whose subject got in touch, so placed the call ("se comunicó con X",
        /// "reached out to X": "X contacted Y" counts as X).
        let subjectCalls: Bool?
        /// A noun of talking in general ("conversation"): not a call in a sentence that tells of a
        /// meeting ("met X in Florida and had a very good conversation").
        let talkNoun: Bool?
    }

    /// The grammar words of one language.
    struct Language: Sendable, Decodable {
        let triggers: [Trigger]
        /// Words introducing the caller after a call noun ("from", "de", "من").
        let from: [String]
        let with: [String]
        /// Words after a weak trigger that make it not a call ("spoke of", "spoke at").
        let notAfterWeak: [String]?
        /// Cues that the parties were called one by one.
        let separate: [String]
        /// Cues that several parties were on one call together ("trilateral", "los tres
        /// cancilleres"): a plural title or counterparts then make one call, not one per party.
        let joint: [String]?
        /// Cues that a call was of two parties only ("bilateral", "ثنائي"): a denial with one denies
        /// no call of more parties.
        let bilateral: [String]?
        /// Phrases that make a call noun refer back to a call already reported ("the conversation
        /// was the first since ...", "la llamada fue"): no new call, and its dates are not the call's.
        let backReference: [String]?
        /// Between a call word and a date: the date is another event's ("the call came after
        /// Tuesday's attack", "tras las elecciones del 28 de julio").
        let otherEventDate: [String]?
        /// Phrases whose next-to-last word is no `otherEventDate` word before their last ("après
        /// midi", the afternoon; "في وقت سابق", earlier).
        let otherEventDateExceptions: [String]?
        /// "respectively": n callers before the trigger, n parties after it, called pairwise.
        let respectively: [String]?
        /// Local negation cues, near the trigger ("not", "aucun").
        let negation: [String]
        /// Denial verbs anywhere in the sentence ("denied", "a démenti", "نفى").
        let denial: [String]?
        /// What a denial may deny that is not a call ("involvement", "implication", "تورط"):
        /// a denial cue followed closely by one denies no call.
        let deniedMatters: [String]?
        /// Pronouns that stand for a call just reported when they open a sentence ("it",
        /// "celui-ci"): an `initiative` cue after one tells who placed it.
        let callPronouns: [String]?
        /// Words that bring the Gregorian equivalent of a date in another calendar ("الموافق",
        /// "correspondant au"): what stands before them is that same day.
        let calendarEquivalents: [String]?
        /// "Nothing indicates", "rien n'indique", "لا يوجد ما يشير": anywhere before the trigger in
        /// its sentence, the call is negated.
        let absence: [String]?
        /// "During", "lors de", "خلال": right before a call word, the call is where something else
        /// happened or not ("they did not discuss X during the call"), so a negation is not the call's.
        let during: [String]?
        let future: [String]
        /// Cues of a non-call exchange (meetings, letters) that disqualify weak triggers.
        let nonCall: [String]
        /// Cues of an in-person encounter anywhere in a story: then "X spoke with Y" needs a call
        /// word elsewhere in the story to count.
        let inPerson: [String]?
        /// Cues that the call is with the press ("told reporters by phone", "contacted by phone").
        let mediaCall: [String]?
        /// Reporting verbs: "X said Y called Z" makes X the speaker, not a party.
        let speech: [String]?
        /// Words that open another clause: cues after them do not govern the trigger.
        let clauseBreaks: [String]?
        /// Phrases saying calls recur ("it is not the first time that", "no es la primera vez
        /// que"): a call word after them in their sentence tells of calls in general, not of one.
        let recurrence: [String]?
        /// Pronouns for the pair of the story's last call ("ambos", "tous deux"): right before
        /// the call words, they are its subject ("ambos hablaron por teléfono").
        let pairPronouns: [String]?
        /// Pronouns that stand for the pair of the story's last call, and only after one ("they").
        let callPairPronouns: [String]?
        /// What a correction says an earlier version of the article reported ("A previous version
        /// of this article said the call took place on Wednesday"): no report of a call.
        let supersededReports: [String]?
        /// Words before a second date of the same talk ("on May 2 and again on May 8", "el
        /// lunes y nuevamente el jueves"): a second call, on that day.
        let again: [String]?
        /// Words joining two clauses of one subject ("and", "puis", "y luego", "ثم"): after a
        /// meeting's clause, the party it names is not on the call the next clause reports
        /// ("X met Y and then phoned his team").
        let coordinators: [String]?
        /// Phrases ending in a clause-break word that join noun phrases instead ("ainsi que", as
        /// well as): the parties after them belong to the same clause.
        let joiningPhrases: [String]?
        /// A reporting verb and a question word ("say who", "précisé qui", "يحدد من"): a
        /// negation right before them leaves a detail of the call untold and denies no call
        /// ("the statement did not say who had placed the call").
        let undisclosedDetail: [String]?
        /// Set phrases with a call word that mean no call ("llamado a consultas", an ambassador
        /// recalled; "appel d'offres", "wake-up call"): a trigger inside one is none.
        let idioms: [String]?
        /// First-person subjects and verbs ("I", "je", "hablé", "أجريت"): a call told in the first
        /// person is the speaker's, who may be named only in the closing attribution ("I spoke
        /// with X about Y, Z wrote").
        let firstPerson: [String]?
        /// Phrases that put another event on the call's own day ("hours after", "peu après",
        /// "بعد ساعات"): the date of that event dates the call too.
        let sameDayLinks: [String]?
        /// Phrases opening a sentence on a call made at the end of the event the sentence before
        /// told ("At the end of the summit", "À l'issue du sommet", "وفي ختام"): that event's day
        /// dates a call the sentence gives no day of its own.
        let eventEndLinks: [String]?
        /// Ordinals that open a sentence on one of several calls the story counted ("The first
        /// took place on Monday", "La primera tuvo lugar el lunes"): its day dates the undated
        /// call the next sentence reports.
        let ordinalReferences: [String]?
        /// Endings of a written word (accents kept, lower case) that mark the future tense
        /// ("buscará", "hablarán"): such a verb earlier in the trigger's clause makes it planned.
        let futureEndings: [String]?
        /// Cues that the party after them placed the call ("at the initiative of", "بمبادرة من").
        let initiative: [String]?
        /// `initiative` cues that say on their own who placed the call just reported, in a sentence
        /// with no call word ("La iniciativa partió del ministro español", "the initiative came from").
        let initiativeStatements: [String]?
        /// Cues that the party named before them placed the call ("X had initiated the call",
        /// "X a pris l'initiative de l'appel").
        let initiatedBy: [String]?
        /// Verbs whose object is the call a relative clause hangs on, with nothing after them
        /// but the clause's end ("The call, which officials said X had requested, ..."): the
        /// party named between the relative pronoun and the verb placed the call.
        let gappedInitiatedBy: [String]?
        /// Verbs of placing a call ("أجرى"): with the called party written after the call words
        /// with a `calleeClitics` prefix ("أجرى اتصالا هاتفيا بنظيره"), the subject called.
        let placingVerbs: [String]?
        /// Words that make a call noun an adverbial of the clause before it ("X spoke with Y in a
        /// joint call that Z joined", "au cours d'un appel conjoint auquel Z a pris part"): one call.
        let callAdverbials: [String]?
        /// Words right after a call noun that make the party after them its caller ("اتصال هاتفي
        /// أجراه X", "a call placed by X", "una llamada realizada por X").
        let placedBy: [String]?
        /// Verbs of a call's arriving ("اتصالا هاتفيا ورد إلى X من Y", a call came to X from Y):
        /// right after a call noun, the from-word may follow the party called.
        let arrivalVerbs: [String]?
        /// Verbs of holding a call whose subject a pro-drop language may leave out ("El viernes
        /// mantuvo una conversación telefónica con X", "وأجرى اتصالا هاتفيا مع X"): right before
        /// a call phrase and after no party, the subject is the sentence before's.
        let heldVerbs: [String]?
        /// "and that", "y que", "et que": after a call's words, a second reported clause begins;
        /// who is named there is not on the call ("confirmó que había tenido una conversación con
        /// X y que las negociaciones tendrían al frente a Y").
        let clauseCoordinators: [String]?
        /// "already", "déjà", "سبق", a pluperfect: the sentence recalls an earlier call, so words
        /// pointing back to the pair's call on an earlier day of their own report that call.
        let recallMarkers: [String]?
        /// "recalled that", "a rappelé que", "recordó que": a call told after one of these is
        /// recalled in passing; its topics are those of its own sentence only.
        let recallVerbs: [String]?
        /// "أقل", "plus", "más": right before a from-word, a comparison ("خلال أقل من عشرة أيام",
        /// within less than ten days), not the caller's from-word.
        let comparatives: [String]?
        /// Verbs shortly before a call noun that make their subject the caller, whoever the
        /// from-word names ("X returned a call from Y": X placed this call).
        let returnedCall: [String]?
        /// Verbs of convening shortly before a call noun ("X convened a video call with A and B",
        /// "convocó una videollamada"): their subject placed the call, as with `returnedCall`.
        let convening: [String]?
        /// Framing clauses with a negation of their own ("it did not help that", "no es casualidad
        /// que"): the negation does not deny the call told in the clause after them.
        let negatedFrames: [String]?
        /// Units of time ("minutes", "heures"): right after a talking verb, "for" and such a unit
        /// within a few words give the call's length ("spoke for about 25 minutes"), not "spoke for".
        let durationUnits: [String]?
        /// Participles of taking office ("appointed", "élue", "nombrado"): a date right after one
        /// dates the appointment, not the call ("X, appointed in May, held a call with Y").
        let appointments: [String]?
        /// Nouns that refer back to a call ("exchange", "l'échange", "el intercambio"): one of them
        /// before an initiative cue opening the next sentence makes the cue the call's ("The
        /// exchange took place at the initiative of X").
        let exchangeNouns: [String]?
        /// "the meeting", "la cita", "هذا الاجتماع": nouns of the call too, as `exchangeNouns`, in a
        /// story that reports no meeting in person (a video call is "the meeting" later on).
        let meetingReferences: [String]?
        /// "both calls", "ces deux appels", "الاتصالين": an initiative the sentence tells is that of
        /// every call the latest report gave with the caller, not only the last.
        let bothCalls: [String]?
        /// Ordinal words with their number ("second": 2, "الثاني": 2): next to a noun of the
        /// exchange at a paragraph's opening ("In the second call, ...", "وفي الاتصال الثاني"),
        /// the paragraph speaks of that call of the ones the story reported.
        let callOrdinals: [String: Int]?
        /// Plural nouns of calls that, before a colon, announce a list of them ("a round of phone
        /// contacts:", "une série d'entretiens téléphoniques :"), besides the plural call triggers.
        let callListNouns: [String]?
        /// Participles of demanding ("demanding", "exigiendo", "مطالبا"): shortly after a call
        /// noun, with no party between, the noun is an appeal ("made their own call, publicly,
        /// demanding that ...").
        let appealFollowers: [String]?
        /// Verbs of joining a call ("took part in", "ont pris part à", "participaron en", "شارك
        /// في"): right before a call noun that refers back, the parties the sentence names join
        /// the story's latest call ("Outre X et Y, ont pris part à l'échange A, B et C").
        let joinedCall: [String]?
        /// Verbs of joining whose object is a pronoun for the call ("took part in it", "y avaient
        /// pris part", "participaron en ella", "شارك فيه"): in the sentence right after a call
        /// that named only its convener, the parties named are on that call.
        let joinedPronoun: [String]?
        /// Relative pronouns of an object, with their preposition ("whom", "à qui", "a quien"):
        /// after a party and its comma, with a calling verb right after, the party was called
        /// ("con el canciller Y, a quien llamó para ...": the sentence's subject placed the call).
        let objectRelatives: [String]?
        /// Prefixes of the called party's first word ("ب": "بنظيره", "to his counterpart").
        let calleeClitics: [String]?
        /// Words right after the call words that introduce the called party after a placing verb
        /// ("placed a call to X", "a passé un coup de fil à X", "hizo una llamada a X").
        let calleeWords: [LexiconWord]?
        /// Object pronouns after a `with` word, or with it fused ("with him", "avec lui", "con
        /// él", "معه"): the other party is the one the story named last.
        let withPronouns: [LexiconWord]?
        /// "the latter", "ce dernier", "este último": the last party named before.
        let latter: [String]?
        /// Words opening what the call was about ("about", "to discuss", "sobre", "بشأن"): people
        /// named after them are the subject matter, not parties, once the call has two parties.
        let contentMarkers: [String]?
        /// The content markers that open a relative clause about the call ("during which", "en la
        /// que"): people named after them may still be its parties.
        let relativeMarkers: [String]?
        /// Phrases naming the channel a report came through ("in a post on X", "según un mensaje
        /// publicado"): a letter/message word inside one does not make the call something else.
        let sourceCues: [String]?
        /// Cues that a talking verb continues a series of calls ("also", "también", "كما"): a weak
        /// trigger with one may report a call with a new pair.
        let continuation: [String]?
        /// Demonstrative call nouns opening a sentence ("After that call, ...", "Tras esa
        /// llamada"): the talk the sentence before reported ("X spoke with Y on May 2") was a call.
        let callAnaphors: [String]?
        /// Adverbs that may stand once inside a trigger phrase ("recibió además una llamada de",
        /// "a également reçu un appel de").
        let insertedAdverbs: [String]?
        /// Words right before a name that make it the owner of a noun phrase, never a party
        /// ("l'administration Trump", "el Gobierno de Donald Trump", "إدارة ترامب").
        let modifierHeads: [String]?
        /// Heads that make the name an owner only through an "of" word ("the envoy of Donald
        /// Trump", "l'émissaire de Trump"; but "envoy Steve Witkoff" is the envoy himself).
        let modifierHeadsWithOf: [String]?
        /// Words right after a name that do the same ("the Trump administration").
        let modifierTails: [String]?
        /// Words that, up to four words before a future cue, make it a past perfect
        /// ("كان ... قد تلقى").
        let pastMarkers: [String]?
        /// Back-references to an earlier call than the one reported ("the previous one", "en la
        /// anterior"): with a date of its own, the sentence recalls that earlier call.
        let previousCall: [String]?
        /// "After the one", "après celui", "when they spoke": `previousCall` phrases that count
        /// only in a sentence with a call word ("L'appel a suivi de peu celui que X avait passé à Y
        /// le 4"), since they may stand for any event or a talk in person.
        let previousOne: [String]?
        /// Existential negation ("there was no", "il n'y a pas eu", "no hubo", "لم يجر"): up to
        /// twelve words before a call word in its clause, whatever stands between, the call is denied.
        let existentialNegation: [String]?
        /// An arrangement to stay in touch ("agreed to keep in regular contact", "rester en
        /// contact", "mantener contacto", "مواصلة التواصل"): up to ten words before a call word,
        /// the call is what they will do, not one that took place.
        let arrangement: [String]?
        /// Attribution heads ("according to", "selon", "según", "بحسب"): who is named after one,
        /// up to the next comma, is the source of the report, not a party, when the call has two
        /// parties without them.
        let attribution: [String]?
        /// Participles that date another event named by a noun ("the agreement signed on January
        /// 1", "l'accord conclu le", "الموقع في"): a date up to five words after one is not the call's.
        let otherEventParticiples: [String]?
        /// Phrases ending right on a call word that speak of a call already reported ("during the
        /// call with", "lors de l'entretien avec", "خلال الاتصال مع"): with no party new to the
        /// story's calls, no new call.
        let callReference: [String]?
        /// Object pronouns of a calling verb, right before it (French, Spanish: "lo llamó", "l'a
        /// appelé") or right after it (English, Arabic: "called him", "اتصل به"): the called party
        /// is the one the story's calls share ("X received calls from A and B. C also called him").
        let objectPronouns: [String]?
        /// First-person object pronouns of a calling verb, placed as `objectPronouns` ("me llamó",
        /// "m'a appelé", "called me", "اتصل بي"): the speaker was called, so the party the
        /// sentence names after the verb placed the call.
        let firstPersonObjects: [String]?
        /// Phrases that put a call noun's own clause ahead ("in the coming days", "مطروح"): the
        /// call is not held yet, even past the reach of `future` cues.
        let comingCues: [String]?
        /// Participles of planning that count as `comingCues` only right after a comma, in
        /// apposition to the call's noun phrase ("l'entretien entre A et B, prévu à 16 heures"),
        /// not when they qualify another noun ("au sujet du sommet prévu à Rabat").
        let comingParticiples: [String]?
        /// Words opening a call's purpose ("to", "pour", "para"): a future cue after them tells
        /// what the call was for ("called X to see if Y would help"), not that it is ahead.
        let purposeLeads: [String]?
        /// What may follow a calling verb with a pronoun object (after the pronoun in English and
        /// Arabic, after the verb in French and Spanish) for it to be a call: punctuation, a date or
        /// one of these words ("lo llamó más tarde", not "lo llamó traidor"; "called him on Monday",
        /// not "called him a liar").
        let pronounObjectFollowers: [String]?
        /// A call that did not take place: cancelled, postponed, requested or attempted, in the
        /// trigger's clause before it ("cancelled the call", "a sollicité un entretien téléphonique",
        /// "intentó llamar", "تم تأجيل الاتصال").
        let unrealized: [String]?
        /// The same said after a call noun, in the clause it heads ("the call was postponed", "fue
        /// cancelada", "n'a pas eu lieu").
        let unrealizedAfter: [String]?
        /// Infinitive markers ("to"): a calling verb right after one that follows a name is a
        /// headline's future ("Albanese to call Manele", "Ishiba to speak with Biden").
        let headlineInfinitive: [String]?
        /// The word that brings in what a calling verb's object is urged to do ("a" in "llamó a X a
        /// respetar", "à" in "a appelé X à faire"): with an infinitive after it, an exhortation.
        let exhortation: [String]?
        /// What a call is for, after a `notFollowedBy` word ("called X to congratulate him", not
        /// "called X to act"): the verb is a call after all.
        let callPurposes: [String]?
        /// Relative pronouns: a date in a relative clause on a word after the call's words ("about
        /// the summit that was held in Cairo on Tuesday") dates what that word names, not the call.
        let relativePronouns: [String]?
        /// Words that open a reported clause after a verb of speech ("that", "que", "أن"): "X
        /// said that the call was held at the initiative of Y" reports its clause from there.
        let complementizers: [String]?
        /// Auxiliaries of the passive right before a calling verb ("was called", "a été appelé",
        /// "fue llamado"): the caller is the party after an `agentWords` word.
        let passiveAuxiliaries: [String]?
        /// Words introducing the agent of a passive ("by", "par", "por").
        let agentWords: [String]?
        /// Auxiliaries of the active perfect ("a", "ha", "had"): right before a `mediaCall`
        /// participle ("a contacté par téléphone le président") the verb is active, a call.
        let perfectAuxiliaries: [String]?
        /// Auxiliaries of the pluperfect ("had", "avait", "había"): a call so told happened before
        /// the story's events, so a partyless call sentence in it is no call of the pair just named.
        let pluperfectAuxiliaries: [String]?
        /// "just", "juste", "recién": right after a pluperfect auxiliary, the past is the report's
        /// own moment ("saying he had just held a call"), not an earlier one.
        let recentPast: [String]?
        /// Verbs of a ceremony ("inaugurated", "a inauguré", "inauguraron", "افتتح"): before a video
        /// or phone word in their clause, the ceremony was held by link; no call.
        let ceremonies: [String]?
        /// Taking part in a gathering by link: a verb before a video or phone word in its clause
        /// and a gathering's noun in the sentence ("took part by videoconference in the summit",
        /// "addressed the conference by video link"): no call.
        let remoteAttendance: RemoteAttendance?
        /// Nouns after a possessive that make the possessor the caller ("at Biden's request", "on
        /// the emir's initiative").
        let possessiveInitiative: [String]?
        /// Determiners that make the call word after them definite ("the", "la", "cette", "هذا"):
        /// in a story that already reports a call, a definite call word with no `with` or `from`
        /// word after it speaks of that call ("Miller later confirmed the call").
        let definiteDeterminers: [String]?
        /// Prefixes that make a call word definite on their own (Arabic "ال", "وال": "الاتصال").
        let definitePrefixes: [String]?
    }

    let languages: [String: Language]

    /// Verbs of taking part and the gatherings taken part in (`remoteAttendance`).
    struct RemoteAttendance: Sendable, Decodable {
        let verbs: [String]
        let gatherings: [String]
    }
}
