import Testing
@testable import HotlineExtract

// A name that owns a noun phrase ("the Trump administration", "l'administration Trump", "el
// Gobierno de Donald Trump", "إدارة ترامب") is the call's topic, never a party.

@Test(arguments: [
    "Nasser Bourita held a phone call on Tuesday with José Manuel Albares about the tariffs imposed by the Trump administration.",
    "Nasser Bourita s'est entretenu mardi par téléphone avec José Manuel Albares de la politique migratoire de l'administration Trump.",
    "José Manuel Albares conversó por teléfono el martes con Nasser Bourita sobre la política migratoria del Gobierno de Donald Trump.",
])
func ownerOfANounPhraseIsNotAParty(text: String) {
    let events = WiderFixtures.extract(text)
    #expect(events.count == 1)
    #expect(events.first.map(WiderFixtures.names) == ["Nasser Bourita", "José Manuel Albares"])
}

@Test func arabicOwnerOfAnAdministrationIsNotAParty() {
    let events = WiderFixtures.extract("أجرى ناصر بوريطة اتصالا هاتفيا مع أيمن الصفدي تناول سياسات إدارة ترامب في المنطقة.")
    #expect(events.map(WiderFixtures.names) == [["Nasser Bourita", "Ayman Safadi"]])
}

@Test(arguments: [
    "Nasser Bourita held a phone call on Tuesday to discuss the policies of the Trump administration.",
    "Nasser Bourita a évoqué mardi par téléphone la politique commerciale de Donald Trump.",
    "Nasser Bourita habló por teléfono el martes de la política del Gobierno de Donald Trump.",
    "أجرى ناصر بوريطة اتصالا هاتفيا تناول سياسة إدارة ترامب.",
])
func ownerIsNoPartyEvenWhenTheOtherPartyIsUnknown(text: String) {
    #expect(WiderFixtures.extract(text).isEmpty)
}

@Test func ownerAfterTheNameInEnglish() {
    let m = ModifierNames(grammar: WiderFixtures.grammar("en"))
    let tokens = Tokenizer.tokenize("the Trump administration imposed tariffs")
    #expect(m.isModifier(Mention(start: 1, end: 2, officials: [0]), tokens: tokens))
    #expect(!m.isModifier(Mention(start: 1, end: 2, officials: [0]), tokens: Tokenizer.tokenize("when Trump called")))
}

@Test func titledCountryAppositionAfterWithIsTheOtherParty() {
    // a call reported earlier in the story must not keep the talk from counting
    let text = """
    Donald Trump a téléphoné lundi à Giorgia Meloni.

    Nasser Bourita s'est entretenu jeudi avec le ministre des Affaires étrangères de l'Espagne, José Manuel Albares, \
    lors d'un échange téléphonique portant sur les droits de douane décidés par l'administration Trump.
    """
    let events = WiderFixtures.extract(text)
    #expect(Set(events.map(WiderFixtures.names)) == [["Donald Trump", "Giorgia Meloni"], ["Nasser Bourita", "José Manuel Albares"]])
}

@Test(arguments: [
    ("The envoy of Donald Trump, Steve Witkoff, spoke by phone on Wednesday with Giorgia Meloni.", "en"),
    ("Trump envoy Steve Witkoff spoke by phone on Wednesday with Giorgia Meloni.", "en"),
    ("L'émissaire de Donald Trump, Steve Witkoff, s'est entretenu mercredi par téléphone avec Giorgia Meloni.", "fr"),
    ("El enviado especial de Donald Trump, Steve Witkoff, habló por teléfono el miércoles con Giorgia Meloni.", "es"),
    ("أجرى مبعوث الرئيس الأمريكي دونالد ترامب، ستيف ويتكوف، اتصالا هاتفيا مع جورجيا ميلوني.", "ar"),
])
func theOneWhoseEnvoyCalledIsNotAParty(text: String, language: String) {
    let events = WiderFixtures.extract(text, language: language)
    #expect(events.map(WiderFixtures.names) == [["Steve Witkoff", "Giorgia Meloni"]])
}

// The office named after an envoy's title is whose envoy he is, not a party.
@Test(arguments: [
    "Nasser Bourita received a phone call today from Antony Blinken, the special envoy of the French President.",
    "تلقى ناصر بوريطة اتصالا هاتفيا اليوم من أنتوني بلينكن المبعوث الخاص للرئيس الفرنسي.",
])
func theOfficeAnEnvoyServesIsNotAParty(text: String) {
    let events = Fixtures.extract(text, published: "2022-02-16")
    #expect(events.count == 1)
    #expect(events.first?.participants.count == 2)
}

// An honorific before the name does not hide the phrase it modifies: "sa nomination dans le
// gouvernement de M. X" names no party.
@Test(arguments: [
    "Nasser Bourita a appelé ce jour son homologue jordanien, Ayman Safadi, pour saluer sa nomination dans le gouvernement de M. Emmanuel Macron.",
    "Nasser Bourita a appelé ce jour Ayman Safadi pour évoquer la politique de M. Emmanuel Macron.",
])
func aNameWithAnHonorificCanModifyAPhrase(text: String) {
    let events = Fixtures.extract(text, published: "2025-02-18")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Ayman Safadi"])
}
