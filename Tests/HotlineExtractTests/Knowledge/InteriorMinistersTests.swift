import Testing
@testable import HotlineExtract

// Interior and justice ministers in the bundled knowledge base (Annelies Verlinden, Dilan
// Yeşilgöz-Zegerius, Gerhard Karner, Beat Jans, Sándor Pintér, Bernard Quintin, David van Weel)
// with their terms: each is a call party of their country, named counterparts of Morocco's
// interior minister are one call of all parties, and an unnamed counterpart is the minister in
// office on the call's day.

private func party(_ events: [CallEvent], _ name: String) -> Participant? {
    events.first?.participants.first { $0.name == name }
}

@Test(arguments: [
    "Le ministre de l'Intérieur, Abdelouafi Laftit, s'est entretenu lundi par visioconférence avec ses homologues belge Annelies Verlinden et néerlandaise Dilan Yeşilgöz-Zegerius.",
    "Interior Minister Abdelouafi Laftit held a video call on Monday with his Belgian and Dutch counterparts, Annelies Verlinden and Dilan Yeşilgöz.",
])
func namedPluralCounterpartsAreOneCall(text: String) {
    let events = Fixtures.extractBundled(text, published: "2024-05-14")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Abdelouafi Laftit", "Annelies Verlinden", "Dilan Yeşilgöz"])
    #expect(Set(events.first?.participants.compactMap(\.country) ?? []) == ["MA", "BE", "NL"])
    #expect(party(events, "Dilan Yeşilgöz")?.role == "Minister of Justice and Security")
    #expect(events.first?.date == Fixtures.day("2024-05-13"))
}

@Test(arguments: [
    ("Gerhard Karner", "2024-05-14", "AT", "Federal Minister of the Interior"),
    ("Beat Jans", "2024-05-14", "CH", "Head of the Federal Department of Justice and Police"),
    ("Sándor Pintér", "2024-05-14", "HU", "Minister of the Interior"),
    ("Annelies Verlinden", "2024-05-14", "BE", "Minister of the Interior"),
    ("Annelies Verlinden", "2025-05-14", "BE", "Minister of Justice"),
    ("Bernard Quintin", "2025-05-14", "BE", "Minister of the Interior"),
    ("David van Weel", "2024-11-14", "NL", "Minister of Justice and Security"),
])
func anInteriorMinisterIsACallPartyWithTheRoleOfTheDay(name: String, published: String, country: String, role: String) {
    let events = Fixtures.extractBundled("Abdelouafi Laftit held a phone call on Monday with \(name).", published: published)
    #expect(events.map(Fixtures.names) == [["Abdelouafi Laftit", name]])
    #expect(party(events, name)?.country == country)
    #expect(party(events, name)?.role == role)
}

// (guard: before 3 February 2025 Bernard Quintin was Belgium's foreign minister, as before)
@Test func quintinsEarlierOfficeIsForeignAffairs() {
    let events = Fixtures.extractBundled("Abdelouafi Laftit held a phone call on Monday with Bernard Quintin.", published: "2025-01-14")
    #expect(events.map(Fixtures.names) == [["Abdelouafi Laftit", "Bernard Quintin"]])
    #expect(party(events, "Bernard Quintin")?.role == "Minister of Foreign Affairs")
}

@Test(arguments: [
    ("Belgian", "2024-05-14", "Annelies Verlinden"),
    ("Belgian", "2025-05-14", "Bernard Quintin"),
    ("Dutch", "2024-11-14", "David van Weel"),
    ("Austrian", "2024-11-14", "Gerhard Karner"),
    ("Hungarian", "2024-05-14", "Sándor Pintér"),
])
func anUnnamedCounterpartIsTheMinisterInOffice(demonym: String, published: String, holder: String) {
    let events = Fixtures.extractBundled("Interior Minister Abdelouafi Laftit held a phone call on Monday with his \(demonym) counterpart.", published: published)
    #expect(events.map(Fixtures.names) == [["Abdelouafi Laftit", holder]])
}
