import Testing
@testable import HotlineExtract

// Speakers of parliament, an office kind of their own: their title in the four languages names
// the holder on the day ("رئيس البرلمان العراقي" in 2025), and a president's title with a
// speaker's surname ("الرئيس بري", as Lebanese papers write) is that speaker, named in full
// before, not a head of government elsewhere whose name ends so.
// (The bundled knowledge base.)

@Test(arguments: [
    ("تلقى الرئيس نبيه بري اتصالا هاتفيا من رئيس البرلمان العراقي محمود المشهداني، تناول الأوضاع في الجنوب.", "2025-01-14"),
    ("Lebanese Speaker Nabih Berri received a phone call from the Speaker of the Parliament of Iraq, Mahmoud al-Mashhadani.", "2025-01-14"),
])
func aSpeakersTitleNamesTheSpeaker(text: String, published: String) {
    let events = Fixtures.extractBundled(text, published: published)
    #expect(events.map(Fixtures.names) == [["Nabih Berri", "Mahmoud al-Mashhadani"]])
    let iraqi = events.first?.participants.first { $0.name == "Mahmoud al-Mashhadani" }
    #expect(iraqi?.country == "IQ")
    #expect(Fixtures.caller(events.first) == "Mahmoud al-Mashhadani")
}

@Test func aPresidentsTitleWithTheSpeakersSurnameIsTheSpeaker() {
    let events = Fixtures.extractBundled("""
        بري تلقى اتصالا من المشهداني

        تلقى الرئيس نبيه بري اتصالا هاتفيا من رئيس البرلمان العراقي محمود المشهداني.

        وشكر الرئيس بري العراق على مواقفه.
        """, published: "2025-01-14")
    #expect(events.map(Fixtures.names) == [["Nabih Berri", "Mahmoud al-Mashhadani"]])
}
