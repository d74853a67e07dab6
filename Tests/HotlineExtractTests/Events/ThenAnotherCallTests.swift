import Testing
@testable import HotlineExtract

// "received a call from X, then another from Y" (`separate`: "then another from", "puis un
// autre du", "y luego otra del", "ثم اتصالا آخر من"): two calls, one with each caller, each
// placed by that caller. (The bundled knowledge base.)

@Test(arguments: [
    "King Mohammed VI received a phone call on Monday from Kenyan President William Ruto, then another from Ethiopian Prime Minister Abiy Ahmed.",
    "Le roi Mohammed VI a reçu lundi un appel téléphonique du président kényan William Ruto, puis un autre du Premier ministre éthiopien Abiy Ahmed.",
    "El rey Mohammed VI recibió el lunes una llamada telefónica del presidente keniano William Ruto y luego otra del primer ministro etíope Abiy Ahmed.",
])
func anotherCallFromASecondCallerIsASecondCall(text: String) {
    expectTwoCalls(text)
}

// (guard: the Arabic "ثم اتصالا آخر من" already gave two calls before the phrase was added)
@Test func anotherCallFromASecondCallerInArabic() {
    expectTwoCalls("تلقى الملك محمد السادس يوم الاثنين اتصالا هاتفيا من الرئيس الكيني وليام روتو، ثم اتصالا آخر من رئيس الوزراء الإثيوبي آبي أحمد.")
}

private func expectTwoCalls(_ text: String) {
    let events = Fixtures.extractBundled(text, published: "2024-03-06")
    #expect(events.count == 2)
    #expect(Set(events.map(Fixtures.names)) == [["Mohammed VI", "William Ruto"], ["Mohammed VI", "Abiy Ahmed"]])
    let ruto = events.first { Fixtures.names($0).contains("William Ruto") }
    let abiy = events.first { Fixtures.names($0).contains("Abiy Ahmed") }
    #expect(Fixtures.caller(ruto) == "William Ruto")
    #expect(Fixtures.caller(abiy) == "Abiy Ahmed")
    #expect(events.allSatisfy { $0.date == Fixtures.day("2024-03-04") })
}
