import Testing
@testable import HotlineExtract

@Test func topicsComeFromTheCallsOwnStory() {
    let page = """
    Washington, Feb. 2, 2022 - Secretary of State Antony Blinken held a phone call with Moroccan Foreign Minister Nasser Bourita. They discussed the Western Sahara autonomy plan and security cooperation.



    Fighting goes on elsewhere

    A separate report describes humanitarian aid convoys and the Gaza ceasefire talks.
    """
    let events = Fixtures.extract(page)
    #expect(events.count == 1)
    let ids = Set(events.first?.topics.map(\.id) ?? [])
    #expect(ids == ["western-sahara", "security-cooperation"])
}

@Test func cueGroupsNeedEveryPart() {
    let r = Fixtures.resources
    let finder = TopicFinder(catalogue: r.topics, indexes: r.indexes)
    let both = Story(paragraphs: ["They discussed Gaza.", "They want a truce soon."])
    let one = Story(paragraphs: ["They discussed Gaza."])
    #expect(finder.topics(in: both).map(\.id).contains("gaza-ceasefire"))
    #expect(!finder.topics(in: one).map(\.id).contains("gaza-ceasefire"))
}

@Test func countryInAListOfPlacesIsNotATopic() {
    let r = Fixtures.resources
    let finder = TopicFinder(catalogue: r.topics, indexes: r.indexes)
    let list = Story(paragraphs: ["Ties were normalised with the United Arab Emirates, Bahrain and Sudan."])
    let topic = Story(paragraphs: ["They discussed the fighting in Sudan."])
    #expect(!finder.topics(in: list).map(\.id).contains("sudan"))
    #expect(finder.topics(in: topic).map(\.id).contains("sudan"))
}

@Test(arguments: [
    ("The Minister of Foreign Affairs and Migration spoke with his counterpart.", false),
    ("Le ministre de l'Intérieur et de l'Immigration a téléphoné à son homologue.", false),
    ("وأجرى وزير الخارجية والهجرة اتصالا هاتفيا مع نظيره.", false),
    ("The ministers discussed migration and refugees.", true),
    ("وبحث الوزيران ملف الهجرة.", true),
])
func aCueInAMinistrysNameIsNotATopic(text: String, isTopic: Bool) {
    let r = Fixtures.resources
    let finder = TopicFinder(catalogue: r.topics, indexes: r.indexes)
    #expect(finder.topics(in: Story(paragraphs: [text])).map(\.id).contains("migration") == isTopic)
}

@Test func aCueNamingTwoTopicsCountsForBoth() {
    let r = Fixtures.resources
    let ids = TopicFinder(catalogue: r.topics, indexes: r.indexes)
        .topics(in: Story(paragraphs: ["Ils ont relancé la coopération migratoire et sécuritaire."])).map(\.id)
    #expect(ids.contains("migration") && ids.contains("security-cooperation"))
}

@Test func anotherStoryOnThePageKeepsItsTopics() {
    let page = """
    José Manuel Albares held a phone call with Nasser Bourita on Sunday about the Western Sahara.

    In other news

    Ministers elsewhere discussed the war in Ukraine and the Taiwan Strait.
    """
    let events = Fixtures.extract(page, published: "2023-02-01")
    #expect(events.first.map { Set($0.topics.map(\.id)) } == ["western-sahara"])
}

@Test(arguments: ["Condenó los atentados terroristas.", "Il a condamné les attentats terroristes.", "He condemned the terrorist attacks.", "وأدان الهجوم الإرهابي."])
func pluralAndAdjectiveFormsOfTerrorismAreCounterterrorism(text: String) {
    let r = Fixtures.resources
    #expect(TopicFinder(catalogue: r.topics, indexes: r.indexes).topics(in: Story(paragraphs: [text])).map(\.id).contains("counterterrorism"))
}

private func topicIDs(_ text: String) -> Set<String> {
    let r = Fixtures.resources
    return Set(TopicFinder(catalogue: r.topics, indexes: r.indexes).topics(in: Story(paragraphs: [text])).map(\.id))
}

@Test(arguments: [
    "Inspectors of the International Atomic Energy Agency visited the site.",
    "Une équipe de l'Agence internationale de l'énergie atomique a visité le site.",
    "Los inspectores del Organismo Internacional de Energía Atómica visitaron el lugar.",
    "زار مفتشو الوكالة الدولية للطاقة الذرية الموقع.",
    "وأكد أن بلاده ستعمل بكل طاقتها من أجل السلام.",
])
func aCueInsideANotCuePhraseDoesNotCount(text: String) {
    #expect(!topicIDs(text).contains("energy"))
}

@Test(arguments: ["They discussed energy supplies.", "وبحث الجانبان التعاون في مجال الطاقة."])
func energyItselfStillCounts(text: String) {
    #expect(topicIDs(text).contains("energy"))
}

@Test func detaineesAloneAreNotHostages() {
    #expect(!topicIDs("وتشمل الوساطة تبادل الأسرى والمحتجزين.").contains("hostages"))
    #expect(topicIDs("وبحث الجانبان الإفراج عن المحتجزين في غزة.").contains("hostages"))
}

@Test(arguments: [
    "وأكد الرئيس الإيراني أن برنامجها النووي سلمي.",
    "وتناول الاتصال الملف النووي لإيران.",
    "They discussed Iran and the nuclear talks in Oman.",
])
func iranAndItsNuclearFileIsIranNuclear(text: String) {
    #expect(topicIDs(text).contains("iran-nuclear"))
}

