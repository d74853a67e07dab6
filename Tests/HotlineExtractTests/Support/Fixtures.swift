@testable import HotlineExtract

/// A small invented-format knowledge base (real public officials, our own data entries) so the
/// tests do not depend on the full data files.
enum Fixtures {
    static let officials = """
    {"version": 1, "officials": [
     {"id": "antony-blinken", "name": "Antony Blinken", "aliases": ["Anthony Blinken", "أنتوني بلينكن"], "short": ["Blinken"], "gender": "m",
      "offices": [{"kind": "foreign-minister", "role": "Secretary of State", "country": "US", "from": "2021-01-26", "to": "2025-01-20"}]},
     {"id": "marco-rubio", "name": "Marco Rubio", "aliases": [], "short": ["Rubio"], "gender": "m",
      "offices": [{"kind": "foreign-minister", "role": "Secretary of State", "country": "US", "from": "2025-01-21", "to": null}]},
     {"id": "nasser-bourita", "name": "Nasser Bourita", "aliases": ["Naser Bourita", "ناصر بوريطة"], "short": ["Bourita"], "gender": "m",
      "offices": [{"kind": "foreign-minister", "role": "Minister of Foreign Affairs", "country": "MA", "from": "2017-04-05", "to": null}]},
     {"id": "jose-manuel-albares", "name": "José Manuel Albares", "aliases": ["Jose Manuel Albares", "خوسيه مانويل ألباريس"], "short": ["Albares", "ألباريس"], "gender": "m",
      "offices": [{"kind": "foreign-minister", "role": "Minister of Foreign Affairs", "country": "ES", "from": "2021-07-12", "to": null}]},
     {"id": "ned-price", "name": "Ned Price", "aliases": [], "short": ["Price"], "gender": "m",
      "offices": [{"kind": "spokesperson", "role": "State Department Spokesperson", "country": "US", "from": "2021-01-20", "to": "2023-03-31"}]},
     {"id": "matthew-miller", "name": "Matthew Miller", "aliases": [], "short": ["Miller"], "gender": "m",
      "offices": [{"kind": "spokesperson", "role": "State Department Spokesperson", "country": "US", "from": "2023-05-01", "to": "2025-01-20"}]},
     {"id": "emmanuel-macron", "name": "Emmanuel Macron", "aliases": ["إيمانويل ماكرون"], "short": ["Macron", "ماكرون"], "gender": "m",
      "offices": [{"kind": "head-of-state", "role": "President of France", "country": "FR", "from": "2017-05-14", "to": null}]},
     {"id": "mohammed-vi", "name": "Mohammed VI", "aliases": ["Mohamed VI", "محمد السادس"], "short": ["Mohammed VI", "Mohamed VI"], "gender": "m",
      "offices": [{"kind": "head-of-state", "role": "King of Morocco", "country": "MA", "from": "1999-07-23", "to": null}]},
     {"id": "ayman-safadi", "name": "Ayman Safadi", "aliases": ["أيمن الصفدي"], "short": ["Safadi", "الصفدي"], "gender": "m",
      "offices": [{"kind": "foreign-minister", "role": "Minister of Foreign Affairs", "country": "JO", "from": "2017-02-15", "to": null}]}
    ]}
    """

    static let countries = """
    {"version": 1, "countries": [
     {"code": "US", "name": "United States", "names": {"en": ["United States", "US", "U.S."], "fr": ["États-Unis"], "es": ["Estados Unidos"], "ar": ["الولايات المتحدة"]},
      "demonyms": {"en": ["American"], "fr": ["américain", "américaine"], "es": ["estadounidense"], "ar": ["الأمريكي", "الأمريكية"]}, "capitals": {"en": ["Washington"]}},
     {"code": "MA", "name": "Morocco", "names": {"en": ["Morocco"], "fr": ["Maroc"], "es": ["Marruecos"], "ar": ["المغرب"]},
      "demonyms": {"en": ["Moroccan"], "fr": ["marocain", "marocaine"], "es": ["marroquí"], "ar": ["المغربي"]}, "capitals": {"en": ["Rabat"]}},
     {"code": "ES", "name": "Spain", "names": {"en": ["Spain"], "fr": ["Espagne"], "es": ["España"], "ar": ["إسبانيا"]},
      "demonyms": {"en": ["Spanish"], "fr": ["espagnol", "espagnole"], "es": ["español", "española"], "ar": ["الإسباني"]}, "capitals": {"en": ["Madrid"]}},
     {"code": "FR", "name": "France", "names": {"en": ["France"], "fr": ["France"], "es": ["Francia"], "ar": ["فرنسا"]},
      "demonyms": {"en": ["French"], "fr": ["français", "française"], "es": ["francés", "francesa"], "ar": ["الفرنسي"]}, "capitals": {"en": ["Paris"], "fr": ["Paris", "Élysée"]}},
     {"code": "JO", "name": "Jordan", "names": {"en": ["Jordan"], "fr": ["Jordanie"], "es": ["Jordania"], "ar": ["الأردن"]},
      "demonyms": {"en": ["Jordanian"], "fr": ["jordanien", "jordanienne"], "es": ["jordano"], "ar": ["الأردني"]}, "capitals": {"en": ["Amman"]},
      "domains": ["jo"]}
    ]}
    """

    static let resources = ExtractionResources(officials: officials, countries: countries)
    static let extractor = Extractor(resources: resources)

    static func day(_ iso: String) -> EventDate { EventDate(iso: iso)! }

    /// The events of `text` (with `language` given, not detected, when set).
    static func extract(_ text: String, published: String? = nil, language: String? = nil) -> [CallEvent] {
        extractor.extract(Article(text: text, publishedAt: published.map(day), language: language)).events
    }

    /// An extractor over the bundled knowledge base and lexicons (the shipped data files).
    static let bundled = Extractor()

    /// The events of `text` read with the bundled data.
    static func extractBundled(_ text: String, published: String) -> [CallEvent] {
        bundled.extract(Article(text: text, publishedAt: day(published))).events
    }

    static func names(_ e: CallEvent) -> Set<String> { Set(e.participants.compactMap(\.name)) }

    /// The mentions the mention finder reads in `text` with the fixture knowledge base.
    static func mentions(_ text: String) -> [Mention] {
        MentionFinder(knowledge: resources.knowledge, titles: resources.titles, indexes: resources.indexes).mentions(in: Tokenizer.tokenize(text))
    }

    /// The name of the party that placed the call, nil when none is known (or no event).
    static func caller(_ e: CallEvent?) -> String? {
        e.flatMap { ev in ev.initiator.flatMap { ev.participants[$0].name } }
    }
}
