import Testing
@testable import HotlineExtract

// Word forms of topics, and topics of calls split from one report.

private func topics(_ text: String) -> Set<String> {
    Set(TopicFinder(catalogue: Fixtures.resources.topics, indexes: Fixtures.resources.indexes).topics(in: Story(paragraphs: [text])).map(\.id))
}

@Test(arguments: [
    ("acordaron acelerar las inversiones en energías renovables", "energy"),
    ("they agreed on cooperation in the fight against armed groups", "security-cooperation"),
    ("the defence and economic cooperation agreement", "security-cooperation"),
    ("بحثا التحضير لعودة النازحين السوريين إلى بلدهم", "migration"),
    ("ويتفقان على تعزيز التنسيق بين الجيشين لضبط الحدود", "security-cooperation"),
    ("جدد خلاله دعم بلغراد ولمخطط الحكم الذاتي", "western-sahara"),
    ("جدد دعم بلاده للوحدة الترابية للمملكة", "western-sahara"),
    ("I thanked him for the new defence aid package", "security-cooperation"),
    ("they pledged to deepen the Japan-U.S. alliance", "security-cooperation"),
    ("se comprometió a contener el contrabando de drogas", "security-cooperation"),
    ("ناقشا سبل توسيع التعاون التجاري بين البلدين", "trade-investment"),
])
func topicWordForms(text: String, topic: String) {
    #expect(topics(text).contains(topic))
}

@Test func aSentenceAboutOneOfTheSplitCallsGivesItsTopicsToThatCallOnly() {
    let events = Fixtures.extract("""
        José Manuel Albares mantuvo el miércoles sendas conversaciones telefónicas con sus pares de Marruecos, Nasser Bourita, y de Jordania, Ayman Safadi.

        Con Safadi, el ministro abordó además la situación de los refugiados.
        """, published: "2023-03-03")
    let safadi = events.first { Fixtures.names($0).contains("Ayman Safadi") }
    let bourita = events.first { Fixtures.names($0).contains("Nasser Bourita") }
    #expect(safadi?.topics.map(\.id).contains("migration") == true)
    #expect(bourita?.topics.map(\.id).contains("migration") == false)
}

@Test func theSentencesAfterOneSplitCallsOwnSentenceStayWithThatCall() {
    let events = Fixtures.extract("""
        José Manuel Albares mantuvo el miércoles sendas conversaciones telefónicas con sus pares de Marruecos, Nasser Bourita, y de Jordania, Ayman Safadi.

        Safadi lo llamó primero. Hablaron de la situación de los refugiados.
        """, published: "2023-03-03")
    let safadi = events.first { Fixtures.names($0).contains("Ayman Safadi") }
    let bourita = events.first { Fixtures.names($0).contains("Nasser Bourita") }
    #expect(safadi?.topics.map(\.id).contains("migration") == true)
    #expect(bourita?.topics.map(\.id).contains("migration") == false)
}

@Test func aSplitCallNamedByAnAliasKeepsItsOwnTopics() {
    let events = Fixtures.extract("""
        أجرى وزير الخارجية ناصر بوريطة اتصالين هاتفيين مع وزير الخارجية الأمريكي أنتوني بلينكن ووزير الخارجية الأردني أيمن الصفدي.

        وبحث مع بلينكن التعاون الأمني بين البلدين.
        """, published: "2023-03-03")
    let blinken = events.first { Fixtures.names($0).contains("Antony Blinken") }
    let safadi = events.first { Fixtures.names($0).contains("Ayman Safadi") }
    #expect(blinken?.topics.map(\.id).contains("security-cooperation") == true)
    #expect(safadi?.topics.map(\.id).contains("security-cooperation") == false)
}

@Test(arguments: [
    ("ودعا الوزيران إلى إحياء مسار السلام وصولا لحل الدولتين", "two-state-solution"),
    ("hablaron sobre el Sáhara y la cooperación migratoria", "western-sahara"),
    ("ils ont évoqué le dossier du Sahara", "western-sahara"),
])
func topicFormsWithACliticOrADossier(text: String, topic: String) {
    #expect(topics(text).contains(topic))
}

@Test func aTerrorAttackIsCounterterrorism() {
    #expect(topics("he conveyed India's measured response to the terror attack in Kashmir").contains("counterterrorism"))
}