@Test func nuclearFileWithoutIranIsNotIranNuclear() {
    #expect(!topicIDs("وتناول الاتصال البرنامج النووي لكوريا الشمالية.").contains("iran-nuclear"))
}

@Test(arguments: [
    ("Police fired tear gas at the protesters.", "energy", false),
    ("The talks brought renewed energy to the peace process.", "energy", false),
    ("وتجاوزت المخيمات طاقتها الاستيعابية.", "energy", false),
    ("وتجاوزت المخيمات الطاقة الاستيعابية المتاحة.", "energy", false),
    ("They discussed electricity interconnections.", "energy", true),
    ("The region's economy is held hostage by the blockade.", "hostages", false),
    ("They discussed the release of the hostages.", "hostages", true),
    ("وتناول الاتصال الرسوم الجمركية الجديدة.", "trade-investment", true),
])
func topicCuesInTheirOwnSenseOnly(text: String, topic: String, found: Bool) {
    #expect(topicIDs(text).contains(topic) == found)
}

// Cues in the four languages: adjectives of the war, of trade and of security cooperation;
// commercial shipping is no trade topic.
@Test(arguments: [
    ("Les deux dirigeants ont évoqué l'équipement de l'armée ukrainienne.", "ukraine-war", true),
    ("وتناول الاتصال الشراكة الاستثمارية والعلاقات التجارية بين البلدين.", "trade-investment", true),
    ("وأكد الطرفان أهمية التنسيق الأمني والدفاعي بين البلدين.", "security-cooperation", true),
    ("وشدد الوزيران على سلامة السفن التجارية العابرة لمضيق هرمز.", "trade-investment", false),
])
func topicCuesOfTheFourLanguages(text: String, topic: String, found: Bool) {
    let r = Fixtures.resources
    let finder = TopicFinder(catalogue: r.topics, indexes: r.indexes)
    #expect(finder.topics(in: Story(paragraphs: [text], language: nil)).map(\.id).contains(topic) == found)
}

// Jerusalem's holy sites name the Jerusalem topic; a detainee exchange names the hostages topic.
@Test(arguments: [
    ("They discussed the attacks on the Al-Aqsa Mosque.", "jerusalem"),
    ("وبحث الجانبان الأوضاع في المسجد الأقصى.", "jerusalem"),
    ("وبحث الجانبان ملف تبادل المحتجزين.", "hostages"),
])
func holySitesAndDetaineeExchangesNameTheirTopics(text: String, id: String) {
    let r = Fixtures.resources
    let finder = TopicFinder(catalogue: r.topics, indexes: r.indexes)
    #expect(finder.topics(in: Story(paragraphs: [text])).map(\.id).contains(id))
}

// A sentence saying something was not discussed, or not said to be, gives the call no topic.
@Test(arguments: [
    "Antony Blinken spoke by phone with Nasser Bourita on Monday about migration. The statement did not say whether the hostages held in Gaza were raised.",
    "José Manuel Albares habló el lunes por teléfono con Nasser Bourita sobre migración. La cuestión de los rehenes no fue abordada, según fuentes diplomáticas.",
    "Emmanuel Macron s'est entretenu lundi par téléphone avec le roi Mohammed VI au sujet de la migration, sans préciser si la question des otages a été évoquée.",
])
func aTopicSaidNotDiscussedIsNotTheCalls(text: String) {
    let events = Fixtures.extract(text, published: "2023-03-08")
    #expect(events.count == 1)
    #expect(events.first.map { Set($0.topics.map(\.id)) } == ["migration"])
}

// Places of the war in Sudan name its topic ("El Fasher", "دارفور", the RSF).
@Test(arguments: [
    "Antony Blinken held a phone call with Nasser Bourita about the siege of El Fasher.",
    "تناول الاتصال بين أنتوني بلينكن وناصر بوريطة الأوضاع الإنسانية في الفاشر بولاية شمال دارفور.",
])
func placesOfTheWarInSudanNameItsTopic(text: String) {
    let events = Fixtures.extract(text, published: "2024-06-20")
    #expect(events.first.map { $0.topics.map(\.id).contains("sudan") } == true)
}

// A defence treaty or alliance discussed on the call is security cooperation.
@Test(arguments: [
    "Antony Blinken held a phone call with Nasser Bourita about the mutual defence treaty under negotiation.",
    "Emmanuel Macron a évoqué au téléphone avec Nasser Bourita le traité de défense en discussion.",
])
func aDefenceTreatyOrAllianceIsSecurityCooperation(text: String) {
    let events = Fixtures.extract(text, published: "2024-06-20")
    #expect(events.first.map { $0.topics.map(\.id).contains("security-cooperation") } == true)
}

// The Sahrawi republic or the Polisario Front named in the call's report is the Western Sahara
// question; access to a market is trade.
@Test(arguments: [
    ("El viernes, Albares y Nasser Bourita conversaron por teléfono acerca de la República Árabe Saharaui Democrática y de su reconocimiento.", "western-sahara"),
    ("Nasser Bourita s'est entretenu vendredi au téléphone avec Ayman Safadi au sujet du Front Polisario.", "western-sahara"),
    ("Nasser Bourita y Ayman Safadi conversaron el viernes por teléfono sobre el acceso al mercado de los fosfatos.", "trade-investment"),
])
func namedCuesGiveTheirTopic(text: String, topic: String) {
    let events = Fixtures.extract(text, published: "2024-11-23")
    #expect(events.first.map { $0.topics.map(\.id).contains(topic) } == true)
}

