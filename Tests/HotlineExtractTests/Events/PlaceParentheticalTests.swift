import Testing
@testable import HotlineExtract

// A place set off by commas between a calling verb and the called party ("a téléphoné samedi,
// depuis le palais de l'Élysée, au roi X") opens no other clause; a coordinated subject whose
// last party has an article before its title names no single caller.

@Test(arguments: [
    "Emmanuel Macron a téléphoné samedi, depuis le palais de l'Élysée, au roi Mohammed VI.",
    "Emmanuel Macron et José Manuel Albares ont téléphoné ensemble, depuis le palais de l'Élysée, au roi Mohammed VI.",
])
func aPlaceBetweenCommasKeepsTheCalledParty(text: String) {
    let events = Fixtures.extract(text, published: "2023-03-12")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names)?.contains("Mohammed VI") == true)
    #expect(events.first.map(Fixtures.names)?.contains("Emmanuel Macron") == true)
}

@Test func aCoordinatedSubjectWithAnArticleBeforeItsLastTitleNamesNoCaller() {
    let events = Fixtures.extract("Emmanuel Macron, le ministre espagnol José Manuel Albares et le ministre jordanien Ayman Safadi ont téléphoné ensemble au roi Mohammed VI.",
                                  published: "2023-03-12")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Emmanuel Macron", "José Manuel Albares", "Ayman Safadi", "Mohammed VI"])
    #expect(Fixtures.caller(events.first) == nil)
}
