import Testing
@testable import HotlineExtract

// Arabic callers with words between the verb and the call: the subject of "أجرى ... اتصالا
// هاتفيا بنظيره" placed the call; "تلقى X اتصالا هاتفيا مساء أمس، من Y": Y placed it.

@Test func aPlacingVerbBeforeAnInterposedSubjectAndDate() {
    let events = Fixtures.extract("أجرى وزير الخارجية الأردني أيمن الصفدي، مساء الثلاثاء، اتصالاً هاتفياً بنظيره المغربي ناصر بوريطة.",
                                  published: "2024-03-01")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "Ayman Safadi")
}

@Test func aFromWordAfterADateNamesTheCaller() {
    let events = Fixtures.extract("تلقى ناصر بوريطة اتصالا هاتفيا مساء أمس الخميس، من أيمن الصفدي.", published: "2024-03-01")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "Ayman Safadi")
}

// The same grammar in Latin-script languages, where the callee is introduced by a word.
@Test(arguments: [
    "Emmanuel Macron placed a call to Nasser Bourita on Monday.",
    "Le président Emmanuel Macron a passé lundi un coup de fil à Nasser Bourita, selon l'Élysée.",
    "El presidente Emmanuel Macron hizo el lunes una llamada telefónica a Nasser Bourita.",
])
func aPlacingVerbAndACalleeWordNameTheCaller(text: String) {
    let events = Fixtures.extract(text, published: "2024-03-07")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "Emmanuel Macron")
}

// "a call that X made with Y": a placing verb right after the call noun, with the caller after it.
@Test(arguments: [
    "زار أيمن الصفدي الرباط الشهر الماضي والتقى ناصر بوريطة. وفي اتصال هاتفي أجراه الصفدي مع بوريطة يوم الأحد، اتفق الوزيران على مواصلة التنسيق.",
    "During a phone call placed by Ayman Safadi to Nasser Bourita on Sunday, the two ministers agreed to keep in touch.",
    "En una llamada telefónica realizada por Ayman Safadi a Nasser Bourita el domingo, ambos ministros acordaron seguir en contacto.",
])
func aCallMadeByXNamesXTheCaller(text: String) {
    let events = Fixtures.extract(text, published: "2024-03-05")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "Ayman Safadi")
}

// The caller after "من" may carry a title of a dozen words before the name.
@Test func aCallerAfterALongTitleIsStillTheCaller() {
    let text = "تلقى وزير الخارجية المغربي ناصر بوريطة، اتصالا هاتفيا اليوم، من وزير الخارجية والتعاون الدولي وشؤون المغتربين في المملكة الأردنية الهاشمية أيمن الصفدي."
    let events = Fixtures.extract(text, published: "2024-01-10")
    #expect(events.map(Fixtures.names) == [["Nasser Bourita", "Ayman Safadi"]])
    #expect(Fixtures.caller(events.first) == "Ayman Safadi")
}

// "أجرى <long title and name>، مساء اليوم الاثنين، اتصالا هاتفيا بنظيره": the subject placed the
// call, however long the title and the time between the verb and the call noun.
@Test func aPlacingVerbFarBeforeTheCallNounStillNamesTheCaller() {
    let text = "أجرى وزير الخارجية وشؤون المغتربين الأردني أيمن الصفدي، ظهر اليوم الاثنين في عمان، اتصالا هاتفيا بنظيره المغربي ناصر بوريطة."
    let e = Fixtures.extract(text, published: "2024-12-09").first
    #expect(Fixtures.caller(e) == "Ayman Safadi")
}

// "في اتصال هاتفي أجراه مع Y": a call he held with Y names no caller; "أجرى X اتصالا هاتفيا
// اليوم، بنظيره": the day word and the comma before the called party leave X the caller.
@Test func aCallHeldWithNamesNoCaller() {
    let events = Fixtures.extract("بحث أيمن الصفدي في اتصال هاتفي أجراه مع ناصر بوريطة مستجدات الأوضاع في المنطقة.", published: "2024-06-12")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == nil)
}

@Test func aDayWordBeforeTheCalledPartyKeepsTheCaller() {
    let events = Fixtures.extract("أجرى ناصر بوريطة اتصالا هاتفيا اليوم، بنظيره الأردني أيمن الصفدي.", published: "2024-06-12")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "Nasser Bourita")
}

// "أجرى اتصالين هاتفيين، الأول بـX، والثاني بـY": an ordinal opens each callee; the subject
// placed both calls.
@Test func aPlacingVerbWithOrdinalCalleesPlacedBothCalls() {
    let events = Fixtures.extract("قال أيمن الصفدي مساء أمس إنه أجرى اتصالين هاتفيين، الأول بناصر بوريطة، والثاني بخوسيه مانويل ألباريس.",
                                  published: "2024-03-01")
    #expect(events.count == 2)
    #expect(events.allSatisfy { Fixtures.caller($0) == "Ayman Safadi" })
}

// "أجرى X اتصالين هاتفيين بكل من A و B": "with each of" is no from-word; X placed both calls.
@Test func withEachOfIsNoFromWord() {
    let text = "وكان ناصر بوريطة قد أجرى الثلاثاء اتصالين هاتفيين بكل من أيمن الصفدي وخوسيه مانويل ألباريس."
    let events = Fixtures.extract(text, published: "2025-08-14")
    #expect(events.count == 2)
    #expect(events.allSatisfy { Fixtures.caller($0) == "Nasser Bourita" })
}
