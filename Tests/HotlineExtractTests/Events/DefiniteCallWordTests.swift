import Testing
@testable import HotlineExtract

// "Spokesman X later confirmed the call": once the body has reported a call, a definite call
// word with no party attached to it is that call again; whom the sentence names (a spokesman who
// confirms it, an aide who sat in, a leader to be briefed on it) is not on a new call.

@Test(arguments: [
    ("Ayman Safadi spoke by phone with Nasser Bourita on Monday. Spokesman Sufian Qudah later confirmed the call, saying the two ministers discussed regional security.", "en"),
    ("Ayman Safadi s'est entretenu lundi par téléphone avec Nasser Bourita. Le porte-parole Sufian Qudah a confirmé l'appel, précisant que les deux ministres avaient évoqué la sécurité régionale.", "fr"),
    ("Ayman Safadi conversó el lunes por teléfono con Nasser Bourita. Más tarde, Safadi resumió ante Antony Blinken el contenido de la conversación.", "es"),
    ("أجرى أيمن الصفدي يوم الاثنين اتصالا هاتفيا مع ناصر بوريطة. وأكد الناطق الرسمي سفيان القضاة الاتصال، مشيرا إلى أن الوزيرين بحثا الأمن الإقليمي.", "ar"),
])
func aDefiniteCallWordNamesNoNewParty(text: String, language: String) {
    let events = Fixtures.extract(text, published: "2024-01-10")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Ayman Safadi", "Nasser Bourita"])
}

@Test func anAideWhoSatInOnTheCallIsNotAParty() {
    let text = "Ayman Safadi held a video call with Nasser Bourita on Monday. Ambassador Omar Nahar, who accompanied Safadi during the video call, said a joint committee would meet in March."
    let events = Fixtures.extract(text, published: "2024-01-10")
    #expect(events.count == 1)
    #expect(!events.contains { Fixtures.names($0).contains("Omar Nahar") })
}

@Test func aDefiniteCallWordWithItsOwnPartiesIsStillACall() {
    let text = "Ayman Safadi spoke by phone with Nasser Bourita on Monday. The phone call between Antony Blinken and José Manuel Albares took place on Tuesday."
    let events = Fixtures.extract(text, published: "2024-01-10")
    #expect(events.contains { Fixtures.names($0) == ["Antony Blinken", "José Manuel Albares"] })
}

@Test func aDefiniteCallWordStillDatesTheCall() {
    let text = "Ayman Safadi spoke by phone with Nasser Bourita, the ministry said. The call took place on Monday."
    let events = Fixtures.extract(text, published: "2024-01-10")
    #expect(events.count == 1)
    #expect(events.first?.date == Fixtures.day("2024-01-08"))
}
