import Testing
@testable import HotlineExtract

// A list whose lead-in says its items are calls ("Calls of the week:") reports a call in each
// item that names two parties, on the item's own date, even with no call word in the item; an
// item of a meeting, or a list led by no call word, reports none.

@Test(arguments: [
    """
    Phone diplomacy this month
    Calls logged by our desk (from the ministries' readouts):
    - 12 March: Nasser Bourita and Ayman Safadi went over the fishing dossier;
    - 19 March: Bourita and José Manuel Albares discussed seasonal workers;
    - 21 March: Ayman Safadi visited Madrid and met José Manuel Albares.
    """,
    """
    La semaine au téléphone
    Les appels relevés par notre rédaction :
    - 12 mars : Nasser Bourita et Ayman Safadi ont fait le point sur la pêche ;
    - 19 mars : Bourita et José Manuel Albares ont évoqué les travailleurs saisonniers ;
    - 21 mars : Ayman Safadi s'est rendu à Madrid et a rencontré José Manuel Albares.
    """,
])
func eachItemOfACallListIsACall(text: String) {
    let events = Fixtures.extract(text, published: "2025-03-31")
    let found = Dictionary(uniqueKeysWithValues: events.map { (Fixtures.names($0).sorted().joined(separator: "/"), $0.date?.iso ?? "") })
    #expect(found == ["Ayman Safadi/Nasser Bourita": "2025-03-12", "José Manuel Albares/Nasser Bourita": "2025-03-19"])
}

// (guard: the same items under a lead-in that names no calls are no calls)
@Test func aListOfNoCallsReportsNone() {
    let text = """
    Diplomatic diary
    What the ministers did this month:
    - 12 March: Nasser Bourita and Ayman Safadi went over the fishing dossier;
    - 19 March: Bourita and José Manuel Albares discussed seasonal workers.
    """
    #expect(Fixtures.extract(text, published: "2025-03-31").isEmpty)
}

// A short heading in capitals with a plural call noun leads a list of calls too; an item whose
// call noun only restates that it is a call, without a with-word, is still the list's call; a
// person the knowledge base lacks may be named with a bracketed country.
@Test func aCapitalsHeadingLeadsAListOfCalls() {
    let text = """
    The week in Rabat

    CALLS LOGGED THIS WEEK
    - Mon 10 Mar: Bourita - Ayman Safadi (Jordan), on the Gaza ceasefire and Lebanon.
    - Wed 12 Mar: Bourita - Karim Benslimane (Spain), video call on seasonal workers.
    """
    let events = Fixtures.extract(text, published: "2025-03-14")
    let found = Dictionary(uniqueKeysWithValues: events.map { (Fixtures.names($0).sorted().joined(separator: "/"), $0.date?.iso ?? "") })
    #expect(found == ["Ayman Safadi/Nasser Bourita": "2025-03-10", "Karim Benslimane/Nasser Bourita": "2025-03-12"])
    #expect(events.first { Fixtures.names($0).contains("Karim Benslimane") }?.participants.first { $0.name == "Karim Benslimane" }?.country == "ES")
}

@Test func aHeadingInCapitalsWithoutACallNounLeadsNoList() {
    // (guard: a capitals heading of meetings leads no list of calls)
    let text = """
    The week in Rabat

    MEETINGS THIS WEEK
    - Mon 10 Mar: Bourita - Ayman Safadi (Jordan), on the Gaza ceasefire and Lebanon.
    """
    #expect(Fixtures.extract(text, published: "2025-03-14").isEmpty)
}
