import Testing
@testable import HotlineExtract

// A sentence that tells who else took part in the call the sentence before reported adds them to
// that call ("Besides X and Y, A and B took part in the call"); a caller named before they joined
// is that call's caller.

@Test(arguments: [
    "Antony Blinken spoke by video call on Monday with Nasser Bourita and several other ministers. Jordan's Foreign Minister Ayman Safadi and Spain's José Manuel Albares also took part in the call.",
    "Antony Blinken s'est entretenu lundi par visioconférence avec Nasser Bourita et plusieurs autres ministres. Outre MM. Blinken et Bourita, ont pris part à l'échange le ministre jordanien Ayman Safadi et le ministre espagnol José Manuel Albares.",
])
func partiesWhoTookPartInTheCallJoinIt(text: String) {
    let events = Fixtures.extract(text, published: "2023-03-08")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Antony Blinken", "Nasser Bourita", "Ayman Safadi", "José Manuel Albares"])
    #expect(events.first?.date == Fixtures.day("2023-03-06"))
}

@Test func theCallerNamedBeforeHeJoinedPlacedTheCall() {
    let events = Fixtures.extract("""
        Antony Blinken s'est entretenu lundi par visioconférence avec Nasser Bourita et plusieurs autres ministres. Cette visioconférence s'est tenue à l'initiative du ministre jordanien Ayman Safadi. Outre MM. Blinken et Bourita, ont pris part à l'échange M. Safadi et le ministre espagnol José Manuel Albares.
        """, published: "2023-03-08")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "Ayman Safadi")
}

@Test func takingPartInAMeetingAddsNoOneToAnEarlierCall() {
    let events = Fixtures.extract("""
        Antony Blinken spoke by phone on Monday with Nasser Bourita. On Thursday, Ayman Safadi and José Manuel Albares took part in a conference on water in Madrid.
        """, published: "2023-03-10")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Antony Blinken", "Nasser Bourita"])
}

@Test func aNameAfterABareTitleInTheListAddsNoOtherHolderOfTheTitle() {
    // ("le président du Conseil européen António Costa": the bare "le président" is Costa's title)
    let events = Fixtures.extract("""
        Antony Blinken s'est entretenu lundi par visioconférence avec le roi Mohammed VI et plusieurs dirigeants. Outre MM. Blinken et Mohammed VI, ont pris part à l'échange le président de la conférence régionale Ayman Safadi.
        """, published: "2023-03-08")
    #expect(events.first.map(Fixtures.names) == ["Antony Blinken", "Mohammed VI", "Ayman Safadi"])
}

// "X also joined the conversation": the noun the join verb governs is the call just reported, so
// X joins it (an ambassador or a senator named by title holds that title).
@Test(arguments: [
    "Nasser Bourita spoke by video link on Thursday to US Senator Daniel Carter Hale. Morocco's ambassador to Washington, Karim Tazi Alaoui, also joined the conversation.",
    "Nasser Bourita spoke by video link on Thursday to US Senator Daniel Carter Hale. Ambassador Karim Tazi Alaoui also joined the conversation, the ministry said.",
])
func whoAlsoJoinedTheConversationJoinsTheCall(text: String) {
    let events = Fixtures.extract(text, published: "2025-05-16")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Daniel Carter Hale", "Karim Tazi Alaoui"])
    #expect(events.first?.participants.first { $0.name == "Daniel Carter Hale" }?.role == "Senator")
    #expect(events.first?.date == Fixtures.day("2025-05-15"))
}

// A caller who telephoned several parties, another of whom joined the call in the same sentence,
// held one call with all of them ("اتصل ... بـ A وبـ B، وانضم إلى الاتصال C").
@Test(arguments: [
    "اتصل وزير الخارجية الأمريكي أنتوني بلينكن يوم الاثنين بوزير الخارجية المغربي ناصر بوريطة وبوزير الخارجية الأردني أيمن الصفدي، وانضم إلى الاتصال لاحقا خوسيه مانويل ألباريس.",
    "Antony Blinken telephoned Nasser Bourita and Ayman Safadi on Monday, and José Manuel Albares joined the call.",
])
func joiningTheCallMakesOneCallOfAll(text: String) {
    let events = Fixtures.extract(text, published: "2023-03-08")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Antony Blinken", "Nasser Bourita", "Ayman Safadi", "José Manuel Albares"])
}
