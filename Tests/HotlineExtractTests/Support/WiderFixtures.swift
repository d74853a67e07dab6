@testable import HotlineExtract

/// A second small knowledge base (real public officials, our own data entries) with heads of
/// state and government of more countries and two organisations, for multi-party, topic-owner
/// and initiator tests.
enum WiderFixtures {
    static let officials = """
    {"version": 1, "officials": [
     {"id": "nasser-bourita", "name": "Nasser Bourita", "aliases": ["ناصر بوريطة"], "short": ["Bourita"], "gender": "m",
      "offices": [{"kind": "foreign-minister", "role": "Minister of Foreign Affairs", "country": "MA", "from": "2017-04-05", "to": null}]},
     {"id": "jose-manuel-albares", "name": "José Manuel Albares", "aliases": ["خوسيه مانويل ألباريس"], "short": ["Albares"], "gender": "m",
      "offices": [{"kind": "foreign-minister", "role": "Minister of Foreign Affairs", "country": "ES", "from": "2021-07-12", "to": null}]},
     {"id": "ayman-safadi", "name": "Ayman Safadi", "aliases": ["أيمن الصفدي"], "short": ["Safadi", "الصفدي"], "gender": "m",
      "offices": [{"kind": "foreign-minister", "role": "Minister of Foreign Affairs", "country": "JO", "from": "2017-02-15", "to": null}]},
     {"id": "donald-trump", "name": "Donald Trump", "aliases": ["دونالد ترامب"], "short": ["Trump", "ترامب"], "gender": "m",
      "offices": [{"kind": "head-of-state", "role": "President of the United States", "country": "US", "from": "2025-01-20", "to": null}]},
     {"id": "steve-witkoff", "name": "Steve Witkoff", "aliases": ["ستيف ويتكوف"], "short": ["Witkoff"], "gender": "m",
      "offices": [{"kind": "envoy", "role": "Special Envoy", "country": "US", "from": "2025-01-20", "to": null}]},
     {"id": "giorgia-meloni", "name": "Giorgia Meloni", "aliases": ["جورجيا ميلوني"], "short": ["Meloni"], "gender": "f",
      "offices": [{"kind": "head-of-government", "role": "Prime Minister of Italy", "country": "IT", "from": "2022-10-22", "to": null}]},
     {"id": "sergio-mattarella", "name": "Sergio Mattarella", "aliases": ["سيرجيو ماتاريلا"], "short": ["Mattarella"], "gender": "m",
      "offices": [{"kind": "head-of-state", "role": "President of Italy", "country": "IT", "from": "2015-02-03", "to": null}]},
     {"id": "joseph-aoun", "name": "Joseph Aoun", "aliases": ["جوزيف عون"], "short": [], "gender": "m",
      "offices": [{"kind": "head-of-state", "role": "President of Lebanon", "country": "LB", "from": "2025-01-09", "to": null}]},
     {"id": "ahmed-al-sharaa", "name": "Ahmed al-Sharaa", "aliases": ["أحمد الشرع"], "short": ["al-Sharaa"], "gender": "m",
      "offices": [{"kind": "head-of-state", "role": "President of Syria", "country": "SY", "from": "2025-01-29", "to": null}]},
     {"id": "tamim-bin-hamad", "name": "Tamim bin Hamad Al Thani", "aliases": ["تميم بن حمد آل ثاني"], "short": [], "gender": "m",
      "offices": [{"kind": "head-of-state", "role": "Emir of Qatar", "country": "QA", "from": "2013-06-25", "to": null}]},
     {"id": "kyriakos-mitsotakis", "name": "Kyriakos Mitsotakis", "aliases": [], "short": ["Mitsotakis"], "gender": "m",
      "offices": [{"kind": "head-of-government", "role": "Prime Minister of Greece", "country": "GR", "from": "2019-07-08", "to": null}]},
     {"id": "recep-tayyip-erdogan", "name": "Recep Tayyip Erdoğan", "aliases": ["Recep Tayyip Erdogan"], "short": ["Erdogan", "Erdoğan"], "gender": "m",
      "offices": [{"kind": "head-of-state", "role": "President of Turkey", "country": "TR", "from": "2014-08-28", "to": null}]},
     {"id": "mark-rutte", "name": "Mark Rutte", "aliases": [], "short": ["Rutte"], "gender": "m",
      "offices": [{"kind": "secretary-general", "role": "Secretary General of NATO", "country": "NATO", "from": "2024-10-01", "to": null}]},
     {"id": "moussa-faki", "name": "Moussa Faki Mahamat", "aliases": [], "short": ["Faki"], "gender": "m",
      "offices": [{"kind": "commission-president", "role": "Chairperson of the African Union Commission", "country": "AFU", "from": "2017-03-14", "to": "2025-02-15"}]}
    ]}
    """

