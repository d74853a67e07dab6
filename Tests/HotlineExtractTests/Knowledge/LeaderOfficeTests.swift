import Testing
@testable import HotlineExtract

// "The leader" of a state is its head of government where countries.json says so (parliamentary
// systems), else its head of state.

@Test func theLeaderOfficeComesFromTheCountryData() {
    let kb = WiderFixtures.extractor.resources.knowledge
    let day = EventDate(iso: "2025-03-20")!
    let italy = kb.holder(kinds: ["head-of-state", "head-of-government"], country: "IT", on: day)
    let turkey = kb.holder(kinds: ["head-of-state", "head-of-government"], country: "TR", on: day)
    #expect(italy.map { kb.officials[$0].name } == "Giorgia Meloni")
    #expect(turkey.map { kb.officials[$0].name } == "Recep Tayyip Erdoğan")
    // an explicit office is not changed ("the Italian president")
    #expect(kb.holder(kinds: ["head-of-state"], country: "IT", on: day).map { kb.officials[$0].name } == "Sergio Mattarella")
}

@Test(arguments: [
    ("The Italian and Greek leaders held a joint call with Recep Tayyip Erdoğan on Wednesday.", "en"),
    ("Les dirigeants italien et grec ont eu mercredi un appel commun avec Recep Tayyip Erdoğan.", "fr"),
    ("Los líderes italiano y griego mantuvieron el miércoles una llamada conjunta con Recep Tayyip Erdoğan.", "es"),
])
func jointCallOfLeadersNamedByNationality(text: String, language: String) {
    let events = WiderFixtures.extract(text, language: language)
    #expect(events.map(WiderFixtures.names) == [["Giorgia Meloni", "Kyriakos Mitsotakis", "Recep Tayyip Erdoğan"]])
}

@Test func jointCallOfLeadersNamedByCountryInArabic() {
    let events = WiderFixtures.extract("أجرى قادة إيطاليا واليونان يوم الأربعاء اتصالا هاتفيا مشتركا مع الرئيس الأمريكي دونالد ترامب.")
    #expect(events.map(WiderFixtures.names) == [["Giorgia Meloni", "Kyriakos Mitsotakis", "Donald Trump"]])
}
