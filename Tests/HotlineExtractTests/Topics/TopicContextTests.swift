import Testing
@testable import HotlineExtract

private func topicIDs(_ page: String) -> Set<String> {
    let events = Fixtures.extract(page, published: "2025-03-20")
    return Set(events.first?.topics.map(\.id) ?? [])
}

@Test func aBackgroundParagraphAfterTheCallGivesNoTopic() {
    let page = """
    Rabat, March 18 - Secretary of State Antony Blinken held a phone call with Moroccan Foreign Minister Nasser Bourita. The two ministers discussed the autonomy plan.

    Background

    Morocco has received humanitarian aid shipments for the earthquake region since last year.
    """
    #expect(topicIDs(page) == ["western-sahara"])
}

@Test func aParagraphContinuingTheReportAddsItsTopics() {
    let page = """
    Rabat, March 18 - Secretary of State Antony Blinken held a phone call with Moroccan Foreign Minister Nasser Bourita.

    The two ministers also reviewed maritime traffic in the Red Sea and the Houthi threat.
    """
    #expect(topicIDs(page) == ["red-sea"])
}

// A readout's lines of date and time under its first sentence ("March 18, 2025", "16:45") do not
// end the report; a short section heading still counts as a paragraph of another matter.
@Test func aReadoutsDateAndTimeLinesDoNotEndTheReport() {
    let page = """
    Secretary of State Antony Blinken held a phone call with Moroccan Foreign Minister Nasser Bourita.

    March 18, 2025

    16:45

    Rabat

    The two ministers reviewed maritime traffic in the Red Sea and the Houthi threat.
    """
    #expect(topicIDs(page) == ["red-sea"])
}

@Test func frenchReportStopsAtParAilleurs() {
    let page = """
    Rabat, 18 mars - Le ministre des Affaires étrangères, M. Nasser Bourita, s'est entretenu par téléphone avec le secrétaire d'État américain, M. Antony Blinken.

    Les deux responsables ont évoqué la coopération sécuritaire entre les deux pays.

    Par ailleurs, le gouvernement a annoncé un nouveau programme d'aide humanitaire pour le Sahel.
    """
    #expect(topicIDs(page) == ["security-cooperation"])
}

@Test func spanishCaptionIsSkippedAndContextoEndsTheReport() {
    let page = """
    Madrid, 18 mar (EFE).- El canciller español, José Manuel Albares, habló por teléfono con su homólogo marroquí, Nasser Bourita.

    Foto: El ministro Albares en Madrid.

    Ambos cancilleres abordaron la seguridad fronteriza y el crimen organizado.

    Contexto: España y Marruecos firmaron un acuerdo sobre migración y energía renovable en 2023.
    """
    #expect(topicIDs(page) == ["security-cooperation"])
}

@Test func arabicReportStopsAtYudhkarAnna() {
    let page = """
    الرباط - أجرى وزير الخارجية ناصر بوريطة اتصالا هاتفيا مع وزير الخارجية الأمريكي أنتوني بلينكن.

    وبحث الجانبان التعاون الأمني بين البلدين.

    يذكر أن المغرب استضاف مؤتمرا حول المناخ العام الماضي.
    """
    #expect(topicIDs(page) == ["security-cooperation"])
}

@Test func aTitleFollowedByAnotherPersonsNameStartsAnotherSubject() {
    let context = TopicContext(cues: Fixtures.resources.topics.context)
    let own = Story(paragraphs: ["The minister stressed the need for calm."]).sentences[0]
    let other = Story(paragraphs: ["The minister, Karim Haddad, will visit the border."]).sentences[0]
    #expect(context.continuesReport(own, ["bourita"]))
    #expect(!context.continuesReport(other, ["bourita"]))
}

