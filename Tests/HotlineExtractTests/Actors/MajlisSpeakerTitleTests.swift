import Testing
@testable import HotlineExtract

// Speakers' titles of the Iranian Majlis ("رئيس مجلس الشورى الإسلامي", "speaker of the Majlis",
// "président du Majlis", "presidente de la Asamblea Consultiva Islámica") name the speaker, a
// party of his own: not the story's king from an earlier call, not Iran's president.
// (The bundled knowledge base.)

@Test func theShuraSpeakersCallHasOnlyItsTwoParties() {
    let events = Fixtures.extractBundled("""
        تلقى رئيس الوزراء العراقي محمد شياع السوداني، اليوم الاثنين، اتصالاً هاتفياً من العاهل الأردني الملك عبدالله الثاني، تناول المستجدات السورية.

        وفي سياق متصل، تلقى رئيس مجلس النواب العراقي محمود المشهداني مساء الاثنين مكالمة هاتفية من رئيس مجلس الشورى الإسلامي الإيراني محمد باقر قاليباف تناول العلاقات البرلمانية.
        """, published: "2025-01-14")
    #expect(Set(events.map(Fixtures.names)) == [["Mohammed Shia al-Sudani", "Abdullah II"],
                                               ["Mahmoud al-Mashhadani", "Mohammad Bagher Ghalibaf"]])
    let speakers = events.first { Fixtures.names($0).contains("Mohammad Bagher Ghalibaf") }
    #expect(Fixtures.caller(speakers) == "Mohammad Bagher Ghalibaf")
    #expect(speakers?.participants.first { $0.name == "Mohammad Bagher Ghalibaf" }?.role == "Speaker of the Parliament of Iran")
}

@Test(arguments: [
    "Iraqi Speaker Mahmoud al-Mashhadani received a phone call on Monday from the Iranian speaker of the Majlis.",
    "Le président du Parlement irakien Mahmoud al-Mashhadani a reçu lundi un appel téléphonique du président du Majlis iranien.",
    "El presidente del Parlamento iraquí, Mahmoud al-Mashhadani, recibió el lunes una llamada telefónica del presidente del Majlis iraní.",
    "El presidente del Parlamento iraquí, Mahmoud al-Mashhadani, recibió el lunes una llamada telefónica del presidente de la Asamblea Consultiva Islámica de Irán.",
])
func theMajlisSpeakersTitleNamesTheSpeaker(text: String) {
    let events = Fixtures.extractBundled(text, published: "2025-01-14")
    #expect(events.map(Fixtures.names) == [["Mahmoud al-Mashhadani", "Mohammad Bagher Ghalibaf"]])
    #expect(Fixtures.caller(events.first) == "Mohammad Bagher Ghalibaf")
    #expect(events.first?.date == Fixtures.day("2025-01-13"))
}

// (guard: with his name, the speaker of the Majlis was already known)
@Test func theNamedSpeakerOfTheMajlisIsTheSpeaker() {
    let events = Fixtures.extractBundled(
        "Iraqi Speaker Mahmoud al-Mashhadani received a phone call on Monday from the speaker of the Majlis, Mohammad Bagher Ghalibaf.",
        published: "2025-01-14")
    #expect(events.map(Fixtures.names) == [["Mahmoud al-Mashhadani", "Mohammad Bagher Ghalibaf"]])
}
