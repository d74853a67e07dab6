import Testing
@testable import HotlineExtract

// Bundled knowledge: heads of regional organisations with their organisation's code (ECOWAS,
// IGAD), national security officials of the Caucasus, Libya's acting foreign minister, and
// Malaysia's prime minister by the name the press uses alone ("Anwar").

private let bundled = Extractor()

private func events(_ text: String, _ published: String) -> [CallEvent] {
    bundled.extract(Article(text: text, publishedAt: Fixtures.day(published))).events
}

@Test func theHeadOfTheECOWASCommissionIsOfECOWAS() {
    let found = events("Omar Alieu Touray a appelé jeudi Bassirou Diomaye Faye, chef de l'État du Sénégal.", "2025-01-25")
    #expect(found.count == 1)
    #expect(found.first?.participants.first { $0.name == "Omar Alieu Touray" }?.country == "ECOWAS")
    #expect(Fixtures.caller(found.first) == "Omar Alieu Touray")
}

@Test func theExecutiveSecretaryOfIGADIsOfIGAD() {
    let found = events("Workneh Gebeyehu, who heads IGAD, held a phone call on Thursday with Norway's Espen Barth Eide.", "2025-03-28")
    #expect(found.count == 1)
    #expect(found.first?.participants.first { $0.name == "Workneh Gebeyehu" }?.country == "IGAD")
}

@Test func securityOfficialsOfArmeniaAndAzerbaijan() {
    let found = events("Jeudi, Armen Grigoryan a eu Hikmet Hajiyev au téléphone.", "2024-11-23")
    #expect(found.count == 1)
    #expect(found.first.map { Set($0.participants.compactMap(\.country)) } == ["AM", "AZ"])
}

@Test func libyasActingForeignMinister() {
    let found = events("Mohamed Ali Nafti a échangé mardi par téléphone avec Taher al-Baour, chef par intérim de la diplomatie libyenne.", "2025-06-11")
    #expect(found.first?.participants.contains { $0.name == "Taher al-Baour" && $0.country == "LY" } == true)
}

@Test func anwarAloneIsMalaysiasPrimeMinister() {
    let text = "PUTRAJAYA: Prime Minister Anwar Ibrahim says he and Mark Carney will work on trade.\n\nAnwar said Carney phoned him early on Wednesday."
    let found = events(text, "2025-09-17")
    #expect(found.count == 1)
    #expect(found.first.map(Fixtures.names) == ["Anwar Ibrahim", "Mark Carney"])
    #expect(Fixtures.caller(found.first) == "Mark Carney")
}
