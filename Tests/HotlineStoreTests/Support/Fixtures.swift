import HotlineStore

/// Hand-written fixtures: fictional people and articles (no corpus text).
enum Fixture {
    static let marchand = NewParticipant(key: "fr.marchand", name: "Élodie Marchand", country: "FR", role: "Foreign Minister",
                                         aliases: ["E. Marchand"])
    static let ibanez = NewParticipant(key: "es.ibanez", name: "Tomás Ibáñez", country: "ES", role: "Foreign Minister", aliases: [])
    static let haddad = NewParticipant(key: "ma.haddad", name: "Abdel-Karim Haddad", country: "MA", role: "Prime Minister",
                                       aliases: ["Abdelkarim Haddad"])
    static let okafor = NewParticipant(key: "ng.okafor", name: "Chidi Okafor", country: "NG", role: "President", aliases: [])
    static let lindqvist = NewParticipant(key: "se.lindqvist", name: "Sofia Lindqvist", country: "SE", role: nil, aliases: [])

    /// Stands for "the article's own url" in `article(_:url:)`; pass nil for no url at all.
    static let ownURL = "<own url>"

    /// Article `n`: distinct url (`https://news.example/n`) and text hash per `n` unless given.
    static func article(_ n: Int, url: String? = ownURL, textHash: String? = nil, publishedAt: String? = "2024-03-01") -> NewArticle {
        NewArticle(url: url == ownURL ? "https://news.example/\(n)" : url, title: "Fixture \(n)", publishedAt: publishedAt,
                   language: "en", text: "Fixture article number \(n) about a phone call.",
                   textHash: textHash ?? "hash-\(n)")
    }

    static func call(_ participants: [NewParticipant], date: String?, type: String = "call",
                     topics: [(id: String, label: String)] = [], initiator: Int? = nil,
                     confidence: Double = 0.8, evidence: String = "They spoke by phone.",
                     context: String = "context") -> NewEvent {
        NewEvent(type: type, date: date, participants: participants, initiator: initiator, topics: topics,
                 evidence: evidence, context: context, confidence: confidence)
    }
}
