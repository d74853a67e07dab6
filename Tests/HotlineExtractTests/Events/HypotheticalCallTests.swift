import Testing
@testable import HotlineExtract

// A call offered "any time", "by phone or in person", and a call noun whose relative clause puts
// it ahead ("cette réunion virtuelle, qui doit se tenir mercredi") report no call.

@Test(arguments: [
    "Asked whether he would speak to Ayman Safadi, Nasser Bourita said he would \"gladly speak with him any time, by phone or in person\".",
    "Nasser Bourita s'est dit prêt à parler avec Ayman Safadi « à tout moment, par téléphone ou en personne ».",
    "Nasser Bourita dijo que hablará con Ayman Safadi \"en cualquier momento, por teléfono o en persona\".",
    "Ayman Safadi tiendra mercredi une visioconférence avec plusieurs ministres. Nasser Bourita a pris l'initiative de cette visioconférence, qui doit se tenir à la veille du sommet.",
])
func aCallOfferedOrAheadIsNoCall(text: String) {
    #expect(Fixtures.extract(text, published: "2025-03-05").isEmpty)
}

// "وكان X، appositive، قد اتصل": a pluperfect whose subject an appositive between commas
// follows; "قد" there is no modal.
@Test(arguments: [
    "وكان أيمن الصفدي، وزير خارجية المملكة الأردنية، قد اتصل يوم الاثنين بناصر بوريطة.",
    "وكان أيمن الصفدي، وزير الخارجية الأردني، قد أجرى اتصالا هاتفيا يوم الاثنين مع ناصر بوريطة.",
])
func aPluperfectAcrossAnAppositiveIsACall(text: String) {
    let events = Fixtures.extract(text, published: "2025-03-05")
    #expect(events.map(Fixtures.names) == [["Ayman Safadi", "Nasser Bourita"]])
    #expect(events.first?.date?.iso == "2025-03-03")
}

// (guard: "قد" before the verb with no past marker is a modal)
@Test func mayCallWithoutAPastMarkerIsNoCall() {
    #expect(Fixtures.extract("قال مصدر إن أيمن الصفدي، وزير الخارجية الأردني، قد يتصل قريبا بناصر بوريطة.", published: "2025-03-05").isEmpty)
}