    static let countries = """
    {"version": 1, "countries": [
     {"code": "US", "name": "United States", "names": {"en": ["United States"], "fr": ["États-Unis"], "es": ["Estados Unidos"], "ar": ["الولايات المتحدة"]},
      "demonyms": {"en": ["American"], "fr": ["américain"], "es": ["estadounidense"], "ar": ["الأمريكي"]}},
     {"code": "MA", "name": "Morocco", "names": {"en": ["Morocco"], "fr": ["Maroc"], "es": ["Marruecos"], "ar": ["المغرب"]},
      "demonyms": {"en": ["Moroccan"], "fr": ["marocain"], "es": ["marroquí"], "ar": ["المغربي"]}},
     {"code": "ES", "name": "Spain", "names": {"en": ["Spain"], "fr": ["Espagne"], "es": ["España"], "ar": ["إسبانيا"]},
      "demonyms": {"en": ["Spanish"], "fr": ["espagnol"], "es": ["español"], "ar": ["الإسباني"]}},
     {"code": "JO", "name": "Jordan", "names": {"en": ["Jordan"], "fr": ["Jordanie"], "es": ["Jordania"], "ar": ["الأردن"]},
      "demonyms": {"en": ["Jordanian"], "fr": ["jordanien"], "es": ["jordano"], "ar": ["الأردني"]}},
     {"code": "IT", "name": "Italy", "names": {"en": ["Italy"], "fr": ["Italie"], "es": ["Italia"], "ar": ["إيطاليا"]},
      "demonyms": {"en": ["Italian"], "fr": ["italien", "italienne"], "es": ["italiano", "italiana"], "ar": ["الإيطالي", "الإيطالية"]},
      "leader": "head-of-government"},
     {"code": "LB", "name": "Lebanon", "names": {"en": ["Lebanon"], "fr": ["Liban"], "es": ["Líbano"], "ar": ["لبنان"]},
      "demonyms": {"en": ["Lebanese"], "fr": ["libanais"], "es": ["libanés"], "ar": ["اللبناني"]}},
     {"code": "SY", "name": "Syria", "names": {"en": ["Syria"], "fr": ["Syrie"], "es": ["Siria"], "ar": ["سوريا"]},
      "demonyms": {"en": ["Syrian"], "fr": ["syrien"], "es": ["sirio"], "ar": ["السوري"]}},
     {"code": "QA", "name": "Qatar", "names": {"en": ["Qatar"], "fr": ["Qatar"], "es": ["Catar"], "ar": ["قطر"]},
      "demonyms": {"en": ["Qatari"], "fr": ["qatari"], "es": ["catarí"], "ar": ["القطري"]}},
     {"code": "IR", "name": "Iran", "names": {"en": ["Iran"], "fr": ["Iran"], "es": ["Irán"], "ar": ["إيران"]},
      "demonyms": {"en": ["Iranian"], "fr": ["iranien"], "es": ["iraní"], "ar": ["الإيراني"]}},
     {"code": "GR", "name": "Greece", "names": {"en": ["Greece"], "fr": ["Grèce"], "es": ["Grecia"], "ar": ["اليونان"]},
      "demonyms": {"en": ["Greek"], "fr": ["grec"], "es": ["griego"], "ar": ["اليوناني"]}},
     {"code": "TR", "name": "Turkey", "names": {"en": ["Turkey"], "fr": ["Turquie"], "es": ["Turquía"], "ar": ["تركيا"]},
      "demonyms": {"en": ["Turkish"], "fr": ["turc"], "es": ["turco"], "ar": ["التركي"]}},
     {"code": "AU", "name": "Australia", "names": {"en": ["Australia"], "fr": ["Australie"], "es": ["Australia"], "ar": ["أستراليا"]},
      "demonyms": {"en": ["Australian"], "fr": ["australien"], "es": ["australiano"], "ar": ["الأسترالي"]}},
     {"code": "NATO", "name": "NATO", "kind": "organisation", "names": {"en": ["NATO"], "fr": ["OTAN"], "es": ["OTAN"], "ar": ["الناتو"]}},
     {"code": "AFU", "name": "African Union", "kind": "organisation", "reportCode": "AU",
      "names": {"en": ["African Union"], "fr": ["Union africaine"], "es": ["Unión Africana"], "ar": ["الاتحاد الأفريقي"]}}
    ]}
    """

    static let extractor = Extractor(resources: ExtractionResources(officials: officials, countries: countries))

    static func extract(_ text: String, published: String = "2025-03-20", language: String? = nil) -> [CallEvent] {
        extractor.extract(Article(text: text, publishedAt: EventDate(iso: published), language: language)).events
    }

    static func names(_ e: CallEvent) -> Set<String> { Set(e.participants.compactMap(\.name)) }
}

extension WiderFixtures {
    /// The bundled grammar of one language.
    static func grammar(_ language: String) -> LexiconIndexes.Grammar {
        ExtractionResources.shared.indexes.grammar[language]!
    }
}
