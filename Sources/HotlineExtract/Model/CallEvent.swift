import Foundation

/// An article handed to the extractor.
public struct Article: Sendable {
    /// Plain text (HTML is reduced to text with `HTMLText` before extraction).
    public var text: String
    public var title: String?
    public var url: String?
    /// Publication day; relative dates ("on Tuesday", "hier") resolve against it.
    public var publishedAt: EventDate?
    /// ISO 639-1 hint from the client; detection per story is used when nil.
    public var language: String?

    public init(text: String, title: String? = nil, url: String? = nil, publishedAt: EventDate? = nil, language: String? = nil) {
        self.text = text
        self.title = title
        self.url = url
        self.publishedAt = publishedAt
        self.language = language
    }
}

/// One party on a call, as far as the text and the knowledge base identify it.
public struct Participant: Sendable, Hashable {
    /// Canonical full name in Latin script; nil when the text names only an office.
    public var name: String?
    /// ISO 3166-1 alpha-2 code, or an organisation code (UN, EU, AU, NATO).
    public var country: String?
    public var role: String?
    /// Other spellings of the name (from the knowledge base), used to answer actor queries.
    public var aliases: [String]
    /// Knowledge-base id when the person was resolved against it.
    public var officialID: String?

    public init(name: String?, country: String?, role: String?, aliases: [String] = [], officialID: String? = nil) {
        self.name = name
        self.country = country
        self.role = role
        self.aliases = aliases
        self.officialID = officialID
    }
}

/// A catalogue topic (or a named item outside the catalogue) attached to an event.
public struct Topic: Sendable, Hashable {
    public var id: String
    public var label: String

    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}

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
}

/// What the extractor found in one article.
public struct Extraction: Sendable {
    /// Language of the article's main story (ISO 639-1), nil when undetermined.
    public var language: String?
    public var events: [CallEvent]

    public init(language: String?, events: [CallEvent]) {
        self.language = language
        self.events = events
    }
}

extension Participant {
    /// Identity of the party across articles: the knowledge-base id when resolved, otherwise the
    /// folded name and country, otherwise country and role ("office:MA:foreign minister").
    public var identityKey: String {
        if let officialID { return "kb:" + officialID }
        let fold: (String) -> String = { $0.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
        if let name { return "name:" + fold(name) + ":" + (country ?? "") }
        return "office:" + (country ?? "") + ":" + fold(role ?? "")
    }
}
