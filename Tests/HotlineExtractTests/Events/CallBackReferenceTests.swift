import Testing
@testable import HotlineExtract

// "During the call with the Moroccan minister": a call the story has already reported, not a new
// call with the story's other parties; a new party there still makes a new call.

@Test(arguments: [
    ("Ayman Safadi held phone calls today with Nasser Bourita and Antony Blinken. During the call with the Moroccan minister, the two sides reviewed the situation in Gaza.", "en"),
    ("Ayman Safadi s'est entretenu aujourd'hui par téléphone avec Nasser Bourita, puis avec Antony Blinken. Lors de l'entretien avec le ministre marocain, les deux parties ont évoqué Gaza.", "fr"),
    ("José Manuel Albares mantuvo hoy sendas llamadas con Nasser Bourita y Antony Blinken. Durante la llamada con el ministro marroquí, ambos repasaron la situación en Gaza.", "es"),
    ("أجرى أيمن الصفدي اليوم اتصالين هاتفيين مع كل من ناصر بوريطة وأنتوني بلينكن. وخلال الاتصال مع الوزير المغربي، استعرض الجانبان الأوضاع في غزة.", "ar"),
])
func aCallReferredBackToAddsNoCall(text: String, language: String) {
    let events = Fixtures.extract(text, published: "2024-01-08")
    #expect(events.count == 2)
    #expect(!events.contains { Fixtures.names($0) == ["Nasser Bourita", "Antony Blinken"] })
}

@Test func aCallWordAfterDuringWithANewPartyIsANewCall() {
    let text = "Ayman Safadi spoke by phone with Nasser Bourita on Monday. During the call with Antony Blinken on Tuesday, Safadi discussed Gaza."
    let events = Fixtures.extract(text, published: "2024-01-10")
    #expect(events.contains { Fixtures.names($0) == ["Ayman Safadi", "Antony Blinken"] })
}

// "The two ministers" after a call of two parties named just before are that call's parties,
// whoever the story named in between; otherwise the last two parties of two countries.
@Test(arguments: [
    "Nasser Bourita a reçu lundi un appel téléphonique de son homologue jordanien Ayman Safadi. Le roi Mohammed VI avait reçu Emmanuel Macron la semaine dernière. Les deux ministres ont échangé par téléphone sur la coopération régionale.",
    "Nasser Bourita received a phone call on Monday from his Jordanian counterpart Ayman Safadi. King Mohammed VI had hosted Emmanuel Macron last week. The two ministers exchanged views by phone on regional cooperation.",
])
func theTwoMinistersAreTheLastCallsParties(text: String) {
    let events = Fixtures.extract(text, published: "2024-03-06")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Ayman Safadi"])
}

// "X assured Y of support on Monday. During their call, ...": the sentence before named the
// call's two parties and its day without a call word; "their call" is between them, on that day.
@Test(arguments: [
    "Ayman Safadi assured Nasser Bourita of Jordan's support on Monday. During their call, the minister also raised the situation in Gaza.",
    "Ayman Safadi a assuré lundi Nasser Bourita du soutien de la Jordanie. Lors de leur conversation téléphonique, le ministre a aussi évoqué Gaza.",
    "أكد أيمن الصفدي لناصر بوريطة يوم الاثنين دعم الأردن. وخلال اتصالهما الهاتفي، تطرق الوزير إلى الأوضاع في غزة.",
])
func theirCallIsBetweenThePairTheSentenceBeforeNamed(text: String) {
    let events = Fixtures.extract(text, published: "2024-03-06")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Ayman Safadi", "Nasser Bourita"])
    #expect(events.first?.date == Fixtures.day("2024-03-04"))
}

// "In the call with X, Y took stock of the commitments signed during his visit of 8 February,
// together with Z": what was reviewed names neither a party nor the call's day.
@Test(arguments: [
    "José Manuel Albares mantuvo hoy una conversación telefónica con Nasser Bourita. En la conversación con Bourita, Albares hizo balance de los compromisos pesqueros firmados durante su visita de trabajo del 8 de febrero, en compañía de Ayman Safadi.",
    "José Manuel Albares held a phone call today with Nasser Bourita. In the call with Bourita, Albares took stock of the fisheries commitments signed during his working visit of 8 February, together with Ayman Safadi.",
])
func whatACallReviewedNamesNoPartyNorDay(text: String) {
    let events = Fixtures.extract(text, published: "2024-04-11")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["José Manuel Albares", "Nasser Bourita"])
    #expect(events.first?.date == Fixtures.day("2024-04-11"))
}

// "X held talks with Y on Monday. The talks, held over the phone, ...": a sentence with a phone
// word and no party is the call of the pair the sentence before named, on its day; after a
// meeting, or with only "the conversation", it is not.
@Test(arguments: [
    "Ayman Safadi held talks with Nasser Bourita on Monday. The talks, held over the phone, lasted an hour.",
    "Ayman Safadi a eu lundi des discussions avec Nasser Bourita. Les échanges se sont déroulés par téléphone.",
])
func aPartylessPhoneSentenceIsTheCallOfThePairBefore(text: String) {
    let events = Fixtures.extract(text, published: "2024-03-06")
    #expect(events.map(Fixtures.names) == [["Ayman Safadi", "Nasser Bourita"]])
    #expect(events.first?.date == Fixtures.day("2024-03-04"))
}

@Test(arguments: [
    "Ayman Safadi met Nasser Bourita in Rabat on Monday. The conversation lasted an hour.",
    "Ayman Safadi y Nasser Bourita se reunieron el lunes en Rabat. La conversación fue cordial.",
    "Ayman Safadi and Nasser Bourita agreed on Monday to boost cooperation. They had previously spoken by phone.",
])
func aPartylessCallWordAfterAMeetingIsNoCall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-03-06").isEmpty)
}
