import Testing
@testable import HotlineExtract

// Ministers of other portfolios the bundled knowledge base holds (religious affairs, hajj,
// transport, health), named without a title; "Sheikh Mohamed" alone, as Gulf papers write the
// UAE president; and a father's name after a known short name that is not that official's.
// (The bundled knowledge base.)

@Test(arguments: [
    ("Ahmed Toufiq a échangé mardi au téléphone avec Tawfiq Al-Rabiah sur le calendrier des pèlerins.", "2025-01-15",
     ["Ahmed Toufiq": "MA", "Tawfiq Al-Rabiah": "SA"]),
    ("أجرى محمد عبد الجليل يوم الثلاثاء اتصالا هاتفيا مع كامل الوزير لبحث الخطوط البحرية بين البلدين.", "2025-11-20",
     ["Mohamed Abdeljalil": "MA", "Kamel al-Wazir": "EG"]),
    ("Amine Tahraoui spoke by phone on Tuesday with Ahmad Al-Awadhi about transplant programmes.", "2025-04-03",
     ["Amine Tahraoui": "MA", "Ahmad Al-Awadhi": "KW"]),
])
func aMinisterOfAnotherPortfolioIsKnownByName(text: String, published: String, expected: [String: String]) {
    let events = Fixtures.extractBundled(text, published: published)
    #expect(events.count == 1)
    let found = Dictionary(uniqueKeysWithValues: (events.first?.participants ?? []).compactMap { p in p.name.map { ($0, p.country ?? "") } })
    #expect(found == expected)
}

@Test func sheikhMohamedAloneIsTheEmiratiPresident() {
    let events = Fixtures.extractBundled("On Monday Sheikh Mohamed took a call from King Mohammed VI, who sent his greetings.", published: "2024-12-03")
    #expect(events.first.map(Fixtures.names) == ["Mohamed bin Zayed Al Nahyan", "Mohammed VI"])
    #expect(Fixtures.caller(events.first) == "Mohammed VI")
}

@Test func anotherFatherAfterAShortNameNamesSomeoneElse() {
    let events = Fixtures.extractBundled("On Monday Qatar's Sheikh Mohamed bin Abdulrahman Al Thani took a call from King Mohammed VI.", published: "2024-12-03")
    #expect(events.first.map(Fixtures.names) == ["Mohammed bin Abdulrahman Al Thani", "Mohammed VI"])
}

// (guard: the official's own father after the short name is still that official)
@Test func theOfficialsOwnFatherKeepsTheName() {
    let events = Fixtures.extractBundled("On Monday King Salman bin Abdulaziz took a call from King Mohammed VI.", published: "2024-12-03")
    #expect(events.first.map(Fixtures.names) == ["Salman bin Abdulaziz Al Saud", "Mohammed VI"])
}

// (guard: "Sheikh Mohamed" after a story named another Sheikh Mohamed in full is that one)
@Test func sheikhMohamedAfterAnotherInFullIsThatOne() {
    let text = "Qatar's Sheikh Mohamed bin Abdulrahman Al Thani spoke by phone with Nasser Bourita on Monday. On Tuesday, Sheikh Mohamed called Ayman Safadi."
    let events = Fixtures.extractBundled(text, published: "2024-12-03")
    #expect(Set(events.map(Fixtures.names)) == [["Mohammed bin Abdulrahman Al Thani", "Nasser Bourita"], ["Mohammed bin Abdulrahman Al Thani", "Ayman Safadi"]])
}
