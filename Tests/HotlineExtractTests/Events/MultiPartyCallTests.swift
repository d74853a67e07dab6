import Testing
@testable import HotlineExtract

// Calls of three parties and later references back to them.

@Test(arguments: [
    "Los ministros de Asuntos Exteriores de Marruecos, Nasser Bourita; de España, José Manuel Albares, y de Jordania, Ayman Safadi, sostuvieron el jueves una videoconferencia.",
    "The foreign ministers of Morocco, Nasser Bourita, of Spain, José Manuel Albares, and of Jordan, Ayman Safadi, held a video call on Thursday.",
])
func pluralTitleWithEachHolderNamedIsOneCall(text: String) {
    let events = WiderFixtures.extract(text)
    #expect(events.count == 1)
    #expect(events.first.map(WiderFixtures.names) == ["Nasser Bourita", "José Manuel Albares", "Ayman Safadi"])
    #expect(events.first?.date?.iso == "2025-03-20")
}

@Test func pluralTitleWithAPartyOutsideItIsStillOneCallPerCountry() {
    let events = WiderFixtures.extract("Donald Trump spoke by phone on Thursday with the foreign ministers of Morocco and Jordan.")
    #expect(events.count == 2)
}

@Test func backReferenceToTheLeadsCallIsTheSameCall() {
    let text = """
    ROME, March 21 - Italy's Prime Minister Giorgia Meloni, Greek Prime Minister Kyriakos Mitsotakis and NATO Secretary General \
    Mark Rutte held a video call on Thursday to discuss security in the Mediterranean, Meloni's office said.

    "Useful call with Kyriakos Mitsotakis and Mark Rutte," Meloni wrote after the call.

    Rutte said in a later post that he had "spoken with" the two leaders about the alliance's plans.
    """
    let events = WiderFixtures.extract(text, published: "2025-03-21")
    #expect(events.count == 1)
    #expect(events.first.map(WiderFixtures.names) == ["Giorgia Meloni", "Kyriakos Mitsotakis", "Mark Rutte"])
    #expect(events.first?.date?.iso == "2025-03-20")
}

@Test func aTitleLineAboveTheBodyIsStillAHeadline() {
    let text = """
    Meloni and Mitsotakis discuss migration in phone call

    Giorgia Meloni spoke by phone with Kyriakos Mitsotakis on Thursday, her office said.
    """
    let events = WiderFixtures.extract(text, published: "2025-03-21")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2025-03-20")
    #expect(events.first?.evidence.count == 1)
}

@Test func aLongFirstParagraphWithoutADatedDatelineIsTheLead() {
    let text = """
    ROME (Agency) - Italy's Prime Minister Giorgia Meloni, Greek Prime Minister Kyriakos Mitsotakis and NATO Secretary General \
    Mark Rutte held a video call on Thursday to discuss security in the Mediterranean and migration routes, Meloni's office said.

    "Useful call with Kyriakos Mitsotakis and Mark Rutte," Meloni wrote after the call.
    """
    let events = WiderFixtures.extract(text, published: "2025-03-21", language: "en")
    #expect(events.map(WiderFixtures.names) == [["Giorgia Meloni", "Kyriakos Mitsotakis", "Mark Rutte"]])
}

@Test(arguments: [
    ("The leaders of Lebanon, Syria and Turkey held a video call on Thursday.", "en"),
    ("Les dirigeants du Liban, de la Syrie et de la Turquie ont tenu jeudi une visioconférence.", "fr"),
    ("Los líderes de Líbano, Siria y Turquía sostuvieron el jueves una videoconferencia.", "es"),
    ("أجرى زعماء لبنان وسوريا وتركيا اتصالا مرئيا يوم الخميس.", "ar"),
])
func leadersOfThreeCountriesOnOneCall(text: String, language: String) {
    let events = WiderFixtures.extract(text, language: language)
    #expect(events.map(WiderFixtures.names) == [["Joseph Aoun", "Ahmed al-Sharaa", "Recep Tayyip Erdoğan"]])
}

@Test func arabicDualTitleNamesTwoCounterparts() {
    let events = WiderFixtures.extract("أجرى وزير الخارجية ناصر بوريطة اتصالين هاتفيين مع وزيري خارجية إسبانيا والأردن يوم الخميس.", language: "ar")
    #expect(Set(events.map(WiderFixtures.names)) == [["Nasser Bourita", "José Manuel Albares"], ["Nasser Bourita", "Ayman Safadi"]])
}

