/// A call reported by one article.
public struct CallEvent: Sendable {
    /// Always "call" for now; the field exists so other event types can follow.
    public var type: String
    public var date: EventDate?
    public var participants: [Participant]
    /// Index into `participants` of the party that placed the call, when the text says.
    public var initiator: Int?
    public var topics: [Topic]
    /// The sentence(s) that report the call, as they stand in the text.
    public var evidence: [String]
    /// The call's own context (the sentences of its story that report and describe it);
    /// used to decide whether two undated reports describe the same call.
    public var context: String
    /// How sure the extractor is that this is a real call with these parties, in [0, 1].
    public var confidence: Double
    /// The text places the call in a period without dating it ("last week"): it takes no
    /// date from the dateline.
    var vaguelyDated = false
    /// The date is the day a statement reported the call ("..., his office said on Friday"): a
    /// later sentence that gives the call's own day ("the call, which took place on Thursday")
    /// replaces it.
    var datedByStatement = false
    /// The date is the day of the call the story reported before, the sentence giving none of
    /// its own: a later sentence that leaves this call's day untold ("The Foreign Office did not
    /// say when the conversation took place") takes it away.
    var datedByEarlierCall = false

    public init(type: String = "call", date: EventDate?, participants: [Participant], initiator: Int?,
                topics: [Topic], evidence: [String], context: String, confidence: Double) {
        self.type = type
        self.date = date
        self.participants = participants
        self.initiator = initiator
        self.topics = topics
        self.evidence = evidence
        self.context = context
        self.confidence = confidence
    }

    /// The call's own day, given later in the story, when the report has no date or only the day
    /// a statement gave (`datedByStatement`).
    mutating func takeOwnDay(_ day: EventDate) {
        guard date == nil || datedByStatement else { return }
        date = day
        datedByStatement = false
    }

    /// Parties this report names only by office ("le ministre marocain") take the name another
    /// report of the call gives a party of that country; each party is then listed once.
    mutating func nameOffices(from other: CallEvent) {
        for (i, p) in participants.enumerated() where p.name == nil {
            if let named = other.participants.first(where: { $0.name != nil && $0.country == p.country }) { participants[i] = named }
        }
        dropRepeatedParticipants()
    }

    /// Keeps each party once (its first listing) when naming a nameless office after another
    /// report listed its holder twice; the initiator follows its party.
    mutating func dropRepeatedParticipants() {
        var seen = Set<String>()
        let keep = participants.map { seen.insert($0.identityKey).inserted }
        guard keep.contains(false) else { return }
        let initiatorKey = initiator.map { participants[$0].identityKey }
        participants = participants.indices.filter { keep[$0] }.map { participants[$0] }
        initiator = initiatorKey.flatMap { k in participants.firstIndex { $0.identityKey == k } }
    }
}
