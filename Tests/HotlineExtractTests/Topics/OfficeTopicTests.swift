import Testing
@testable import HotlineExtract

// A topic's `partyOffices` (topics.json): a call every party of which holds one of those offices
// on its day is on the topic, said or not. Two defence ministers' call is on security and defence
// cooperation; two foreign ministers' call is not, unless its report says so. (The bundled
// knowledge base.)

@Test(arguments: [
    "Defence Minister Rustem Umerov said he spoke by phone on Monday with his German counterpart Boris Pistorius about new deliveries.",
    "Le ministre ukrainien de la Défense Rustem Umerov s'est entretenu lundi par téléphone avec son homologue allemand Boris Pistorius.",
])
func twoDefenceMinistersTalkSecurityCooperation(text: String) {
    let events = Fixtures.extractBundled(text, published: "2025-06-03")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Rustem Umerov", "Boris Pistorius"])
    #expect(events.first?.topics.map(\.id).contains("security-cooperation") == true)
}

// (guard: a defence minister's call with a foreign minister, with no cue, had no security topic before either)
@Test func aDefenceMinisterWithAForeignMinisterGetsNoOfficeTopic() {
    let events = Fixtures.extractBundled(
        "Defence Minister Boris Pistorius spoke by phone on Monday with Ukrainian Foreign Minister Andrii Sybiha.",
        published: "2025-06-03")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Boris Pistorius", "Andrii Sybiha"])
    #expect(events.first?.topics.map(\.id).contains("security-cooperation") == false)
}