// A call noun right after a pair's talk tells how it was held: those its own clause names joined
// the same call ("as well as" does not end that clause).
@Test(arguments: [
    "Nasser Bourita spoke on Tuesday with Ayman Safadi in a joint call that José Manuel Albares and Antony Blinken also joined.",
    "Nasser Bourita s'est entretenu mardi avec Ayman Safadi, au cours d'un appel conjoint auquel ont aussi participé José Manuel Albares ainsi qu'Antony Blinken.",
    "Nasser Bourita habló el martes con Ayman Safadi en una llamada conjunta en la que también participaron José Manuel Albares y Antony Blinken.",
])
func aCallNounAfterAPairsTalkAddsThoseWhoJoinedIt(text: String) {
    let events = Fixtures.extract(text, published: "2024-06-06")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names).map(Set.init) == ["Nasser Bourita", "Ayman Safadi", "José Manuel Albares", "Antony Blinken"])
    #expect(events.first?.date == Fixtures.day("2024-06-04"))
}

// A virtual summit is a video call of all the leaders it names.
@Test(arguments: [
    "Emmanuel Macron and King Mohammed VI held a virtual summit on Monday with Antony Blinken.",
    "Emmanuel Macron et le roi Mohammed VI ont tenu lundi un sommet virtuel avec Antony Blinken.",
    "Emmanuel Macron y el rey Mohammed VI celebraron el lunes una cumbre virtual con Antony Blinken.",
])
func aVirtualSummitIsOneCallOfItsLeaders(text: String) {
    let events = Fixtures.extract(text, published: "2024-06-06")
    #expect(events.count == 1)
    #expect(events.first?.participants.count == 3)
}

// Leaders of one organisation in the plural ("EU leaders", "los líderes de la UE") are many
// people, no party of a call: a video call with them names no one to call.
@Test(arguments: [
    ("Volodymyr Zelensky held a video call with EU leaders on Monday.", "en"),
    ("Volodímir Zelenski habló por videoconferencia con los líderes de la UE el lunes.", "es"),
])
func anOrganisationsLeadersInThePluralAreNoParty(text: String, language: String) {
    let events = Extractor().extract(Article(text: text, publishedAt: Fixtures.day("2025-03-20"), language: language)).events
    #expect(events.isEmpty)
}

// Several leaders phoning a third together ("ont téléphoné ensemble au président X", "X, Y and
// Z called W together"): one call of them all, and no one of them is its caller.
@Test(arguments: [
    ("Recep Tayyip Erdoğan, Giorgia Meloni et Kyriakos Mitsotakis ont téléphoné ensemble au président américain Donald Trump.", "fr"),
    ("Recep Tayyip Erdoğan, Giorgia Meloni et Kyriakos Mitsotakis ont téléphoné à Donald Trump.", "fr"),
    ("Recep Tayyip Erdoğan, Giorgia Meloni and Kyriakos Mitsotakis called Donald Trump together.", "en"),
])
func leadersPhoningTogetherMakeOneCallWithNoCaller(text: String, language: String) {
    let events = WiderFixtures.extract(text, language: language)
    #expect(events.map { Set(WiderFixtures.names($0)) } == [["Recep Tayyip Erdoğan", "Giorgia Meloni", "Kyriakos Mitsotakis", "Donald Trump"]])
    #expect(events.first?.initiator == nil)
}

// "X announced ..., saying he had just held a call with A and B": a subject pronoun shortly
// before the call's words stands for the sentence's subject, on the call with both.
@Test(arguments: [
    "Emmanuel Macron announced a new aid package, saying he had just held a call with Nasser Bourita and Ayman Safadi.",
    "Emmanuel Macron announced a new aid package after what he described as \"a very good call\" with Nasser Bourita and Ayman Safadi.",
])
func aSubjectPronounBeforeTheCallWithAListIsTheSubject(text: String) {
    let events = Fixtures.extract(text, published: "2025-03-20")
    #expect(events.map(Fixtures.names) == [["Emmanuel Macron", "Nasser Bourita", "Ayman Safadi"]])
}

@Test func aCallWithItsOwnSubjectTakesNoOtherSubject() {
    // (guard: the call's own subject is named, so the speaker is not on it)
    let text = "Emmanuel Macron said he had been told that Nasser Bourita held a call with Ayman Safadi and José Manuel Albares."
    let events = Fixtures.extract(text, published: "2025-03-20")
    #expect(events.map(Fixtures.names) == [["Nasser Bourita", "Ayman Safadi", "José Manuel Albares"]])
}
