import Testing
@testable import HotlineExtract

// "The meeting" (triggers.json `meetingReferences`: "the meeting", "la réunion", "la cita", "هذا
// الاجتماع") after a video call, in a story that reports no meeting in person, is that call: the
// sentence telling at whose initiative "the meeting" was convened gives the call's initiator.
// Not when the sentence itself has an in-person cue, nor when the story reported an in-person
// meeting of two named parties. (The bundled knowledge base.)

@Test(arguments: [
    ("""
     Foreign Minister Nasser Bourita held a video call on Monday with his Portuguese counterpart João Gomes Cravinho. \
     The meeting had been convened at Cravinho's initiative.
     """, "Nasser Bourita", "João Gomes Cravinho"),
    ("""
     Foreign Minister Nasser Bourita held a video call on Monday with his Portuguese counterpart João Gomes Cravinho. \
     The meeting had been convened at the initiative of the Portuguese minister.
     """, "Nasser Bourita", "João Gomes Cravinho"),
    ("""
     Le ministre des Affaires étrangères Nasser Bourita a tenu lundi une visioconférence avec son homologue portugais \
     João Gomes Cravinho. La réunion s'est tenue à l'initiative du ministre portugais.
     """, "Nasser Bourita", "João Gomes Cravinho"),
    ("""
     El ministro de Exteriores, José Manuel Albares, mantuvo el lunes una videoconferencia con su homólogo portugués, \
     João Gomes Cravinho. La reunión se celebró a petición del ministro portugués.
     """, "José Manuel Albares", "João Gomes Cravinho"),
    ("""
     عقد وزير الخارجية أيمن الصفدي يوم الاثنين اجتماعا عبر تقنية الاتصال المرئي مع نظيره المغربي ناصر بوريطة. وانعقد \
     هذا الاجتماع بدعوة من بوريطة.
     """, "Ayman Safadi", "Nasser Bourita"),
])
func theMeetingAfterAVideoCallTakesItsInitiative(text: String, first: String, initiator: String) {
    let events = Fixtures.extractBundled(text, published: "2023-05-10")
    #expect(events.count == 1)
    #expect(events.first?.participants.map(\.name) == [first, initiator])
    #expect(Fixtures.caller(events.first) == initiator)
    #expect(events.first?.date == Fixtures.day("2023-05-08"))
}

// (guard: no initiator from "the meeting" when the sentence itself tells of one in person)
@Test func theMeetingWithAnInPersonCueGivesNoInitiator() {
    let events = Fixtures.extractBundled("""
        Foreign Minister Nasser Bourita held a video call on Monday with his Portuguese counterpart João Gomes Cravinho. \
        The meeting, held in person in Lisbon last month, had been convened at Cravinho's initiative.
        """, published: "2023-05-10")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "João Gomes Cravinho"])
    #expect(events.first?.initiator == nil)
}

// (guard: nor in a story that reported a meeting in person of two named parties: "the meeting"
// may be that one)
@Test(arguments: [
    ("""
     Foreign Minister Nasser Bourita met Ayman Safadi in Rabat on Sunday. On Monday, Bourita held a video call with his \
     Portuguese counterpart João Gomes Cravinho. The meeting had been convened at Cravinho's initiative.
     """, "Nasser Bourita"),
    ("""
     El ministro José Manuel Albares se reunió el domingo en Madrid con Nasser Bourita. El lunes, Albares mantuvo una \
     videoconferencia con su homólogo portugués, João Gomes Cravinho. La reunión se celebró a petición del ministro portugués.
     """, "José Manuel Albares"),
])
func theMeetingInAStoryOfAMeetingInPersonGivesNoInitiator(text: String, first: String) {
    let events = Fixtures.extractBundled(text, published: "2023-05-10")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == [first, "João Gomes Cravinho"])
    #expect(events.first?.initiator == nil)
    #expect(events.first?.date == Fixtures.day("2023-05-08"))
}