@Test(arguments: [
    ("They discussed regional security and trade.", "security-cooperation", true),
    ("Ils ont évoqué la sécurité régionale.", "security-cooperation", true),
    ("Hablaron de la seguridad fronteriza.", "security-cooperation", true),
    ("وبحثا أمن الحدود بين البلدين.", "security-cooperation", true),
    ("The fighting threatens the security of the region.", "security-cooperation", false),
    ("They welcomed the peace treaty between Armenia and Azerbaijan.", "nagorno-karabakh", true),
    ("Ils ont salué l'accord de paix entre l'Arménie et l'Azerbaïdjan.", "nagorno-karabakh", true),
    ("Celebraron el acuerdo de paz entre Armenia y Azerbaiyán.", "nagorno-karabakh", true),
    ("ورحبا باتفاق السلام بين أذربيجان وأرمينيا.", "nagorno-karabakh", true),
    ("They discussed the fight against Al-Shabaab.", "counterterrorism", true),
    ("Ils ont évoqué l'interconnexion électrique et le gazoduc.", "energy", true),
    ("He met the Energy Minister of Ghana.", "energy", false),
    ("The Red Sea Governorate hosted the delegation.", "red-sea", false),
    ("Both stressed respect for international humanitarian law.", "humanitarian-aid", false),
    ("وأكدا أهمية الدعم الإنساني للمدنيين.", "humanitarian-aid", true),
    ("Hablaron del acuerdo de libre comercio.", "trade-investment", true),
    ("Ils ont évoqué la situation sécuritaire au Sahel.", "security-cooperation", true),
    ("They went over the defence-spending targets.", "security-cooperation", true),
    ("Acordaron trabajar en la seguridad de la frontera común.", "security-cooperation", true),
    ("Reiteró su apoyo a la misión de apoyo a la seguridad en Haití.", "security-cooperation", true),
])
func newCuesAndNotCues(sentence: String, topic: String, found: Bool) {
    let r = Fixtures.resources
    let finder = TopicFinder(catalogue: r.topics, indexes: r.indexes)
    #expect(finder.topics(in: Story(paragraphs: [sentence])).map(\.id).contains(topic) == found)
}

// An Arabic readout's "the ministers" / "the two ministers" (nominative) carry the call's topics.
@Test func anArabicParagraphOnWhatTheMinistersAgreedAddsItsTopics() {
    let page = """
    عمان 5 كانون الثاني 2023 - بحث وزير الخارجية أيمن الصفدي ووزير الخارجية ناصر بوريطة، أمس الأربعاء، في اتصال هاتفي، التطورات في القدس.

    واتفق الوزيران على مواصلة العمل من أجل السلام العادل على أساس حل الدولتين.
    """
    #expect(topicIDs(page).contains("two-state-solution"))
}

// Cues the catalogue lists in several forms: a readout's wording, not the topic's name.
@Test(arguments: [
    ("Antony Blinken spoke by phone with Nasser Bourita. They discussed uranium enrichment by Tehran.", "iran-nuclear"),
    ("Emmanuel Macron s'est entretenu par téléphone avec Nasser Bourita. Ils ont évoqué le principe d'une seule Chine.", "taiwan"),
    ("Emmanuel Macron s'est entretenu par téléphone avec Nasser Bourita. Ils ont évoqué la lutte contre les shebab en Somalie.", "counterterrorism"),
    ("تلقى ناصر بوريطة اتصالا هاتفيا من أيمن الصفدي، أكدا خلاله أهمية وقف العدوان على قطاع غزة وإيصال الإمدادات الإغاثية.", "gaza-ceasefire"),
    ("تلقى ناصر بوريطة اتصالا هاتفيا من أيمن الصفدي، أكدا خلاله أهمية إيصال الإمدادات الإغاثية إلى السكان.", "humanitarian-aid"),
    ("Emmanuel Macron s'est entretenu par téléphone avec Nasser Bourita. Ils ont évoqué les flux migratoires en Méditerranée.", "migration"),
    ("Antony Blinken spoke by phone with Nasser Bourita about efforts to free the captives held in Gaza.", "hostages"),
    ("José Manuel Albares habló por teléfono con Nasser Bourita sobre la agresión rusa.", "ukraine-war"),
])
func readoutWordingNamesTheTopic(text: String, topic: String) {
    #expect(topicIDs(text).contains(topic))
}

// A short lead-in to a list ("Key points:") ends no report: the list's lines are judged, and a
// line naming a party carries the report on.
@Test func aListLeadInUnderTheCallDoesNotEndTheReport() {
    let page = """
    Antony Blinken and Nasser Bourita, the Moroccan foreign minister, talked by phone.

    Key points:

    - Talks come a week before the ministerial meeting

    - Mr Bourita says the two ministers reviewed the autonomy plan
    """
    #expect(topicIDs(page) == ["western-sahara"])
}

// (a paragraph that refers back to a party by a title with a nationality, "The Spanish Foreign
// Minister told the Deputy Prime Minister", continues the report)
@Test func aParagraphReferringBackByTitleAddsItsTopics() {
    let page = """
    Rabat, March 18 - Deputy Prime Minister Karim Haddad received a telephone call from Spain's Foreign Minister José Manuel Albares.

    The Spanish Foreign Minister told the Deputy Prime Minister about the migration routes in the Atlantic.
    """
    #expect(topicIDs(page).contains("migration"))
}
