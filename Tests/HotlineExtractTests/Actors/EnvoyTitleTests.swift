import Testing
@testable import HotlineExtract

// Envoy titles ("the Personal Envoy of the Secretary-General", "l'envoyé spécial", "el enviado
// personal", "المبعوث الشخصي"; kind `envoy`, one a state or organisation has many of) stand in
// apposition to the envoy's name, who is then a party of each call the sentence reports. A
// country after the title is the envoy's mission ("the Special Envoy for Yemen"), not the
// envoy's state: no Yemeni party. (The bundled knowledge base.)

private let deMistura = "Staffan de Mistura"

@Test(arguments: [
    ("Staffan de Mistura, l'envoyé personnel du Secrétaire général, a tenu mardi deux visioconférences distinctes, l'une avec Nasser Bourita, l'autre avec Ramtane Lamamra.",
     "Ramtane Lamamra"),
    ("El martes, el enviado personal de Guterres, Staffan de Mistura, celebró sendas videoconferencias con Mohamed Salem Ould Merzoug y con Nasser Bourita.",
     "Mohamed Salem Ould Merzoug"),
    ("The Personal Envoy of the Secretary-General for Western Sahara, Staffan de Mistura, held separate video calls on Tuesday with Nasser Bourita and with Ramtane Lamamra.",
     "Ramtane Lamamra"),
])
func theEnvoyNamedAfterHisTitleTakesPartInEachCall(text: String, other: String) {
    let events = Fixtures.extractBundled(text, published: "2022-11-16")
    #expect(events.count == 2)
    #expect(Set(events.map(Fixtures.names)) == [[deMistura, "Nasser Bourita"], [deMistura, other]])
    #expect(events.allSatisfy { $0.participants.count == 2 && $0.date == Fixtures.day("2022-11-15") })
    #expect(events.first?.participants.first { $0.name == deMistura }?.country == "UN")
    // (the two ministers did not call each other)
    #expect(!events.contains { Fixtures.names($0) == ["Nasser Bourita", other] })
}

// (guard: the Arabic sentence already gave both calls before the envoy title)
@Test func theEnvoyNamedAfterHisArabicTitleTakesPartInEachCall() {
    let events = Fixtures.extractBundled("أجرى المبعوث الشخصي للأمين العام للصحراء الغربية، ستافان دي ميستورا، يوم الثلاثاء اتصالين عبر الفيديو مع ناصر بوريطة ومع رمطان لعمامرة.",
                                         published: "2022-11-16")
    #expect(events.count == 2)
    #expect(Set(events.map(Fixtures.names)) == [[deMistura, "Nasser Bourita"], [deMistura, "Ramtane Lamamra"]])
}

// (guard: with the envoy's name in apposition there was no Yemeni party before the envoy title
// either; the mission country must not add one now)
@Test(arguments: [
    "Hans Grundberg, the Special Envoy for Yemen, held a phone call on Tuesday with Saudi Foreign Minister Faisal bin Farhan.",
    "Hans Grundberg, l'envoyé spécial pour le Yémen, s'est entretenu mardi par téléphone avec le ministre saoudien des Affaires étrangères Faisal bin Farhan.",
    "Hans Grundberg, el enviado especial para Yemen, conversó el martes por teléfono con el ministro saudí de Exteriores Faisal bin Farhan.",
    "أجرى هانس غروندبرغ، المبعوث الخاص إلى اليمن، اتصالا هاتفيا يوم الثلاثاء مع وزير الخارجية السعودي فيصل بن فرحان.",
])
func theEnvoysMissionIsNoParty(text: String) {
    let events = Fixtures.extractBundled(text, published: "2023-06-14")
    #expect(events.count == 1)
    #expect(events.first?.participants.count == 2)
    #expect(events.first.map(Fixtures.names) == ["Hans Grundberg", "Faisal bin Farhan Al Saud"])
    #expect(!events.flatMap(\.participants).contains { $0.country == "YE" })
    #expect(events.first?.date == Fixtures.day("2023-06-13"))
}

@Test func aLaterEnvoyTitleIsTheEnvoyTheStoryNamedNotHisMission() {
    let events = Fixtures.extractBundled("""
        Hans Grundberg met Yemeni officials in Aden on Monday. On Tuesday, the Special Envoy for Yemen held a phone call \
        with Saudi Foreign Minister Faisal bin Farhan.
        """, published: "2023-06-14")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Hans Grundberg", "Faisal bin Farhan Al Saud"])
    #expect(events.first?.participants.count == 2)
    #expect(!events.flatMap(\.participants).contains { $0.country == "YE" })
    #expect(events.first?.date == Fixtures.day("2023-06-13"))
}

@Test func aBareEnvoyTitleWithAMissionIsNoPartyOfThatState() {
    let events = Fixtures.extractBundled("The UN Special Envoy for Yemen held a phone call on Tuesday with Saudi Foreign Minister Faisal bin Farhan.",
                                         published: "2023-06-14")
    #expect(events.count == 1)
    #expect(events.first?.participants.count == 2)
    #expect(events.first?.participants.contains { $0.role == "Envoy" && $0.country == "UN" } == true)
    #expect(!events.flatMap(\.participants).contains { $0.country == "YE" })
}

// (guard: a briefing by video link is no call, with the envoy title as before it)
@Test(arguments: [
    "On Tuesday the Special Envoy for Yemen, Hans Grundberg, addressed the Council by video link from Amman.",
    "Hans Grundberg, l'envoyé spécial pour le Yémen, a informé mardi le Conseil de sécurité par visioconférence.",
])
func anEnvoysBriefingByVideoLinkIsNoCall(text: String) {
    #expect(Fixtures.extractBundled(text, published: "2023-06-14").isEmpty)
}
